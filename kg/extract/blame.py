"""Blame laid by an idiom: "said home-grown militants were to blame" accuses the militants.
"Blame" there is no act of its grammatical subject (the one blamed), but the speaker's
verdict on it, read like reported wrongdoing (``EvaluativeRules.reported_wrong``)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.lexicon import Lexicon


def to_blame(tok: Token) -> Token | None:
    """The copula of "X is to blame" (whose subject is the one blamed), for ``tok`` its "blame"."""
    if tok.lemma_.lower() != "blame" or tok.dep_ != "xcomp" or tok.head.lemma_ != "be":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) or any(c.dep_ == "dobj" for c in tok.children):
        return None
    return tok.head


def wrong_at(lex: Lexicon, tok: Token) -> Token | None:
    """The verb whose subject a reported wrong or blame accuses: a wrongdoing verb itself
    ("Hamas had violated the truce"), or the copula of "X was to blame"."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() in lex.wrong_verbs:
        return tok
    return to_blame(tok)
