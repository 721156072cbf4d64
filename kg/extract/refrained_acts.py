"""A demand that an act not be done ("urged his supporters not to lose heart", "called on other states
not to follow suit", "urged Beijing not to establish an air defence zone"): the gold codes it a demand
whose target is the act refrained from (train and probes: demands accepted in all 22 such statements,
opposes in 8), so the demand is kept and its target says "not to" the act ("no" a thing named)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.records import Actor, Topic


def refrained(rel: str, target, act: Token | None) -> tuple[str, object]:
    """The relation and target of a demand whose act is negated: a party as the target stays opposed
    (the old reading), as does an act further in; an issue becomes "not to <act>" where its label is the
    act's verb phrase, "no <thing>" where it names the act's object ("not to establish a zone" -> "no air
    defence zone")."""
    if target is None or isinstance(target, Actor) or act is None or not isinstance(target, Topic):
        return "opposes", target
    words = target.label.split()
    if not words or words[0].lower() in {"no", "not"}:
        return rel, target
    if words[0].lower() in {act.lower_, act.lemma_.lower()}:
        return rel, Topic(label="not to " + target.label)
    if any(words[0].lower() in {t.lower_, t.lemma_.lower()} for t in act.subtree if t.pos_ in {"VERB", "AUX"}):
        # an act further in ("not to rush to call things anti-Semitic", "not to give in to pressure to isolate
        # his government"): the "not" is the first act's, the one further in is opposed
        return "opposes", target
    return rel, Topic(label="no " + target.label)


def refrains(rel: str, target) -> bool:
    """A demand written by ``refrained`` (its target "not to ..." or "no ..."): the article's other
    sentences hear it as the stance against the act it was read as before (``units.document_features``)."""
    if rel != "demands" or not isinstance(target, Topic):
        return False
    words = target.label.split()
    return bool(words) and words[0].lower() in {"not", "no"}
