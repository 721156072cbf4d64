"""Where an actor candidate stands in its sentence and its article, for the
actor stage alone: whether it takes a position there or is only mentioned.

- ``report``: a speech verb's subject whose reported clause has another
  candidate as its subject reports that one's position ('Cruz promised to
  shake things up, Stovall said': Stovall 'reports_other', Cruz 'reported');
  a mention inside a quotation of the sentence is 'mention_in_quote';
- ``discourse``: the actor was the previous sentence's quotation's speaker or
  the subject of its speech verb ('prev:speaker', 'prev:v.speech': a
  continued quotation, a pronoun taking it up).

Both together, on the actor stage only (harness, 4 folds x 2 splits): train CV
full 0.341 -> 0.345, dev full 0.273 -> 0.280; without the discourse family
0.342 / 0.277. Dependency paths to the root ('pobj>prep>appos') did worse
(0.343 / 0.279 with them); a speaker quoting its own words not counted as
reporting another made no difference (0.344 / 0.282).
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.descriptions import SUBJECT_DEPS
from kg.records import Span

PREFIXES = ("reports_other", "reported", "mention_in_quote", "prev:")


def direct_subject(verb: Token) -> Token | None:
    """The verb's own subject (not inherited, unlike ``subjects.subject_of``)."""
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def report_features(speech: frozenset[str], tok: Token, others: set[int]) -> set[str]:
    """'reports_other' on the subject of a speech verb whose reported clause's
    subject is another candidate; 'reported' on that subject."""
    f: set[str] = set()
    if tok.dep_ not in SUBJECT_DEPS:
        return f
    verb = tok.head
    if verb.lemma_.lower() in speech and any(
            c.dep_ == "ccomp" and (s := direct_subject(c)) is not None and s.i in others for c in verb.children):
        f.add("reports_other")
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in speech \
            and (s := direct_subject(verb.head)) is not None and s.i in others:
        f.add("reported")
    return f


def sentence_position_features(speech: frozenset[str], cands: list, quotes: list[Span]) -> None:
    """The ``report`` features of each candidate with a mention in the sentence
    (``quotes``: the quotation parts here)."""
    heads = {c.token.i for c in cands if c.token is not None}
    for c in cands:
        if c.token is None:
            continue
        c.feats |= report_features(speech, c.token, heads - {c.token.i})
        if any(q.start <= c.token.idx < q.end for q in quotes):
            c.feats.add("mention_in_quote")


def discourse_features(units: list) -> None:
    """'prev:speaker' / 'prev:v.speech': the actor spoke in the sentence before."""
    before: dict[str, set[str]] = {}
    for unit in units:
        here: dict[str, set[str]] = {}
        for c in unit.actors:
            had = before.get(c.actor.label, set())
            here[c.actor.label] = {x for x in ("speaker", "v.speech") if x in c.feats}
            c.feats |= {f"prev:{x}" for x in had}
        before = here


def without_position(feats: set[str]) -> set[str]:
    """What the relation stage reads: these features say whether an actor takes
    a position, not which (read by it too, with dependency paths: train CV
    0.343 -> 0.340, dev 0.279 -> 0.283)."""
    return {x for x in feats if not x.startswith(PREFIXES)}
