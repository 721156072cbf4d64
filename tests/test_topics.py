"""Vocabulary topics named in other words: the statement keeps the words the
text used ("truce"), the graph one node for the concept (ceasefire). The
sentences are written for these tests."""
from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox

from kg.lexicon import fold, load_lexicon

from kg.rdf import KG, RDFS


def test_a_phrase_names_its_concept_and_keeps_its_words():
    lex = load_lexicon()
    truce = lex.topic_named(fold("truce"))
    assert (truce.label, truce.concept, truce.in_vocabulary, truce.key) == ("truce", "ceasefire", True, "ceasefire")
    # the plural's lemma form finds the alias as written
    assert lex.topic_named(fold("nuclear weapon")).label == "nuclear weapons"
    # the concept's own label is the concept itself
    assert lex.topic_named(fold("ceasefire")) is lex.topics["ceasefire"]
    assert lex.topic_named(fold("ceasefire")).concept is None
    assert lex.topic_named(fold("a word no topic has")) is None


def test_extraction_labels_the_target_with_the_words_used(extract):
    (st,) = [s for s in extract("Ismail Haniyeh rejected the truce on Sunday.") if s.relation.value == "rejects"]
    assert (st.target.label, st.target.concept) == ("truce", "ceasefire")


def _graph(tmp_path: Path, texts: dict[str, str]) -> Path:
    from kg.build import build

    src = tmp_path / "in"
    src.mkdir()
    for name, text in texts.items():
        (src / f"{name}.txt").write_text(text, encoding="utf-8")
    build([src], tmp_path / "g", progress=False)
    return tmp_path / "g"


def test_the_graph_keeps_one_node_and_the_export_the_words(tmp_path):
    g = _graph(tmp_path, {"a": "Angela Merkel rejected the truce.", "b": "Emmanuel Macron rejected the ceasefire."})
    rows = [json.loads(x) for x in (g / "statements.jsonl").read_text(encoding="utf-8").splitlines()]
    got = {(r["actor"], r["target"], r["target_iri"].rsplit("/", 1)[-1]) for r in rows if r["relation"] == "rejects"}
    assert got == {("Angela Merkel", "truce", "ceasefire"), ("Emmanuel Macron", "ceasefire", "ceasefire")}
    store = ox.Store()  # the graph folder's TriG, as a reader without kg sees it
    store.load(path=str(g / "graph.trig"), format=ox.RdfFormat.TRIG)
    labels = {s["l"].value for s in store.query(
        f"SELECT ?l WHERE {{ GRAPH ?g {{ ?st <{KG}target> ?t }} GRAPH ?h {{ ?t <{RDFS}label> ?l }} }}")}
    assert labels == {"ceasefire"}
    phrases = [s["p"].value for s in store.query(f"SELECT ?p WHERE {{ GRAPH ?g {{ ?st <{KG}targetPhrase> ?p }} }}")]
    assert phrases == ["truce"]  # written only where the words differ from the concept's label


def test_a_reviewed_row_names_the_same_node():
    from kg.review.graph import _entity

    assert _entity("truce", "topic", {}).key == "ceasefire"
    assert _entity("a new phrase", "topic", {}).key == "a new phrase"


def test_one_spelling_per_actor_in_an_article():
    # after train headlines: a Title Case headline is parsed in sentence case, so a name the
    # gazetteer does not know came out "Ben carson" there and "Ben Carson" in the body
    from collections import Counter

    from kg.extract.spelling import one_spelling, spellings
    from kg.records import Actor, Relation, Span, Statement

    body = "Ben Carson said on Sunday. Critics said the critics were wrong. Trump said."
    assert spellings(Counter({"Ben carson": 1, "Critics": 1, "critics": 2, "Trump heard": 1}), body) == {
        "Ben carson": "Ben Carson", "Critics": "critics"}  # "Trump heard" is in no body: left alone
    s = Span(0, 10, "x" * 10)
    sts = [Statement("d", s, Actor("Ben carson"), Relation("opposes"), Actor("Critics", "group")),
           Statement("d", s, Actor("critics", "group"), Relation("accuses"), Actor("Ben Carson"))]
    got = one_spelling(sts, "Ben Carson Defends Himself\n" + body)
    assert [(x.actor.label, x.target.label) for x in got] == [("Ben Carson", "critics"), ("critics", "Ben Carson")]


def test_views_networks_and_dna_group_by_the_topic(tmp_path):
    from kg.export import issue_of
    from kg.network import statement_graph
    from kg.viz import graph_data

    g = _graph(tmp_path, {"a": "Angela Merkel rejected the truce.", "b": "Emmanuel Macron rejected the ceasefire."})
    rows = [json.loads(x) for x in (g / "statements.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {issue_of(r) for r in rows if r["relation"] == "rejects"} == {"ceasefire"}
    net = statement_graph(rows)
    topics = {d["label"] for _, d in net.nodes(data=True) if d.get("kind") == "topic"}
    assert topics == {"ceasefire"}
    view = graph_data(rows, topic="ceasefire")
    assert {n["label"] for n in view["nodes"]} >= {"Angela Merkel", "Emmanuel Macron", "ceasefire"}
    assert "truce" not in {n["label"] for n in view["nodes"]}


def test_a_candidate_target_keeps_its_words_and_names_its_head_s_concept():
    # the learned stages choose among noun phrases by their words; the statement had then carried the
    # bare concept ("sanctions" for "new U.N. sanctions"), and "sanctions relief" had been sanctions
    from test_learned import units_of

    targets = {t.label: t.as_target() for text in ("The council imposed new U.N. sanctions on Pyongyang.",
                                                  "Iran has long demanded sanctions relief.")
               for u in units_of(text) for t in u.targets}
    new = targets["new U.N. sanctions"]
    assert (new.label, new.concept, new.key) == ("new U.N. sanctions", "sanctions", "sanctions")
    relief = targets["sanctions relief"]
    assert (relief.label, relief.concept, relief.key) == ("sanctions relief", None, "sanctions relief")
