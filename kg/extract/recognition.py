"""Recognition of a polity: "Britain, Canada and Australia formally recognized a Palestinian state",
"Washington recognised Kosovo's independence". To recognise a state, its independence or its government
endorses it (GUIDELINES: supports), where recognising a result or a problem stays as the lexicon reads it
(accepts: "recognised the result", "recognise the funding pressures"). A refusal to recognise rejects
either way (the [negation] table of ontology/cues.toml)."""
from __future__ import annotations

from spacy.tokens import Token

RECOGNISING = frozenset({"recognise", "recognize"})
# what is recognised as a polity: a state, its standing or its rulers
POLITIES = frozenset({"state", "statehood", "independence", "sovereignty", "government", "republic", "country",
                      "nation"})
# verbs that take an outcome as it fell, and those outcomes: "conceded defeat", "respects the decision of the voters"
CONCEDING = frozenset({"concede", "acknowledge", "respect", "recognise", "recognize"})
OUTCOMES = frozenset({"defeat", "result", "outcome", "decision", "verdict", "ruling", "loss", "will", "judgment", "judgement"})
POLITY_NAMES = frozenset({"GPE", "NORP"})  # "recognise Palestine", "recognised the Palestinians' right"


def recognised_relation(lemma: str, obj: Token | None, relation: str) -> str:
    """``supports`` for a recognised polity, the verb's own relation otherwise."""
    if lemma not in RECOGNISING or obj is None:
        return relation
    if obj.lemma_.lower() in POLITIES or obj.ent_type_ in POLITY_NAMES:
        return "supports"
    return relation



def conceded(tok: Token, obj: Token | None) -> str | None:
    """``accepts`` for an outcome taken as it fell ("conceded defeat", "acknowledged the result"), no speech;
    ``supports`` for respect of a process, a right or a standing ("Ankara respected Iraq's territorial
    integrity", "Washington respects the constitutional process": train and probes coded supports); None
    otherwise: a person respected is esteem, no stance, and asked of another ("urged the government to
    respect the ruling") or agreed to ("agreed to disband and respect the constitution") the act stays in
    what is demanded or accepted (probes: read as supports there, the targets lost)."""
    lemma = tok.lemma_.lower()
    if lemma not in CONCEDING or obj is None or (tok.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in tok.head.children)):
        return None
    if obj.lemma_.lower() in OUTCOMES:
        return "accepts"
    said = tok.dep_ in {"ROOT", "ccomp"} or (tok.dep_ == "conj" and tok.head.dep_ in {"ROOT", "ccomp"})
    respected = lemma == "respect" and tok.pos_ == "VERB" and said and obj.pos_ in {"NOUN", "PROPN"}
    return "supports" if respected and obj.ent_type_ not in {"PERSON", "NORP"} else None
