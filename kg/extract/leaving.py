"""Leaving a body or an agreement refuses it: "quit the coalition", "withdrew from the International
Criminal Court", "pulled out of the deal", "walked out of the talks" (probes news2025, world2016: gold
rejects the coalition, the court). An army leaving a place is no position ("withdrew its troops from
Goma"), nor is a past step told in passing ("Macron, who quit the government", gold codes none)."""
from __future__ import annotations

from spacy.tokens import Token

# what one is party to (not a party one leaves: "quit UKIP" opposes it, probebbc2 gold)
BODIES = frozenset({"coalition", "alliance", "treaty", "agreement", "accord", "deal", "pact", "talks", "negotiations",
                    "union", "bloc", "convention", "organisation", "organization", "federation", "league",
                    "partnership", "court", "dialogue", "initiative", "process"})
QUITTING = frozenset({"quit", "exit"})  # its object is left: "quit the coalition"
LEAVING_OUT = frozenset({"pull", "walk", "back"})  # "pulled (its party) out of the coalition", "backed out of the deal"
LEAVING_VERBS = QUITTING | LEAVING_OUT | {"withdraw"}  # every lemma ``left_body`` reads a body of


def body(noun: Token | None) -> bool:
    return noun is not None and (noun.lemma_.lower() in BODIES or noun.lower_ in BODIES)  # ("talks": lemma "talk")


def left_body(verb: Token) -> Token | None:
    """The object or the preposition naming the body ``verb`` leaves, or None."""
    lemma = verb.lemma_.lower()
    if lemma not in LEAVING_VERBS:
        return None  # (asked of every verb: the lemma first, the clauses hung on it only for a verb of leaving)
    if verb.dep_ in {"relcl", "acl", "csubj", "csubjpass", "pcomp", "pobj"} or verb.pos_ not in {"VERB", "AUX"}:
        return None  # (nor the act named: "warned that quitting the convention would damage", "praised him for withdrawing")
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
           for c in verb.children):
        return None  # "would withdraw from the treaty if the sanctions were restored": a threat (``conditionals``)
    if lemma in QUITTING:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return obj if body(obj) else None
    if lemma == "withdraw" and not any(c.dep_ == "dobj" for c in verb.children):
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    elif lemma in LEAVING_OUT:
        out = next((c for c in verb.children if c.lower_ == "out" and c.dep_ in {"prep", "prt", "advmod"}), None)
        prep = next((c for c in [*verb.children, *(out.children if out is not None else ())]
                     if out is not None and c.dep_ == "prep" and c.lower_ == "of"), None)
    else:
        return None
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return prep if body(noun) else None
