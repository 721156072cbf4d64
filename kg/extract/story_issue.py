"""The story's issue, as the headline names it, for a quotation that names no issue of its own: coders
file a comment such as '"This is more intense than the last days," he added' under the story's issue
("Heavy air strikes hit rebel road to Syria's Aleppo": the air strikes), not under a noun lifted from
inside the quotation. Used by ``last_resort`` before ``first_spoken_of``: full F1 train 0.5193 ->
0.5201, dev 0.3351 (=), seeds 0.6575 (=), quotes unchanged (3 train, 4 dev statements changed). Put before
the learned target stage's choice in the build's fallback (``said_about``) it gained nothing more (train 0.5201,
dev 0.3351) and changed 9 train statements, none to a match."""
from __future__ import annotations

from spacy.tokens import Doc as SpacyDoc

from kg.extract.context import Context
from kg.extract.quotes import headline_end
from kg.extract.target_tokens import target_from
from kg.records import Statement, Target, Topic

SUBJECTS = {"nsubj", "nsubjpass"}
# a position on the issue, not on a party: its target is the story's issue
ISSUE_POSITIONS = {"supports", "opposes", "demands", "rejects", "proposes", "accepts"}


def headline_position(stmts: list[Statement], end: int) -> Topic | None:
    """The issue a position in the headline is on ("Police chief backs drinking move": the drinking move)."""
    own = [st for st in stmts if st.sentence.start < end and isinstance(st.target, Topic)
           and st.relation.value in ISSUE_POSITIONS]
    return min(own, key=lambda st: st.sentence.start).target if own else None


def headline_event(ctx: Context, sdoc: SpacyDoc, end: int) -> Target | None:
    """What an event headline is about: the subject of its verb where that is no party ("Attempted North
    Korea missile launch fails": the missile launch)."""
    for tok in sdoc:
        if tok.idx >= end:
            break
        if tok.dep_ in SUBJECTS and tok.head.pos_ in {"VERB", "AUX"} and tok.pos_ == "NOUN" and tok.head.dep_ == "ROOT" \
                and not any(c.dep_ in SUBJECTS and c != tok for c in tok.head.children):
            # (the headline's own verb, with one subject: "Court rules Najib can serve ..." parses "rules" as a
            # second subject of a reported "serve", a verb read as a noun: no event named)
            found = target_from(ctx, tok)[0]
            if isinstance(found, Topic):
                return found
    return None


def story_issue(ctx: Context, sdoc: SpacyDoc, stmts: list[Statement]) -> Target | None:
    """The story's issue as its headline names it: the issue of a position taken there, else the event it
    reports."""
    end = headline_end(ctx.document.text)
    return headline_position(stmts, end) or headline_event(ctx, sdoc, end)
