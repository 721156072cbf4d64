"""Discourse networks against weights computed by hand."""
from __future__ import annotations

import math
from datetime import date

import networkx as nx
import pytest

from kg.network import Evidence, affiliation, one_mode, ties, to_bytes

D1, D2 = date(2025, 5, 10), date(2025, 5, 20)


def ev(actor, topic, stance, st, doc="d1", day=D1):
    return Evidence(actor, topic, stance, st, doc, day)


# A: t1 for, t2 against, t3 for | B: t1 for, t2 for | C: t1 against (twice, one document), t3 for
EVIDENCE = [
    ev("A", "t1", "for", "s1"), ev("A", "t2", "against", "s2"), ev("A", "t3", "for", "s3", "d2", D2),
    ev("B", "t1", "for", "s4"), ev("B", "t2", "for", "s5"),
    ev("C", "t1", "against", "s6"), ev("C", "t1", "against", "s7"), ev("C", "t3", "for", "s8", "d2", D2),
]


def weights(g: nx.Graph) -> dict[tuple[str, str], float]:
    return {tuple(sorted((a, b))): round(d["weight"], 6) for a, b, d in g.edges(data=True)}


def test_duplicates_per_statement_and_per_document():
    by_statement = {(t.actor, t.topic): t.weight for t in ties(EVIDENCE, "statement")}
    by_document = {(t.actor, t.topic): t.weight for t in ties(EVIDENCE, "document")}
    assert by_statement[("C", "t1")] == 2
    assert by_document[("C", "t1")] == 1


def test_affiliation_is_two_mode():
    g = affiliation(ties(EVIDENCE, "statement"))
    assert nx.is_bipartite(g)
    assert {n for n, d in g.nodes(data=True) if d["bipartite"] == 0} == {"A", "B", "C"}
    assert g["C"]["t1"]["stance"] == "against" and g["C"]["t1"]["weight"] == 2


@pytest.mark.parametrize("normalize,ab,ac", [
    ("none", 1.0, 1.0),
    ("average", 1 / 2.5, 1 / 2.5),        # shared / mean number of topics (3 and 2)
    ("jaccard", 1 / 3, 1 / 3),            # shared / topics of either (3)
    ("cosine", 1 / math.sqrt(6), 1 / math.sqrt(6)),
])
def test_congruence(normalize, ab, ac):
    w = weights(one_mode(ties(EVIDENCE), "congruence", normalize))
    assert w == {("A", "B"): round(ab, 6), ("A", "C"): round(ac, 6)}  # B and C agree on nothing


@pytest.mark.parametrize("normalize,ab,ac,bc", [
    ("none", 1.0, 1.0, 1.0),
    ("average", 1 / 2.5, 1 / 2.5, 1 / 2),
    ("jaccard", 1 / 3, 1 / 3, 1 / 3),
    ("cosine", 1 / math.sqrt(6), 1 / math.sqrt(6), 1 / 2),
])
def test_conflict(normalize, ab, ac, bc):
    w = weights(one_mode(ties(EVIDENCE), "conflict", normalize))
    assert w == {("A", "B"): round(ab, 6), ("A", "C"): round(ac, 6), ("B", "C"): round(bc, 6)}


def test_subtract():
    # A-B and A-C agree once and disagree once: no edge; B-C only disagree
    assert weights(one_mode(ties(EVIDENCE), "subtract")) == {("B", "C"): -1.0}


def test_mixed_stance_counts_both_ways():
    mixed = EVIDENCE + [ev("D", "t1", "for", "s9"), ev("D", "t1", "against", "s10", "d3")]
    g_c = one_mode(ties(mixed), "congruence")
    g_x = one_mode(ties(mixed), "conflict")
    assert g_c["A"]["D"]["weight"] == 1 and g_x["A"]["D"]["weight"] == 1


def test_time_window_keeps_dated_statements_in_range():
    early = ties(EVIDENCE, "document", start=date(2025, 5, 1), end=date(2025, 5, 15))
    assert {(t.actor, t.topic) for t in early} == {("A", "t1"), ("A", "t2"), ("B", "t1"), ("B", "t2"), ("C", "t1")}


def test_exports_parse_back(tmp_path):
    g = one_mode(ties(EVIDENCE), "conflict", "jaccard")
    (tmp_path / "n.graphml").write_bytes(to_bytes(g, "graphml"))
    back = nx.read_graphml(tmp_path / "n.graphml")
    assert back.number_of_edges() == 3
    (tmp_path / "n.gexf").write_bytes(to_bytes(g, "gexf"))
    assert nx.read_gexf(tmp_path / "n.gexf").number_of_edges() == 3
    assert to_bytes(g, "csv").decode().splitlines()[0] == "source,target,topics,weight"


def test_cli_network_on_seeds(seeds_graph, tmp_path):
    from kg.cli import main

    out = tmp_path / "c.graphml"
    assert main(["network", str(seeds_graph), "--type", "congruence", "--normalize", "jaccard", "-o", str(out)]) == 0
    g = nx.read_graphml(out)
    assert g.number_of_edges() > 0
    assert all(0 < d["weight"] <= 1 for *_, d in g.edges(data=True))
