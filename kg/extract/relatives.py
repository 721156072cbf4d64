"""Relative clauses: the noun a relative clause hangs from is the clause's actor
("Palestinian militant groups who oppose peace", "the Syrian rebels, who rejected the
offer"), though it sits as the main verb's object, not as a subject."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import RELATIVE_PRONOUNS

SIDES = frozenset({"NORP", "GPE", "ORG"})  # a modifier that names whose group it is: "Lebanese", "Hamas"


def antecedent(verb: Token, subj: Token) -> bool:
    """``subj`` is the noun a relative clause above ``verb`` qualifies with "who", "which" or
    "that" as its subject, and a named side modifies it: a described group there acts
    ("Lebanese militant groups who oppose peace"). Generic ones ("employees who raise
    concerns", "bigots who oppose amnesty") are background, seldom coded (train)."""
    clause = next((t for t in [verb, *verb.ancestors] if t.dep_ == "relcl" and t.head == subj), None)
    if clause is None or not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in clause.children):
        return False
    return any(c.dep_ in {"amod", "compound"} and c.i < subj.i and c.ent_type_ in SIDES for c in subj.children)
