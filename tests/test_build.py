"""The end-to-end path: build, the RDF round trip, idempotence, the CLI."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib.compare import to_isomorphic


def rows(graph_dir: Path) -> list[dict]:
    return [json.loads(line) for line in (graph_dir / "statements.jsonl").read_text(encoding="utf-8").splitlines()]


def test_build_writes_three_files(seeds_graph):
    for name in ("graph.trig", "statements.jsonl", "graph.html"):
        assert (seeds_graph / name).stat().st_size > 0


def test_offsets_slice_the_sentence(seeds_graph, seeds_dir):
    rs = rows(seeds_graph)
    assert len(rs) > 30
    for r in rs:
        text = (seeds_dir / f"{r['doc']}.txt").read_text(encoding="utf-8")
        assert text[r["start"]:r["end"]] == r["sentence"]
        if r["quote"]:  # the quotation's offsets; the quote its words in the statement's sentence
            whole = text[r["quote_start"]:r["quote_end"]]
            assert whole == r["quote"] or (r["quote"] in whole and r["quote"] in r["sentence"])
        assert r["actor_start"] is not None and 0 <= r["actor_start"] < r["actor_end"] <= len(text)


def test_export_comes_from_the_graph(seeds_graph, seeds_dir):
    """Every field of the in-memory records is carried by the graph."""
    from kg.extract import extract
    from kg.ingest import read_paths

    docs = [d for d in read_paths([seeds_dir]) if hasattr(d, "text")]
    mem = set()
    for doc, sts, _ in extract(docs):
        for s in sts:
            mem.add((doc.id, s.sentence.start, s.sentence.end, s.actor.label, s.relation.value,
                     s.target.label if s.target else None, s.condition_of.label if s.condition_of else None,
                     s.addressee.label if s.addressee else None, (s.quotation or s.quote).start if s.quote else None,
                     s.actor_span.start if s.actor_span else None))
    exported = {(r["doc"], r["start"], r["end"], r["actor"], r["relation"], r["target"], r["condition_of"],
                 r["addressee"], r["quote_start"], r["actor_start"]) for r in rows(seeds_graph)}
    assert exported == mem


def test_trig_parses_and_has_one_graph_per_document(seeds_graph):
    ds = rdflib.Dataset()
    ds.parse(seeds_graph / "graph.trig", format="trig")
    docs = set(ds.query("PREFIX kg: <https://w3id.org/kg-news/ontology#> "
                        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a kg:Document } }"))
    assert len(docs) == 5


def _doc_graphs(trig: Path) -> rdflib.Graph:
    """Everything but the record of builds (which carries times)."""
    ds = rdflib.Dataset()
    ds.parse(trig, format="trig")
    g = rdflib.Graph()
    for s, p, o, ctx in ds.quads((None, None, None, None)):
        if ctx is not None and str(ctx).endswith("/graph/runs"):
            continue
        g.add((s, p, o))
    return g


def test_same_build_twice_is_isomorphic(tmp_path, seeds_dir):
    from kg.build import build

    one = build([seeds_dir / "000_eee401c34136a58a.txt"], tmp_path / "a", progress=False)
    two = build([seeds_dir / "000_eee401c34136a58a.txt"], tmp_path / "b", progress=False)
    assert one.statements == two.statements > 0
    assert to_isomorphic(_doc_graphs(tmp_path / "a" / "graph.trig")) == to_isomorphic(_doc_graphs(tmp_path / "b" / "graph.trig"))
    again = build([seeds_dir / "000_eee401c34136a58a.txt"], tmp_path / "a", progress=False)
    assert again.unchanged == 1 and again.added == 0 and again.statements == one.statements


def test_a_change_to_the_extractors_code_re_reads_every_article(tmp_path, monkeypatch):
    # the extraction run is named by what decides the statements, the rules' code among it: a rebuild
    # after the rules changed must not keep statements the old rules made (it did, for code changes)
    import kg.config
    from kg.build import build

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Angela Merkel called for a ceasefire.", encoding="utf-8")
    build([src], tmp_path / "g", progress=False)
    assert build([src], tmp_path / "g", progress=False).unchanged == 1
    monkeypatch.setattr(kg.config, "extractor_code_hash", lambda: b"the rules as changed")
    again = build([src], tmp_path / "g", progress=False)
    assert again.unchanged == 0 and again.documents == 1 and again.statements >= 1


def test_halves_equal_whole(tmp_path, seeds_dir, seeds_graph):
    from kg.build import build

    files = sorted(seeds_dir.glob("*.txt"))
    build(files[:2], tmp_path / "h", progress=False)
    build(files[2:], tmp_path / "h", progress=False)
    from kg.validate import validate

    assert validate(tmp_path / "h").conforms  # an incremental build conforms too
    assert to_isomorphic(_doc_graphs(tmp_path / "h" / "graph.trig")) == to_isomorphic(_doc_graphs(seeds_graph / "graph.trig"))


def test_edited_document_replaces_its_graph(tmp_path):
    from kg.build import build

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Angela Merkel called for a ceasefire.", encoding="utf-8")
    build([src], tmp_path / "g", progress=False)
    (src / "a.txt").write_text("Angela Merkel rejected the truce.", encoding="utf-8")
    rep = build([src], tmp_path / "g", progress=False)
    assert rep.replaced == 1 and rep.documents == 1
    assert [(r["actor"], r["relation"]) for r in rows(tmp_path / "g")] == [("Angela Merkel", "rejects")]


def test_a_quote_and_its_quotation_survive_the_graph(tmp_path):
    # written for this test: a quotation over two sentences; the statement's quote is the first
    # sentence's words, the export's offsets the whole quotation's, and a row read back (as a
    # review rebuild does) is the same record
    from kg.build import build
    from kg.ingest import read_paths
    from kg.review.graph import to_statement

    src = tmp_path / "in"
    src.mkdir()
    text = ('"The tax on pensioners has been with us for a long time," Charles Kennedy said on Monday. '
            '"We will make the case for a fairer system in every seat in the country."')
    (src / "a.txt").write_text(text, encoding="utf-8")
    build([src], tmp_path / "g", progress=False)
    cut = [r for r in rows(tmp_path / "g") if r["quote"] and text[r["quote_start"]:r["quote_end"]] != r["quote"]]
    assert cut and all(r["quote"].startswith("The tax on pensioners") and "Monday" not in r["quote"] for r in cut)
    assert all(text[r["quote_start"]:r["quote_end"]].endswith("in the country.") for r in cut)
    doc = next(d for d in read_paths([src]) if hasattr(d, "text"))
    st = to_statement(cut[0], doc, {}, "https://example.org/")
    assert st.quote.text == cut[0]["quote"] and text[st.quote.start:st.quote.end] == st.quote.text
    assert (st.quotation.start, st.quotation.end) == (cut[0]["quote_start"], cut[0]["quote_end"])


def test_remove_document(tmp_path):
    from kg.build import build, remove

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Angela Merkel called for a ceasefire.", encoding="utf-8")
    (src / "b.txt").write_text("Vladimir Putin rejected the truce.", encoding="utf-8")
    build([src], tmp_path / "g", progress=False)
    rep = remove(tmp_path / "g", ["a"])
    assert rep.removed == 1
    assert {r["doc"] for r in rows(tmp_path / "g")} == {"b"}


def kg_cli(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, **kw)


def test_cli_query_table(seeds_graph):
    res = kg_cli("query", str(seeds_graph), "SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Statement }")
    assert res.returncode == 0, res.stderr
    n = len(rows(seeds_graph))
    assert res.stdout.splitlines()[2].strip() == str(n)


def test_cli_query_file_and_json(seeds_graph, tmp_path):
    q = tmp_path / "q.rq"
    q.write_text("SELECT ?label WHERE { ?a a kg:Actor ; rdfs:label ?label } ORDER BY ?label")
    res = kg_cli("query", str(seeds_graph), "-f", str(q), "--format", "json")
    assert res.returncode == 0, res.stderr
    labels = [b["label"]["value"] for b in json.loads(res.stdout)["results"]["bindings"]]
    assert "Vladimir Putin" in labels


def test_cli_malformed_sparql(seeds_graph):
    res = kg_cli("query", str(seeds_graph), "SELECT ?x WHERE { ?x ?y }")
    assert res.returncode == 2
    assert "malformed SPARQL" in res.stderr and "Traceback" not in res.stderr


def test_cli_positions(seeds_graph):
    res = kg_cli("positions", str(seeds_graph), "--topic", "ceasefire")
    assert res.returncode == 0, res.stderr
    lines = res.stdout.splitlines()
    assert lines[0].split()[:2] == ["actor", "stance"]
    putin = next(line for line in lines if line.startswith("Vladimir Putin"))
    assert putin.split()[2] in {"for", "against", "mixed", "conditional"}


def test_cli_unknown_topic_suggests(seeds_graph):
    res = kg_cli("positions", str(seeds_graph), "--topic", "ceasfire")
    assert res.returncode == 2 and "ceasefire" in res.stderr


def test_cli_no_graph(tmp_path):
    res = kg_cli("query", str(tmp_path), "SELECT * WHERE { ?s ?p ?o }")
    assert res.returncode == 2 and "no graph here" in res.stderr


def test_parameter_is_bound_not_spliced(seeds_graph):
    import kg
    from kg.errors import QueryError

    g = kg.open(seeds_graph)
    with pytest.raises(QueryError):
        g.ask("positions", topic='"} ; DROP ALL ; {')
    assert len(g.ask("positions", topic="ceasefire")) > 0


def test_two_processes_give_the_same_statements(tmp_path, seeds_dir, seeds_graph):
    from kg.build import build
    from kg.config import Settings

    build([seeds_dir], tmp_path / "p2", Settings.from_env(n_process=2), progress=False)
    one = (seeds_graph / "statements.jsonl").read_text(encoding="utf-8")
    two = (tmp_path / "p2" / "statements.jsonl").read_text(encoding="utf-8")
    assert one == two


def test_position_input_scans_equal_the_sparql(seeds_graph):
    """The positions are computed from index scans joined in Python; they must
    give exactly the rows of the documented SPARQL query."""
    from kg import store as st
    from kg.export import select
    from kg.positions import POSITION_INPUT, position_input

    store = st.open_read(seeds_graph)
    key = lambda r: tuple(str(v) for v in r.values())  # noqa: E731
    want = sorted(map(key, select(store, POSITION_INPUT)))
    assert len(want) > 50
    assert sorted(map(key, position_input(store))) == want


def test_cli_build_processes_flag(tmp_path):
    (tmp_path / "a.txt").write_text("Russia rejected the ceasefire proposal on Monday.", encoding="utf-8")
    bad = kg_cli("build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "g"), "-j", "0")
    assert bad.returncode != 0 and "--processes 0" in bad.stderr
    ok = kg_cli("build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "g"), "-j", "2", "-q")
    assert ok.returncode == 0, ok.stderr
    assert "rejects" in (tmp_path / "g" / "statements.jsonl").read_text(encoding="utf-8")


def test_learned_model_path_agrees():
    """kg.config names the learned model's file without importing kg.extract (spaCy)."""
    from kg.config import LEARNED_MODEL
    from kg.extract.learned import MODEL_PATH

    assert LEARNED_MODEL == MODEL_PATH


@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(1, 5000), min_size=1, max_size=60), st.integers(1, 12), st.integers(1, 16))
def test_parallel_batches_keep_order_and_balance_text(lengths, n, most):
    from kg.extract import balanced_chunks
    from kg.records import Document

    docs = [Document(id=str(i), text="x" * k, content_hash=str(i)) for i, k in enumerate(lengths)]
    chunks = balanced_chunks(docs, n, most)
    assert [d for c in chunks for d in c] == docs and all(1 <= len(c) <= most for c in chunks)
    share = sum(lengths) / n
    # a batch holds more than twice its share only when one document alone is that long
    assert all(len(c) == 1 or sum(len(d.text) for d in c) <= 2 * share + max(len(d.text) for d in c) for c in chunks)
