"""Acts held back or kept up "until" another is done, whose until-clause is their condition: a refusal
or boycott ("refused to travel to Kuwait until the coalition halted air strikes", "would boycott parliament
until their safety was guaranteed") and a stay ("will stay on until the rules have been changed"), as a
negated act is ("will not sign until ...")."""
from __future__ import annotations

from spacy.tokens import Token

# verbs that put an act off: an "until" clause on them is the condition of taking it up again
KEPT_UP = frozenset({"keep", "continue"})  # "would keep voting no until Republicans agreed": a condition to stop
POSTPONING = frozenset({"shelve", "postpone", "delay", "suspend", "defer", "freeze", "halt", "withhold", "pause"})
REFUSING = frozenset({"refuse", "decline", "boycott"})  # an act withheld: its until-clause lifts the refusal
STAYING = frozenset({"stay", "remain"})  # "vowing to stay until the decision was reversed": kept up, a condition to leave


def held_until(tok: Token) -> bool:
    """``tok`` puts an act off or keeps one up ("should be shelved until", "would keep voting no until"), is a
    refusal, a boycott or a stay, or is the act a refusal withholds ("refused to appoint him")."""
    lemma = tok.lemma_.lower()
    if lemma in POSTPONING or lemma in KEPT_UP or lemma in REFUSING or (lemma in STAYING and tok.pos_ == "VERB"):
        return True
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in REFUSING
