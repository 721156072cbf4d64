"""Acts and objects the parser hung on the wrong word: an infinitive of commitment or of asking
attached as an adverbial past a date or place ("agreed in 1996 to close Futenma", "asked the United
States on Tuesday to extradite the cleric"), and the noun an "it" takes up from the verb before it."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import COMMITTING, pobj


def committed_to(tok: Token) -> Token | None:
    """The act a verb of commitment takes as an infinitive the parser hung as an
    adverbial past a date ("agreed in 1996 to close Futenma")."""
    if tok.lemma_.lower() not in COMMITTING:
        return None
    return next((c for c in tok.children if c.dep_ == "advcl" and c.i > tok.i and c.tag_ == "VB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                 and not any(a.dep_ in {"nsubj", "mark"} for a in c.children)), None)


DURATIONS = frozenset({"day", "week", "month", "year", "decade"})  # "for months": how long one asked
ASKING = frozenset({"ask", "urge", "press", "request", "implore", "beg", "encourage", "lobby", "pressure"})


def asked_to(tok: Token) -> Token | None:
    """The act a verb of asking wants of its object, where the parser hung the infinitive as an
    adverbial past a date or place ("asked the United States on Tuesday to extradite the cleric")."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if tok.lemma_.lower() not in ASKING or obj is None:
        return None
    fors = [pobj(c) for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > obj.i and pobj(c) is not None]
    # ("lobbied the administration for months to loosen the rules": a while, hung the infinitive on)
    spans = [f for f in fors if f.lemma_.lower() in DURATIONS]
    if len(spans) < len(fors):
        return None  # "asked Congress for $1.8 billion to fight the virus": the infinitive is what the money is for
    # ("urged voters who had opposed the war to switch their support": hung on the object's relative clause)
    hosts = [tok, *(r for r in obj.children if r.dep_ == "relcl" and any(x.dep_ == "dobj" for x in r.children))]
    return next((c for h in hosts + spans for c in h.children if c.dep_ in {"advcl", "acl"} and c.i > obj.i and c.tag_ == "VB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                 and not any(a.dep_ in {"nsubj", "mark"} for a in c.children)), None)


def object_before(it: Token) -> Token | None:
    """The noun "it" takes up from the verb before it: the object of the verb a participle hangs on
    ("welcomed the result, calling it a fantastic victory") or of the clause a coordinated one follows
    ("offered his resignation, but Santos rejected it"), nearer than any issue named before."""
    verb = it.head
    participle = it.dep_ in {"dobj", "nsubj"} and verb.tag_ == "VBG" and verb.dep_ in {"advcl", "conj", "xcomp"}
    coordinated = it.dep_ == "dobj" and verb.dep_ == "conj" and verb.head.pos_ == "VERB"
    if it.lower_ != "it" or not (participle or coordinated):
        return None
    kinds = {"NOUN", "PROPN"} if participle else {"NOUN"}
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ in kinds and c.i < it.i), None)
