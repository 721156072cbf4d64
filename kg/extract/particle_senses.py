"""Particles that change what a cue verb means: a verb of giving way ("back down", "budge") refused holds
a stance and refuses no act, and "ripped off", "blasted out", "seek out" are other verbs with no stance."""
from __future__ import annotations

from spacy.tokens import Token

# verbs of giving way ("back down", "budge", "hesitate"): refused, they hold a stance, they refuse no act
RETREATING = frozenset({"hesitate", "budge", "waver", "relent", "flinch", "retreat", "cave"})


def retreat(verb: Token) -> bool:
    """A verb of giving way: "would not back down on the tariffs" keeps them (written probe sentences),
    "backed out of the debate" (PolNeAR train) backs nothing."""
    return verb.lemma_.lower() in RETREATING or particled(verb, "back", {"down", "off", "away", "out"})


# particles that make a cue verb another verb, with no stance (PolNeAR train's uses): "ripping off the
# country" cheats it, "blasted out an email" sends it, "seek out voters" finds them ("rip up" a deal is
# a cue of its own, in [phrasal]; "back down", "back out", ``retreat``)
OTHER_SENSES = {"rip": frozenset({"off"}), "blast": frozenset({"out"}), "seek": frozenset({"out"})}


def particled(verb: Token, lemma: str, particles) -> bool:
    """``verb`` is ``lemma`` with one of ``particles`` (the parser may hang it as a preposition right
    after the verb: "backed out of the debate", "are ripping off the country")."""
    return verb.lemma_.lower() == lemma and any(
        c.lower_ in particles and (c.dep_ in {"prt", "advmod"} or c.dep_ == "prep" and c.i == verb.i + 1)
        for c in verb.children)


def other_sense(verb: Token) -> bool:
    """A cue verb made another verb by its particle: "ripped off taxpayers" is no criticism of them."""
    lemma = verb.lemma_.lower()
    return lemma in OTHER_SENSES and particled(verb, lemma, OTHER_SENSES[lemma])
