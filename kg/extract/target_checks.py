"""Small checks on a target's token: a name that tells which thing is meant, an actor's own act
named by a possessive, hours asked for. Kept apart from target_tokens.py, which chooses the target."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.context import Context
from kg.extract.targets import normalise
from kg.lexicon import Lexicon, fold
from kg.records import Topic


def names_which(lex: Lexicon, thing: Token, t: Token) -> bool:
    """``t`` is a name modifying a thing ("the Munich agreement", "the EU deal"): it tells which thing
    is meant, and praising or blaming the thing is no act towards the name."""
    if thing.pos_ != "NOUN" or fold(thing.lemma_) not in lex.thing_nouns | lex.instrument_nouns:
        return False
    return any(a.dep_ in {"compound", "amod"} and a.head.i == thing.i for a in [t, *t.ancestors])


def owned_act(ctx: Context, noun: Token) -> Topic | None:
    """A named actor's backing as a whole ("Sarah Palin's endorsement of Donald Trump"): a
    position on someone else's support is about that act, not about what it supports."""
    if not any(c.dep_ == "poss" and c.pos_ == "PROPN" and ctx.resolver.resolve(c) is not None for c in noun.children):
        return None
    hit = normalise(ctx.lex, noun)
    return hit[0] if hit is not None and noun.lower_ in fold(hit[0].label).split() else None


def hours_asked_for(tok: Token) -> bool:
    """Time as a condition asked for, no date: "demanded better pay and shorter hours", "shorter working
    hours" (the tagger calls them a time): a plural noun of time a comparative describes, with no number."""
    left = list(tok.doc[tok.left_edge.i:tok.i])
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and any(t.tag_ == "JJR" for t in left) \
        and not any(t.like_num or t.tag_ == "CD" for t in left)
