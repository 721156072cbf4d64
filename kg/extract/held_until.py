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
STAYING = frozenset({"stay"})  # "vowing to stay until the decision was reversed": kept up, a condition to leave


def held_until(tok: Token) -> bool:
    """``tok`` puts an act off or keeps one up ("should be shelved until", "would keep voting no until"), is a
    refusal, a boycott or a stay, or is the act a refusal withholds ("refused to appoint him")."""
    lemma = tok.lemma_.lower()
    if lemma in POSTPONING or lemma in KEPT_UP or lemma in REFUSING:
        return True
    if lemma in STAYING and tok.pos_ == "VERB":  # one who stays, not a thing ("the sanctions will stay until ...")
        return all(c.pos_ in {"PRON", "PROPN"} for c in tok.children if c.dep_ == "nsubj")
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in REFUSING


# acts of refusal an "unless" clause lifts, as it lifts a negated act ("would not return to talks unless"):
# "vowed to boycott the polls unless the reforms are made", "would abstain unless", "would block any decisions unless"
REFUSED_UNLESS = REFUSING | {"abstain", "block", "veto"}


def held_unless(tok: Token) -> bool:
    """``tok`` is a refusal, a boycott, an abstention or a block, or the act a refusal withholds."""
    return tok.lemma_.lower() in REFUSED_UNLESS or (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in REFUSING)


def only_if_after_report(tok: Token) -> Token | None:
    """"said they were open to talks, but only if the US withdrew its warships": the parser joins the
    "but only if" clause to the reporting verb as a conjunct; it is the condition of the reported clause
    ``tok`` (the reporting verb's ccomp), as "would accept only if" is."""
    if tok.dep_ != "ccomp" or tok.head == tok:
        return None
    for c in tok.head.children:
        if c.dep_ == "conj" and c.i > tok.i and c.pos_ in {"VERB", "AUX"} and any(
                m.dep_ == "mark" and m.lower_ == "if" for m in c.children) and any(
                a.dep_ == "advmod" and a.lower_ == "only" for a in c.children):
            return c
    return None


READY = frozenset({"ready", "willing", "prepared", "open"})  # a readiness an if-clause makes conditional


def ready_if(tok: Token) -> bool:
    """``tok`` states a readiness ("Tehran was ready to resume talks with Riyadh if the Saudis guaranteed ...",
    "was open to talks if it showed a genuine commitment", "was prepared to back the bill if ..."): an offer
    held out on an if-clause is conditioned on it, as "would accept only if" is."""
    from kg.extract.clauses import punishing
    from kg.extract.conditional_threats import HOSTILE_ACTS  # (they import modality, which imports this module)

    def offered(act: Token) -> bool:  # readiness to strike or fight if another acts is a threat, no offer
        return not punishing(act) and act.lemma_.lower() not in HOSTILE_ACTS
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in READY:
        return offered(tok)
    return any(c.dep_ == "acomp" and c.lemma_.lower() in READY and not any(n.dep_ == "neg" for n in c.children)
               and all(offered(x) for x in c.children if x.dep_ == "xcomp")
               for c in tok.children) and not any(c.dep_ == "neg" for c in tok.children)
