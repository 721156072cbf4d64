"""What a parsed document holds, read once per document: its words' lemmas (a rule that needs a word
somewhere in the document, "on condition that" the noun "condition", asks here before walking the
parse around each of its words), each word's sentence (``Token.sent`` walks the parse per read), and
each word's children and subtree (``Token.children`` and ``Token.subtree`` make new Tokens per read)."""
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


_KIDS: list = [None, (), []]  # the last document, each of its tokens' children and subtrees (as made)


def children(tok: Token) -> tuple[Token, ...]:
    """``tuple(tok.children)``, from a table made once per document: ``Token.children`` runs three
    generators over the token's subtree and makes a new Token per child on each read (some 250k reads
    on dev). The same tokens in the same order (left to right); the parse is final when extraction reads it."""
    doc = tok.doc
    if _KIDS[0] is not doc:
        toks = list(doc)
        kids: list[list[Token]] = [[] for _ in toks]
        for t, head in zip(toks, doc.to_array("HEAD").view("int64").tolist()):
            if head:
                kids[t.i + head].append(t)
        _KIDS[0], _KIDS[1], _KIDS[2] = doc, [tuple(k) for k in kids], [None] * len(toks)
    return _KIDS[1][tok.i]


def subtree_ids(tok: Token) -> tuple[int, ...]:
    """``tuple(t.i for t in tok.subtree)``, in spaCy's order (each left child's subtree, the token, each
    right child's), kept per document: a candidate's clause features read its subject's and its verb's
    subtrees, the verb's once per subject, and ``Token.subtree`` makes a Token per word on each read."""
    children(tok)  # (the document's tables)
    memo, kids = _KIDS[2], _KIDS[1]
    todo = [tok.i]
    while todo:  # children before their head, without recursion (a deep parse would reach Python's limit)
        i = todo[-1]
        if memo[i] is not None:
            todo.pop()
            continue
        waiting = [c.i for c in kids[i] if memo[c.i] is None]
        if waiting:
            todo.extend(waiting)
            continue
        todo.pop()
        ids: list[int] = []
        placed = False
        for c in kids[i]:
            if c.i > i and not placed:
                ids.append(i)
                placed = True
            ids.extend(memo[c.i])
        memo[i] = tuple(ids) if placed else (*ids, i)
    return memo[tok.i]
