"""Shapes of a verdict that turn or aim it: a burden laid on a good ("a tax on aspiration"), a
pronoun judged outright in a quotation ('"This is a shambles"'), an act judged as left undone ("a
mistake not to extend the ceasefire"). Read by ``EvaluativeRules``."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.modality import negated
from kg.extract.subjects import clause_subject

# burdens that, laid on a good, judge what is called so: "a tax on aspiration", "a levy on success" (not "a tax
# on sugary drinks"); GOODS: goods VADER leaves unrated (its positive words count as well)
BURDENS = frozenset({"tax", "levy", "penalty"})
GOODS = frozenset({"aspiration", "ambition", "work", "job", "enterprise", "saving", "saver", "thrift", "effort",
                   "family", "worker", "learning", "investment", "aspiring"})
# what a quotation's verdict may judge without naming it: '"It is a disgrace"', '"This is a shambles"'
JUDGED_PRONOUNS = frozenset({"it", "this", "that"})


def plain_verdict(subj: Token, cop: Token, pred: Token) -> bool:
    """'"This is a shambles"', '"It is a disgrace"': a pronoun judged outright, the thing it stands
    for being the judged. Not a verdict foretold or supposed ("it would be
    controversial"), one on a clause the pronoun stands in for ("it would be unacceptable for a
    chief constable to say", "it is prudent to delay"), a comparison ("less good"), nor words the
    speaker puts in another's mouth ('not worried about 'Oh gee, this isn't ethical'')."""
    if subj.lower_ not in JUDGED_PRONOUNS or any(c.dep_ == "aux" and c.tag_ == "MD" for c in cop.children):
        return False
    if any(c.dep_ in {"advcl", "xcomp", "ccomp", "csubj"} for t in (cop, pred) for c in t.children):
        return False
    if pred.tag_ in {"JJR", "RBR"} or any(c.tag_ in {"JJR", "RBR"} for c in pred.children):
        return False
    return not any(t.text in {"'", "‘"} for t in subj.doc[subj.sent.start:subj.i])


def left_undone(act: Token) -> bool:
    """"not to extend the ceasefire" judged ("it would be a mistake not to ..."): an act with no doer of
    its own, denied, whose verdict is the contrary one on doing it."""
    return act.pos_ == "VERB" and negated(act) and clause_subject(act) is None and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in act.children)
