"""The messenger of a relayed position gets no copy of it (GUIDELINES: "a US official said Trump backed
sanctions" credits Trump; the messenger gets nothing). The learned stages at times credit both the
person the reported clause names and the one who reports it ("Cruz ... promises to shake things up,
Stovall said"); the reporter's copy goes."""
from __future__ import annotations

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from kg.extract.speakers import speech_verb
from kg.lexicon import Lexicon
from kg.records import Statement

SUBJECTS = {"nsubj", "nsubjpass"}
CLAUSES = {"ccomp", "parataxis"}
NAME_PARTS = {"compound", "flat", "amod", "det", "poss", "appos", "nmod"}


def head_of(sdoc: SpacyDoc, st: Statement) -> Token | None:
    """The head word of the statement's actor phrase in the text."""
    sp = st.actor_span
    if sp is None:
        return None
    span = sdoc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    t = span.root
    while t.dep_ in NAME_PARTS and t.head.i != t.i:
        t = t.head
    return t


def clause_verb(t: Token) -> Token:
    """The verb heading the clause the word is the subject of, up its coordination ("wants" -> "is")."""
    v = t.head
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    return v


def relays(lex: Lexicon, messenger: Token, principal: Token) -> bool:
    """The messenger is the subject of a reporting verb whose reported clause has the principal for
    its subject: "Pence pledged that Trump ... wants", "Cruz electrified ..., Stovall said"."""
    if messenger.dep_ != "nsubj" or principal.dep_ not in SUBJECTS:
        return False
    verb, clause = messenger.head, clause_verb(principal)
    if not speech_verb(lex, verb) or clause.i == verb.i:
        return False
    # (the report after its clause, "..., Stovall said", is the clause's parataxis; a reporting verb the
    # clause governs is the principal's own: "a spokesman said the prime minister believes ...")
    return (clause.dep_ in CLAUSES and clause.head.i == verb.i) or (verb.dep_ == "parataxis" and verb.head.i == clause.i)


def relayed(lex: Lexicon, sdoc: SpacyDoc, stmts: list[Statement]) -> list[Statement]:
    """The statements less each reporter's copy of a position a person named in the reported clause
    holds in the same sentence, on the same target, with more confidence."""
    heads = {id(st): head_of(sdoc, st) for st in stmts}
    drop: set[int] = set()
    for m in stmts:
        mh = heads[id(m)]
        if mh is None or m.target is None:
            continue
        for p in stmts:
            ph = heads[id(p)]
            if (p is m or ph is None or p.target is None or p.actor.kind != "person" or p.actor == m.actor
                    or p.sentence.start != m.sentence.start or p.target.label.lower() != m.target.label.lower()
                    or p.confidence <= m.confidence):
                continue
            if relays(lex, mh, ph):
                drop.add(id(m))
                break
    return [st for st in stmts if id(st) not in drop]
