"""Needs that are demands: "more money is required", '"We need smaller classes"', "the people
deserve answers" name what is wanted without a modal; one's own needs and a merit earned ("he
deserves credit") demand nothing."""
from __future__ import annotations

from spacy.tokens import Token


NEEDING = frozenset({"need", "require"})


def needed_thing(verb: Token) -> Token | None:
    """The noun a passive of need names as wanted ("warned that a great deal of preparatory
    work was still needed", "believes more money is required"): an obligation without a modal."""
    if verb.lemma_.lower() not in NEEDING or verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ in {"NOUN", "PROPN"}), None)


def justified(verb: Token) -> bool:
    """A passive of need with the reason for the thing ("the measures were needed to protect lives",
    "the curfew was needed because the violence had spread"): the thing is defended, not asked for
    (probes 6 of 6 coded supports); not an act still to be done ("work is needed to be done")."""
    return any(c.dep_ in {"advcl", "xcomp"} and c.pos_ in {"VERB", "AUX"} and not any(a.dep_ == "auxpass" for a in c.children)
               and any(a.lower_ in {"to", "because"} and a.dep_ in {"aux", "mark"} for a in c.children)
               for c in verb.children)


WANTING = frozenset({"need", "deserve"})
OWN_NEEDS = frozenset({"i", "me", "you", "he", "she"})  # "I need a rest", "he deserves credit": no demand of anyone
DUE_PRAISE = frozenset({"credit", "praise", "thanks", "congratulations"})  # what is deserved is a merit


def wanted_thing(verb: Token) -> Token | None:
    """The noun an active need names ('"We need smaller classes"', "said the people deserve answers"):
    a demand of the thing, as with "need to"; none for one's own needs or a merit earned."""
    if verb.lemma_.lower() not in WANTING or verb.tag_ == "VBN" or any(c.dep_ == "xcomp" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in OWN_NEEDS:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}), None)
    return obj if obj is not None and obj.lemma_.lower() not in DUE_PRAISE else None


DUTIES = frozenset({"duty", "obligation", "responsibility"})


def owed_act(verb: Token) -> Token | None:
    """The act a subject is said to have a duty to do ('"All states have a duty to protect refugees"',
    "the international community has a moral obligation to restore the dignity of refugees"): what is
    owed is demanded, as with "have to"; not one's own ("I have a responsibility to create ...")."""
    if verb.lemma_.lower() != "have" or verb.pos_ not in {"VERB", "AUX"}:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in OWN_NEEDS:
        return None
    duty = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in DUTIES), None)
    if duty is None:
        return None
    return next((c for c in duty.children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


# states one's own side would share in: "Belgrade wanted good relations with Russia", "Pakistan wants peace
# with its neighbours", "has always wanted a peaceful solution" (probes: 7 of 7 such wants coded supports)
SHARED_STATES = frozenset({"peace", "relation", "relations", "tie", "ties", "cooperation", "dialogue", "solution",
                           "stability", "friendship", "partnership", "coexistence", "reconciliation"})


def wished_state(verb: Token, obj: Token | None) -> bool:
    """A state shared with others wanted: a stance for it, no demand on anyone (as "wants to build a wall")."""
    return verb.lemma_.lower() in {"want", "wish"} and obj is not None and obj.lemma_.lower() in SHARED_STATES
