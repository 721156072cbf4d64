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


def verbs(words: dict[str, frozenset[str]]) -> frozenset[str]:
    """The verbs read here (to dispatch on)."""
    return words["lacking"] | words["missing"] | words["making"]


def shortfall(verb: Token, words: dict[str, frozenset[str]]) -> int:
    """-1 where an issue is said to lack a thing or miss the point (not denied: "did not lack ambition"
    is left alone); +1 / -1 where it makes a difference / no difference; 0 otherwise."""
    lemma, obj = verb.lemma_.lower(), object_of(verb)
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"}:
        return 0
    if lemma in words["lacking"]:
        return 0 if negated(verb) else -1
    if lemma in words["missing"]:
        return -1 if obj.lemma_.lower() in words["missed"] and not negated(verb) else 0
    if lemma in words["making"] and obj.lemma_.lower() in words["differences"]:
        none = negated(verb) or any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children)
        return -1 if none else 1
    return 0
