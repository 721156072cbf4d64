"""Verdicts a speaker gives on an issue by what it is said to lack, miss or change, with no stance verb
(BBC probe misses): "said the plans lacked the roads, schools and hospitals" and "said the reforms missed
the point" argue against them; "said the change would make a real difference" backs it, "would make no
difference" argues against it. ``reported_evaluation.verdict`` reads these on an issue (not a person) as
the subject; a neutral account ("said the plans included 200 new schools") has no verb here. Word lists:
ontology/outcomes.toml."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import object_of
from kg.extract.modality import negated
from kg.extract.phrases import overdone


def verbs(words: dict[str, frozenset[str]]) -> frozenset[str]:
    """The verbs read here (to dispatch on)."""
    return words["lacking"] | words["missing"] | words["making"] | words["failing"] | words["burdening"]


def shortfall(verb: Token, words: dict[str, frozenset[str]]) -> int:
    """-1 where an issue is said to lack a thing or miss the point (not denied: "did not lack ambition"
    is left alone); +1 / -1 where it makes a difference / no difference; 0 otherwise."""
    lemma, obj = verb.lemma_.lower(), object_of(verb)
    if lemma in words["failing"]:
        return failed(verb)
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"}:
        return 0
    if lemma in words["burdening"] and overdone(obj):  # "the tests put too much pressure on children"
        return 0 if negated(verb) else -1
    if lemma in words["lacking"]:
        return 0 if negated(verb) else -1
    if lemma in words["missing"]:
        return -1 if obj.lemma_.lower() in words["missed"] and not negated(verb) else 0
    if lemma in words["making"] and obj.lemma_.lower() in words["differences"]:
        none = negated(verb) or any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children)
        return -1 if none else 1
    return 0


def failed(verb: Token) -> int:
    """-1 where an issue is said to have failed or to be failing ("the war on drugs has failed", "the
    system was failing the very people it was meant to help"), not denied; "failed to pass" (an act's
    fate, read elsewhere), a bare past ("the talks failed") and one to come (``outcomes``) give 0 here."""
    if negated(verb) or any(c.dep_ in {"xcomp", "ccomp", "advcl"} for c in verb.children):
        return 0
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    ongoing = verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
    return -1 if perfect or ongoing else 0
