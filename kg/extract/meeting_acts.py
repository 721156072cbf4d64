"""A meeting or negotiation refused, offered or asked for is the issue, not the party met: "would not
negotiate with Iran" rejects negotiating with Iran (the gold's "negotiations with Iran"), "refused to
negotiate with Shekau's faction" the same; a statement against the party itself ("rejects Iran") says
what the speaker did not."""
from __future__ import annotations

from dataclasses import replace

from kg.extract.acts import act_word
from kg.extract.clauses import ACTOR_TARGET, object_of, pobj, verbal_cue
from kg.extract.context import Draft
from kg.lexicon import Lexicon, fold
from kg.records import Actor, Topic
from kg.extract.targets import unpointed

MEETING_PREPS = frozenset({"with", "to"})  # "negotiate with", "talk to"


def meeting_as_act(lex: Lexicon, d: Draft) -> Draft:
    """A draft whose cue is a verb of meeting (a consults cue) but whose relation is a stance on an
    issue (a negated or refused meeting) names the meeting as its target: "negotiate with Iran"; the
    party met may be named (an actor) or not ("Shekau's faction"). Not where the target is a party by
    its relation ("failed to meet its obligations" accuses Colombia) or the act is named already."""
    tok = d.cue
    if d.relation in ACTOR_TARGET or d.target is None or tok is None or tok.pos_ not in {"VERB", "AUX"}:
        return d
    # the cue's own verb ("would not negotiate with Iran") or the act it refuses ("refused to negotiate with")
    tok = next((v for v in (tok, *(c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"))
                if (cue := verbal_cue(lex, v)) is not None and cue.relation == "consults"), None)
    if tok is None or fold(d.target.label).startswith(fold(act_word(tok))):
        return d  # (the act already named: "invited him to visit Kyiv")
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in MEETING_PREPS and pobj(c) is not None), None)
    party = pobj(prep) if prep is not None else object_of(tok)
    if party is None or (not isinstance(d.target, Actor) and fold(party.text) not in fold(d.target.label).split()):
        return d  # the target is not the party met ("refused to discuss the plan with them")
    words = " ".join(w for w in (act_word(tok), prep.lower_ if prep is not None else "", unpointed(d.target.label)) if w)
    return replace(d, target=Topic(label=words))
