"""Verdicts on an issue by what it is said to stop, prevent, end or save, with no stance verb: "said the law would
stop comics from poking fun at religion" and "the plans would deter people from seeking help" argue against the
issue (people kept from an act that is no harm), "the change would stop peers from wrecking measures", "the bill
would end decades of injustice", "the ban would save hundreds of lives" for it. The direction hangs on the object:
a harm stopped or ended, or lives and jobs saved, is a good; people stopped from a harmless act are a cost; anything
else ("would deter Iran", "would end the talks") says nothing here. Word lists: ontology/outcomes.toml
(``stopping``, ``saving``, ``saved``, ``spans``); ``reported_evaluation.verdict`` asks."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.extract.clauses import object_of, pobj
from kg.extract.modality import negated
from kg.extract.outcomes import foretold
from kg.extract.valence import strong_valence


def what_of(noun: Token, spans: frozenset[str]) -> Token:
    """The noun a span or count stands before ("decades of injustice", "hundreds of lives": the injustice, the
    lives); the noun itself otherwise."""
    if noun.lemma_.lower() in spans or noun.like_num or noun.pos_ == "NUM":
        return next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in [pobj(c)] if p is not None), noun)
    return noun


def kept_from(verb: Token) -> Token | None:
    """The act one is stopped from ("stop comics from poking fun": poking), a gerund after "from"."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            act = next((g for g in c.children if g.dep_ in {"pcomp", "pobj"} and g.tag_ == "VBG"), None)
            if act is not None:
                return act
    return None


def harmful_act(act: Token, bad: Callable[[Token], bool]) -> bool:
    """An act that is a harm: "wrecking measures", "abusing the system" (the list or VADER, the word or its lemma)."""
    return bad(act) or strong_valence(act.lower_, at_least=1.5) < 0 or strong_valence(act.lemma_.lower(), at_least=1.5) < 0


def stopped(verb: Token, words: dict[str, frozenset[str]], bad: Callable[[Token], bool],
            person: Callable[[Token], bool]) -> int:
    """+1 / -1 where an issue is said it will or would stop, prevent or end a thing, or save one: -1 for people kept
    from an act that is no harm, +1 for a harm stopped or ended and for lives or jobs saved; 0 otherwise, denied
    too, and for what it did ("the tariffs deterred buyers" tells of an event)."""
    lemma = verb.lemma_.lower()
    if not foretold(verb) or negated(verb) or (obj := object_of(verb)) is None or obj.pos_ not in {"NOUN", "PROPN", "NUM"}:
        return 0
    thing = what_of(obj, words["spans"])
    if lemma in words["saving"]:
        return 1 if thing.lemma_.lower() in words["saved"] else 0
    if lemma not in words["stopping"]:
        return 0
    if (act := kept_from(verb)) is not None:  # "would stop comics from poking fun", "from wrecking measures"
        if harmful_act(act, bad) or (o := object_of(act)) is not None and bad(o):
            return 1
        # people at large kept from an act ("comics", "journalists", "people"); a named side kept from one is
        # an adversary held back ("would prevent Hamas from seizing the supplies": for the issue, probe41a)
        return -1 if obj.pos_ == "NOUN" and (person(obj) or obj.tag_ == "NNS") else 0
    if thing.lemma_.lower() in words["goods"]:
        return -1  # "the reform could deter foreign investment", "would halt growth" (probe32a)
    return 1 if bad(thing) else 0
