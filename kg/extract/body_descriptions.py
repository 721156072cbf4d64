"""A body that speaks without a name, as the words that describe it: "The hard-left party has said it
will table a motion" (the hard-left party). ``descriptions.description`` leaves a governing noun ("the
party", "the military") to the body named before it; a pronoun that a described body's own speech verb
binds ("said it would") is that body all the same, and, where none was named, no other one."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.mentions import Mention
from kg.extract.phrases import label_of, np_tokens
from kg.lexicon import Lexicon
from kg.records import Actor, Span


def body_described(lex: Lexicon, text: str, head: Token) -> Mention | None:
    """The noun phrase of ``head`` (a body's noun) as an organisation, without its article; none
    for an outlet ('The newspaper said it had seen the letter': it reports, takes no position)."""
    toks = [x for x in np_tokens(head) if x.dep_ != "det" and not (x.dep_ == "poss" and x.pos_ == "PRON")]
    toks = [x for x in toks if x.i <= head.i] or [head]  # the words before the noun and the noun
    label = label_of(toks)
    if not label or len(label.split()) > 6:
        return None
    known = lex.actor_for(label)
    if known is not None and known.kind == "media":
        return None
    a, b = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return Mention(Actor(label=label[:1].upper() + label[1:], kind="organisation"), Span(a, b, text[a:b]), "description")
