"""A side's pledge to work with a body or a process it did not choose ("said it would work with the new
government", "the military would cooperate with the new government", "would co-operate with the inquiry"): the
coders' support for it (probes), where work with a named party ("would work with Russia") or work going on
("will continue to work with both sides") is a contact, consults. The verbs and the relation:
ontology/cues.toml [pledged_cooperation]."""
from __future__ import annotations

from spacy.tokens import Token

from kg.lexicon import Lexicon

# the auxiliaries of a pledge: clauses.FUTURE with "wo" (of "won't"), written out because clauses imports this module
PLEDGING = frozenset({"will", "would", "'ll", "shall", "wo"})
NAMED = frozenset({"GPE", "ORG", "PERSON", "NORP", "LOC"})  # a named party: work with it is a contact


def verb_head(tok: Token) -> Token:
    """The token holding a hyphened verb's auxiliaries: "co" in the tokenizer's "co - operate"."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "co":
        return doc[tok.i - 2]
    return tok


def pledged_cooperation(lex: Lexicon, tok: Token, prep: Token) -> str | None:
    """The relation of "would work with X" (``prep`` the verb's "with"), None unless the verb is one of working
    with another, carries "will" or "would" itself (so not under "continue to") and X is named by no name."""
    if prep.dep_ != "prep" or prep.lower_ != "with":
        return None
    party = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
    if party is None or party.pos_ == "PROPN" or party.ent_type_ in NAMED:
        return None
    head = verb_head(tok)
    lemma = f"{head.lower_}-{tok.lemma_.lower()}" if head is not tok else tok.lemma_.lower()
    relation = next((r for r, verbs in lex.pledged_cooperation.items() if lemma in verbs), None)
    if relation is None:
        return None
    negated = any(c.dep_ == "neg" for c in (*tok.children, *head.children))
    if negated or not any(c.dep_ == "aux" and c.lower_ in PLEDGING for c in (*tok.children, *head.children)):
        return None  # ("will not cooperate with this resolution" rejects it: left to the cue's negation)
    return relation
