"""A side that "will not be bullied": a passive of coercion, negated and to come, spoken by or for the
side it names, rejects the coercion itself ("Paris would not be intimidated" rejects being intimidated;
"we will not be lectured by those who ..." rejects being lectured). kg read these as no act named
(probes: 12 such refusals over nine sets, train 1)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import to_come
from kg.extract.modality import negated

# verbs of pressing a side to yield; their passive refused is a refusal to yield
COERCING = frozenset({"bully", "intimidate", "blackmail", "lecture", "coerce", "browbeat"})
ONE_PERSON = frozenset({"i", "he", "she"})  # (probew16h: the gold codes no stance for one person's resolve)


def coercion_refused(verb: Token) -> str | None:
    """The coercion a side says it will not bow to, as the gold codes it ("will not be bullied": being
    bullied), where the verb is a negated passive to come with nothing but its agent after it; else None."""
    if verb.lemma_.lower() not in COERCING or not any(c.dep_ == "auxpass" for c in verb.children) \
            or not negated(verb) or not to_come(verb):
        return None
    side = coerced_side(verb)
    if side is None or side.lower_ in ONE_PERSON:
        return None  # "Mawarire told Reuters he would not be intimidated": a person's resolve, no side's stance
    if any(c.dep_ in {"dobj", "xcomp", "ccomp", "prep"} for c in verb.children):
        return None  # "would not be forced into a deal", "bullied out of it": the act pressed is the issue
    return f"being {verb.lower_}"


def coerced_side(verb: Token) -> Token | None:
    """The side a coercion is refused for: the passive's subject ("China will not be bullied"), which
    ``subject_of`` (an actor's subject) does not give."""
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
