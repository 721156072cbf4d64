"""Reported speech no kept statement rests on: "Mr Straw said the tour would hand a propaganda
victory to Mugabe", "Shadow defence secretary Nicholas Soames said the minister's position was
untenable". The speaker takes a position in the clause he reports, but no cue word names it, so the
learned stages read it below their threshold and the sentence stays silent (train and the probes:
about half of the gold statements in sentences with no prediction at all sit in such a clause).
As the quotations' fallback does for direct speech (``quote_fallback``), the position the stages
read for the speaker there becomes a statement, at low confidence; never a bare ``says`` (the
guidelines keep that for direct quotations) and never one without a target."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.candidates import ActorCand, SentenceUnit, governing_verb
from kg.extract.learned import Models, decided, make_statement, neutral_report
from kg.records import Document, Statement

REPORT_CONFIDENCE = 0.05
# the stages' own odds the reading needs (the product of actor, relation and target probabilities)
# (swept: train full peaks at 0.07 (0.5391; 0.06 0.5383, 0.10 0.5363, v0 0.5325), but the pooled probes fall at
# every floor, the more the lower (at 0.06 bbc2004 -0.008, fifth -0.007; at 0.10 each -0.0005 to -0.0014): the
# stages' readings below their threshold name the speaker well and the position less well (their full precision
# there is near 0.25, under the probes' break-even), so the floor stays high)
FLOOR = 0.10
CLAUSE_DEPS = frozenset({"ccomp"})


def reporting_verb(c: ActorCand) -> Token | None:
    """The speech verb the candidate is the subject of, where it reports a clause ("X said [the plan
    would fail]")."""
    if c.token is None or "v.speech" not in c.feats:
        return None
    verb = governing_verb(c.token)
    if verb is None or not any(ch.dep_ in CLAUSE_DEPS and ch.i > verb.i for ch in verb.children):
        return None
    return verb


def unheard_reports(document: Document, kept: list[Statement], units: list[SentenceUnit],
                    models: Models) -> list[Statement]:
    """A statement for each named speaker of a reported clause who has none in the sentence."""
    out: list[Statement] = []
    for unit in units:
        for c in unit.actors:
            if reporting_verb(c) is None:
                continue
            if any(st.actor == c.actor and st.sentence.start < unit.span.end and unit.span.start < st.sentence.end
                   for st in kept + out):
                continue
            d = decided(unit, c, models)
            if d.relation == "says" or d.target is None or neutral_report(d):  # a plain act reported, no blame
                continue
            if d.p_actor * d.p_relation * d.p_target < FLOOR:
                continue
            out.append(make_statement(document, unit, c, d.relation, d.target, REPORT_CONFIDENCE))
    return out
