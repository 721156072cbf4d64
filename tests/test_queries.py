"""Every ready-made question on a small hand-built graph whose answers are
known, so a wrong join or filter shows up as a wrong row."""
from __future__ import annotations

import hashlib

import pytest

from kg.records import Actor, Document, Relation, Span, Statement, Topic

ALICE, BOB, CAROL = (Actor(n, "person") for n in ("Alice Ames", "Bob Brandt", "Carol Cruz"))
LAND = Actor("Landia", "country")
TRUCE, TALKS, SANCTIONS, HALT = (Topic(t) for t in ("truce", "talks", "sanctions", "arms halt"))

# (doc id, outlet, date, [(actor, relation, target, extra)])
DOCS = [
    ("d1", "Wire A", "2025-05-10", [(ALICE, "demands", TRUCE, {"quote": "We need a truce now"}),
                                     (BOB, "rejects", TRUCE, {}),
                                     (CAROL, "supports", TALKS, {}),
                                     (BOB, "conditions", HALT, {"condition_of": SANCTIONS})]),
    ("d2", "Wire B", "2025-05-11", [(ALICE, "supports", TRUCE, {}),
                                     (BOB, "opposes", TRUCE, {}),
                                     (CAROL, "rejects", TALKS, {})]),
    ("d3", "Wire C", "2025-05-20", [(CAROL, "supports", TALKS, {}),
                                     (LAND, "supports", TRUCE, {})]),
]


def records():
    out = []
    for doc_id, outlet, day, items in DOCS:
        sentences = [f"{a.label} {rel} {t.label} (sentence {i})." for i, (a, rel, t, _) in enumerate(items)]
        text = " ".join(sentences)
        doc = Document(id=doc_id, text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(),
                       outlet=outlet, published=day)
        sts, pos = [], 0
        for (actor, rel, target, extra), sent in zip(items, sentences):
            span = Span(pos, pos + len(sent), sent)
            quote = None
            if "quote" in extra:
                quote = Span(pos, pos + len(extra["quote"]), extra["quote"])
            sts.append(Statement(doc_id=doc_id, sentence=span, actor=actor, relation=Relation(rel), target=target,
                                 actor_span=Span(pos, pos + len(actor.label), actor.label),
                                 condition_of=extra.get("condition_of"), quote=quote, confidence=0.9))
            pos += len(sent) + 1
        out.append((doc, sts))
    return out


@pytest.fixture(scope="module")
def g(tmp_path_factory):
    import kg
    from kg.build import build_records

    out = tmp_path_factory.mktemp("hand")
    build_records(records(), out)
    return kg.open(out)


def rows(res, *names):
    return sorted(tuple(r[n] for n in names) for r in res)


def test_positions(g):
    got = rows(g.ask("positions", topic="truce"), "actor", "stance", "statements", "outlets", "first", "last")
    assert got == [("Alice Ames", "for", 2, 2, "2025-05-10", "2025-05-11"),
                   ("Bob Brandt", "against", 2, 2, "2025-05-10", "2025-05-11"),
                   ("Landia", "for", 1, 1, "2025-05-20", "2025-05-20")]


def test_actor_profile(g):
    got = rows(g.ask("actor", actor="Alice Ames"), "target", "relation", "quote", "doc", "outlet")
    assert got == [("truce", "demands", "We need a truce now", "d1", "Wire A"),
                   ("truce", "supports", None, "d2", "Wire B")]


def test_agreement_and_conflict(g):
    assert rows(g.ask("agreement", topic="truce"), "actor1", "actor2", "topic", "stance") == [
        ("Alice Ames", "Landia", "truce", "for")]
    assert rows(g.ask("conflict", topic="truce"), "actor_for", "actor_against", "topic") == [
        ("Alice Ames", "Bob Brandt", "truce"), ("Landia", "Bob Brandt", "truce")]
    assert g.ask("agreement", topic="talks") == [] and g.ask("conflict", topic="talks") == []


def test_timeline_of_an_actor_and_of_a_topic(g):
    carol = g.ask("timeline", actor="Carol Cruz")
    assert [(r["date"], r["relation"]) for r in carol] == [
        ("2025-05-10", "supports"), ("2025-05-11", "rejects"), ("2025-05-20", "supports")]
    truce = g.ask("timeline", topic="truce")
    assert [r["actor_label"] for r in truce] == ["Alice Ames", "Bob Brandt", "Alice Ames", "Bob Brandt", "Landia"]


def test_corroboration_single_sources_first(g):
    got = [(r["actor"], r["topic"], r["stance"], r["outlets"]) for r in g.ask("corroboration", topic="truce")]
    assert got == [("Landia", "truce", "for", 1), ("Alice Ames", "truce", "for", 2), ("Bob Brandt", "truce", "against", 2)]
    assert [(r["topic"], r["outlets"]) for r in g.ask("corroboration", actor="Carol Cruz")] == [("talks", 3)]
    assert ("Bob Brandt", "sanctions", "conditional", 1) in [
        (r["actor"], r["topic"], r["stance"], r["outlets"]) for r in g.ask("corroboration", actor="Bob Brandt")]


def test_contradictions(g):
    assert rows(g.ask("contradictions", topic="talks"), "actor", "topic", "for", "against") == [("Carol Cruz", "talks", 2, 1)]
    assert rows(g.ask("contradictions", actor="Carol Cruz"), "topic") == [("talks",)]
    assert g.ask("contradictions", topic="truce") == []


def test_disputed_within_three_days(g):
    got = rows(g.ask("disputed", topic="talks"), "actor", "topic", "outlet_for", "outlet_against")
    assert got == [("Carol Cruz", "talks", "Wire A", "Wire B")]  # Wire C is nine days after Wire B
    assert rows(g.ask("disputed", actor="Carol Cruz"), "topic") == [("talks",)]
    assert g.ask("disputed", topic="truce") == []  # Alice's and Bob's stances never change


def test_conditions(g):
    want = [("Bob Brandt", "sanctions", "arms halt")]
    assert rows(g.ask("conditions", topic="sanctions"), "actor", "condition_of", "condition") == want
    assert rows(g.ask("conditions", actor="Bob Brandt"), "actor", "condition_of", "condition") == want
    assert g.ask("conditions", actor="Alice Ames") == []


GLOBAL = {"agreement": "pairs", "conflict": "pairs", "contradictions": "contradictions",
          "corroboration": "positions", "disputed": "disputes", "conditions": "conditions"}


def test_global_questions_answer_with_a_ranked_summary_whose_counts_are_the_listings_rows(g):
    for name, count in GLOBAL.items():
        summary = g.ask(name)
        assert summary, name
        counts = [r[count] for r in summary]
        assert counts == sorted(counts, reverse=True) or name == "corroboration", name
        for r in summary:
            assert len(g.ask(name, topic=r["topic"])) == r[count], (name, r)


def test_summary_pages(g):
    whole = g.ask("corroboration", limit=10)
    assert [r["topic"] for r in whole] == ["truce", "sanctions", "talks"]  # single-source positions first
    assert g.ask("corroboration", limit=1, offset=1) == [whole[1]]
    assert g.ask("corroboration", limit=2, offset=2) == [whole[2]]
    assert len(g.ask("corroboration", limit=1)) == 1


def test_every_ready_made_question_is_tested():
    from kg.query import ready_queries

    tested = {"positions", "actor", "agreement", "conflict", "timeline", "corroboration", "contradictions",
              "disputed", "conditions"}
    assert set(ready_queries()) == tested


def test_hostile_parameter_is_only_a_label(g):
    from kg.errors import QueryError

    with pytest.raises(QueryError, match="no actor or topic called"):
        g.ask("positions", topic='"} ; DROP ALL ; {')
    assert len(g.ask("positions", topic="truce")) == 3


def test_bound_terms_are_values_not_text(g):
    """Bindings become a VALUES block of the term's own N-Triples form: a literal
    full of SPARQL is one literal, and a query without WHERE keeps substitutions."""
    import pyoxigraph as ox

    from kg.query import with_values

    hostile = ox.Literal('x" } } ; DROP ALL ; SELECT * { "')
    assert list(g.query("SELECT ?s WHERE { ?s rdfs:label ?l }", l=hostile)) == []
    q, subs = with_values("SELECT ?s WHERE { ?s rdfs:label ?l }", {ox.Variable("l"): hostile})
    assert subs == {} and 'VALUES ?l { "x\\" } } ; DROP ALL ; SELECT * { \\"" }' in q
    q2, subs2 = with_values("SELECT ?s ?l { ?s rdfs:label ?l }", {ox.Variable("l"): hostile})
    assert subs2 and q2 == "SELECT ?s ?l { ?s rdfs:label ?l }"
    assert [r["s"] for r in g.query("SELECT ?s ?l { ?s rdfs:label ?l }", l=ox.Literal("truce"))]


def test_rows_as_a_dataframe_without_pandas_say_what_to_install(seeds_graph, monkeypatch):
    import sys

    import kg
    from kg.errors import KGError

    rows = kg.open(seeds_graph).query("SELECT ?label WHERE { ?a a kg:Actor ; rdfs:label ?label } LIMIT 2")
    monkeypatch.setitem(sys.modules, "pandas", None)  # as in a base install
    with pytest.raises(KGError, match=r"kg\[notebook\]"):
        rows.df()
