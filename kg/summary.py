"""Per-topic summaries of the global questions, computed at build time.

Agreement, conflict, corroboration, disputes, contradictions and conditions
over the whole graph are joins of every position (or statement) with every
other: at a million statements their listings run to millions of rows and
past any time limit. Their counts per topic are cheap to compute here, from
the positions a build already aggregates, and are stored in the named graph
``…/graph/summary``; the ready-made questions rank topics by them (with a
limit and paging) and list the pairs themselves for one topic or actor.

Every count is the number of rows the question's listing gives for that topic
(tests/test_queries.py checks it).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from kg.rdf import KG, RDF, Minter, short_hash

FOR_RELATIONS = {"demands", "proposes", "supports", "accepts"}  # as in queries/disputed.rq
AGAINST_RELATIONS = {"rejects", "opposes"}
DISPUTE_DAYS = 3


@dataclass
class TopicSummary:
    positions: int = 0
    statements: int = 0
    actors_for: int = 0
    actors_against: int = 0
    contradictions: int = 0  # positions with statements both ways
    single_source: int = 0  # positions reported by one outlet
    disputes: int = 0  # disputed.rq rows
    conditions: int = 0  # conditions statements whose condition is set for this topic


def _disputes(rows: list[dict]) -> int:
    """disputed.rq's rows for one actor and topic: a for and an against statement
    from different documents and outlets within three days of each other."""
    pro = [r for r in rows if r["rel"] in FOR_RELATIONS and r["issued"]]
    con = [r for r in rows if r["rel"] in AGAINST_RELATIONS and r["issued"]]
    seen = set()
    for a in pro:
        for b in con:
            if a["doc"] == b["doc"]:
                continue
            oa, ob = a["outlet"] or a["doc"], b["outlet"] or b["doc"]  # the query falls back on the id
            if oa == ob or abs((date.fromisoformat(a["issued"]) - date.fromisoformat(b["issued"])).days) > DISPUTE_DAYS:
                continue
            seen.add((oa, a["issued"], ob, b["issued"]))
    return len(seen)


def summarise(acc: dict[tuple[str, str], dict], rows: list[dict]) -> dict[str, TopicSummary]:
    """Topic IRI -> its summary, from the positions (kg.positions.aggregate) and
    the statement rows they were computed from."""
    out: dict[str, TopicSummary] = defaultdict(TopicSummary)
    for (_, topic), a in acc.items():
        s = out[topic]
        s.positions += 1
        s.statements += len(a["statements"])
        s.actors_for += a["stance"] == "for"
        s.actors_against += a["stance"] == "against"
        s.contradictions += a["stance"] == "mixed" and a["for"] > 0 and a["against"] > 0
        s.single_source += len(a["outlets"]) == 1
    by_pair: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rows:
        if r["target"] and (r["rel"] in FOR_RELATIONS or r["rel"] in AGAINST_RELATIONS):
            by_pair[(r["actor"], r["target"])].append(r)
        if r["rel"] == "conditions" and r["target"] and r["cond"]:
            out[r["cond"]].conditions += 1
    for (actor, topic), group in by_pair.items():
        a = acc.get((actor, topic))
        if a and a["for"] > 0 and a["against"] > 0:
            n = _disputes(group)
            if n:
                out[topic].disputes += n
    return out


def summary_nquads(summaries: dict[str, TopicSummary], mint: Minter) -> Iterator[str]:
    """The summaries as N-Quads text in the summary graph."""
    from kg.writer import integer, iri

    g = iri(mint.summary_graph.value)
    for topic, s in summaries.items():
        node = iri(f"{mint.base}summary/{short_hash('topic', topic)}")
        nf, na = s.actors_for, s.actors_against
        values = [(RDF + "type", iri(KG + "TopicSummary")), (KG + "topic", iri(topic)),
                  (KG + "positionCount", integer(s.positions)), (KG + "statementTotal", integer(s.statements)),
                  (KG + "actorsFor", integer(nf)), (KG + "actorsAgainst", integer(na)),
                  (KG + "agreementPairs", integer(nf * (nf - 1) // 2 + na * (na - 1) // 2)),
                  (KG + "conflictPairs", integer(nf * na)), (KG + "contradictionCount", integer(s.contradictions)),
                  (KG + "singleSourceCount", integer(s.single_source)), (KG + "disputeCount", integer(s.disputes)),
                  (KG + "conditionCount", integer(s.conditions))]
        yield "".join(f"{node} <{p}> {o} {g} .\n" for p, o in values)
