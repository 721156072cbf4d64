"""What a parsed document holds, read once per document: its words' lemmas (a rule that needs a word
somewhere in the document, "on condition that" the noun "condition", asks here before walking the
parse around each of its words) and each word's sentence (``Token.sent`` walks the parse per read)."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

_LAST: list = [None, frozenset()]  # the last document and its lemmas: extraction runs one document at a time


def lemmas(doc: Doc) -> frozenset[str]:
    """The lower-case lemmas of ``doc``'s tokens (the parse is final when extraction reads it)."""
    if _LAST[0] is not doc:
        _LAST[0], _LAST[1] = doc, frozenset([t.lemma_.lower() for t in doc])
    return _LAST[1]


_SENTS: list = [None, [], []]  # the last document, its sentences and each token's sentence's number


def sentence(tok: Token) -> Span:
    """``tok.sent``, the same bounds, from a table made once per document: ``Token.sent`` walks the
    sentence-start flags both ways and makes two Spans on each read (about 9 µs; some 2 % of extraction)."""
    doc = tok.doc
    if _SENTS[0] is not doc:
        sents = list(doc.sents)
        _SENTS[0], _SENTS[1], _SENTS[2] = doc, sents, [k for k, s in enumerate(sents) for _ in range(s.start, s.end)]
    return _SENTS[1][_SENTS[2][tok.i]]


def sentence_hooks(doc: Doc) -> None:
    """``Token.sent`` and ``Span.sent`` answered by ``sentence`` (spaCy asks the document's user hooks
    first): each read had walked the sentence-start flags both ways and made two Spans, at some eighty
    call sites. The same bounds: a span's sentence is the one holding its first word. Set when
    extraction starts on the document; a document that has its own hooks keeps them."""
    if "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks or "sents" in doc.user_hooks or not len(doc):
        return
    last = len(doc) - 1
    doc.user_token_hooks["sent"] = sentence
    doc.user_span_hooks["sent"] = lambda span: sentence(span.doc[min(span.start, last)])
