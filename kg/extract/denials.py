"""What a denial denies: "denied that the group had rejected the proposal" holds no act of the group's,
"Israel blamed Hamas, a charge Hamas denies" keeps Israel's (moved out of modality, over 400 lines)."""
from __future__ import annotations

from spacy.tokens import Token

DENYING = frozenset({"deny", "refute"})  # "denied that the group had rejected it": the rejection is what is denied
DISMISSING = frozenset({"reject", "dismiss"})  # "rejected claims that the Treasury had overruled her": a denial too
CLAIM_NOUNS = frozenset({"report", "claim", "allegation", "suggestion", "accusation", "rumour", "rumor", "speculation"})


def denied_clause(t: Token) -> bool:
    """``t`` heads what a denial denies: "denied [that the group had rejected the proposal]",
    "denied reports [that the government had dropped the plan]"."""
    head = t.head
    if t.dep_ == "ccomp" and head.lemma_.lower() in DENYING:
        return not charge_after(t)
    return t.dep_ in {"acl", "ccomp"} and head.lemma_.lower() in CLAIM_NOUNS and head.dep_ == "dobj" \
        and head.head.lemma_.lower() in DENYING | DISMISSING


def charge_after(t: Token) -> bool:
    """"Israel blamed Hamas for the deaths, [a charge] Hamas denies": the parser makes the clause before
    the denial its content, but the denial's own object, a charge named after it, is what is denied;
    the blame stays Israel's (probe sentence, written)."""
    return t.i < t.head.i and any(c.dep_ == "dobj" and c.i > t.i and c.lemma_.lower() in CLAIM_NOUNS | {"charge"}
                                  for c in t.head.children)


def in_denied_act(tok: Token) -> bool:
    """``tok`` is a word of an act a speaker denies ("denied that Russia had rejected [the peace
    plan]"): no position of anyone's is about it. A denied description stays a target ("denied
    the concessions were a political manoeuvre": the claim rejected)."""
    v = tok
    while v.head != v and v.pos_ not in {"VERB", "AUX"}:
        v = v.head
    if v.lemma_.lower() == "be":
        return False
    t = v
    while t.head != t:
        if denied_clause(t):
            return True
        t = t.head
    return False
