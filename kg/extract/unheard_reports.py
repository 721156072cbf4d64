"""Reported speech no kept statement rests on: "Mr Straw said the tour would hand a propaganda
victory to Mugabe", "Shadow defence secretary Nicholas Soames said the minister's position was
untenable". The speaker takes a position in the clause he reports, but no cue word names it, so the
learned stages read it below their threshold and the sentence stays silent (train and the probes:
about half of the gold statements in sentences with no prediction at all sit in such a clause).
As the quotations' fallback does for direct speech (``quote_fallback``), the position the stages
read for the speaker there becomes a statement, at low confidence; never a bare ``says`` (the
guidelines keep that for direct quotations) and never one without a target."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract.article_issue import main_issue
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
# a warning of harm to its victims ("publicans have warned that hundreds of small bars could close", "shops
# warned that trade would fall"): the stages read opposition there well below the floor, on the victims; coders
# file it against the issue the article is about. Not a warning of one's own act ("warned that the union would
# take industrial action", "that police would deal firmly with protesters"): a threat, which the stages misread
WARNING = frozenset({"warn", "caution"})
WARNED_FLOOR = 0.02
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def reporting_verb(c: ActorCand) -> Token | None:
    """The speech verb the candidate is the subject of, where it reports a clause ("X said [the plan
    would fail]")."""
    if c.token is None or "v.speech" not in c.feats:
        return None
    verb = governing_verb(c.token)
    if verb is None or not any(ch.dep_ in CLAUSE_DEPS and ch.i > verb.i for ch in verb.children):
        return None
    return verb


def victim(clause: Token, target: Token | None) -> bool:
    """The target is the subject a harm befalls in the warned clause: "small firms would struggle",
    "hundreds of small bars could close", "councils could be swamped" (a clause with no object: "the new
    body could drain detectives" names what does harm)."""
    if target is None or any(c.dep_ == "dobj" for c in clause.children):
        return False
    subj = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    return subj is not None and (target == subj or target.head.head == subj and target.head.lower_ == "of")


def warned_harm(verb: Token, relation: str, target: Token | None) -> bool:
    """A warning (the stages read opposition) whose target is the victim of the harm its clause tells."""
    if verb.lemma_.lower() not in WARNING or relation != "opposes":
        return False
    return victim(next(ch for ch in verb.children if ch.dep_ in CLAUSE_DEPS and ch.i > verb.i), target)


def unheard_reports(document: Document, kept: list[Statement], units: list[SentenceUnit],
                    models: Models, doubted: set[int] | None = None) -> list[Statement]:
    """A statement for each named speaker of a reported clause who has none in the sentence (``doubted``:
    the ids of the kept statements whose target the target stage doubted, ``article_issue``)."""
    out: list[Statement] = []
    issue = main_issue(kept, document.text, doubted or set())
    for unit in units:
        for c in unit.actors:
            if (verb := reporting_verb(c)) is None:
                continue
            if any(st.actor == c.actor and st.sentence.start < unit.span.end and unit.span.start < st.sentence.end
                   for st in kept + out):
                continue
            d = decided(unit, c, models)
            if d.relation == "says" or d.target is None or neutral_report(d):  # a plain act reported, no blame
                continue
            odds = d.p_actor * d.p_relation * d.p_target
            warned = FLOOR > odds >= WARNED_FLOOR and issue is not None and warned_harm(verb, d.relation, d.target.token)
            if odds < FLOOR and not warned:
                continue
            st = make_statement(document, unit, c, d.relation, d.target, REPORT_CONFIDENCE)
            out.append(replace(st, target=issue) if warned else st)  # against the article's issue, not the victims
    return out
