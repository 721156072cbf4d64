"""Acts seen or heard: "the meeting saw loyal MPs warn that ...", "heard the minister
promise ...". The bare infinitive's doer is the object of the verb of perception, not
the event or the people that saw it."""
from __future__ import annotations

from spacy.tokens import Token

PERCEIVING = frozenset({"see", "hear", "watch"})
# a number of people who act together: "saw a succession of loyal members warn"
MANY = frozenset({"succession", "series", "string", "number", "host", "handful", "couple", "group", "lot", "stream"})


def perceived_doer(verb: Token) -> Token | None:
    """The one seen doing ``verb``: the object of "saw" before a bare infinitive (a tagger
    may read the bare form as a present, "saw MPs warn/VBP")."""
    head = verb.head
    if verb.tag_ not in {"VB", "VBP"} or verb.dep_ not in {"dep", "conj", "ccomp", "xcomp"} \
            or head.lemma_.lower() not in PERCEIVING or any(c.dep_ == "aux" for c in verb.children):
        return None
    seen = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if seen is not None and seen.lemma_.lower() in MANY:
        seen = next((p for c in seen.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"), seen)
    return seen


def seen_acting(noun: Token) -> bool:
    """``noun`` is the doer of a perceived act ("saw loyal MPs warn"): a subject in all but its label."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in MANY:
        noun = noun.head.head
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in PERCEIVING:
        return False
    return any(perceived_doer(c) is not None for c in noun.head.children if c.i > noun.i)
