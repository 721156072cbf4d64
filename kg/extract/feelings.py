"""Feelings said in the passive or as participles ("China has been angered by Pyongyang's
tests", "was alarmed at the plan"): the one who feels holds the stance and what the feeling
is by, with, about, at or over is its target, where a passive would give the agent as actor."""
from __future__ import annotations

from spacy.tokens import Token

from kg.lexicon import Lexicon

FEELING_PREPS = {"by", "with", "about", "at", "over", "to"}  # "to": "opposed to the bill"


def feeling(lex: Lexicon, tok: Token) -> bool:
    """A participle of feeling with its cause ("angered by X", "disappointed with X")."""
    return (tok.lower_ in lex.feelings and (tok.tag_ == "VBN" or scare_quoted(tok)) and held(tok)
            and any(c.dep_ in {"prep", "agent"} and c.lower_ in FEELING_PREPS for c in cause_holders(tok))
            and not acted_by(lex, tok))


def cause_holders(tok: Token) -> list[Token]:
    """Where the feeling's cause may hang: on the participle, or, after it, on its copula ("said it
    was 'appalled' by the outcome": the parser makes "was" the head of the marked-off word)."""
    on_copula = [c for c in tok.head.children if c.i > tok.i] if tok.dep_ == "acomp" else []
    return [*tok.children, *on_copula]


def acted_by(lex: Lexicon, tok: Token) -> bool:
    """A participle of an act verb with its agent ("the plan was opposed by the unions"): a passive
    of the act, which the agent does; "opposed to" is the subject's stance."""
    return tok.lemma_.lower() in lex.verbs and any(c.dep_ == "agent" for c in tok.children)


def held_stance(lex: Lexicon, tok: Token) -> bool:
    """A participle of stance read as an adjective, with no agent ("the Tories were committed to
    cuts", "are opposed to the reforms"): its passive subject holds the stance, no patient of it."""
    return tok.tag_ == "VBN" and tok.lower_ in lex.adjectives and any(c.dep_ == "nsubjpass" for c in tok.children) \
        and not any(c.dep_ == "agent" for c in tok.children)


def scare_quoted(tok: Token) -> bool:
    """A word in quotation marks of its own ('was "horrified" by the terms'): the marks make the
    tagger read the participle as an adjective."""
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].is_quote and doc[tok.i + 1].is_quote


def held(tok: Token) -> bool:
    """The feeling has a subject, its own, its copula's or a coordinated verb's ("is an ally but has
    been angered by"): a participle on a noun ("people worried about outsiders") names no holder."""
    t = tok
    while True:
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children):
            return True
        if t.dep_ not in {"acomp", "conj"} or t.head == t:
            return False
        t = t.head


def minded(adj: Token) -> bool:
    """An adjective of a state of mind about something ("confident of winning", "keen to
    help", "happy with the deal"): how the subject feels, no verdict on it."""
    return adj.tag_ == "JJ" and any(c.dep_ in {"prep", "xcomp", "ccomp"} and c.lower_ != "than" for c in adj.children)
