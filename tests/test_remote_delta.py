"""A build against a server reads only what it needs (kg.delta), and an
incremental build there gives the graph a folder's build gives: the same
answers to every ready-made question, the same statements, the same derived
graphs, the same report."""
from __future__ import annotations

import hashlib
import json
import random
import shutil

from conftest import ROOT
from sparql_servers import oxigraph
from test_remote_store import answers

from kg.remote import SparqlClient

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
FOREIGN = """INSERT DATA { GRAPH <urn:x:doc> { <urn:x:doc> a kg:Document ; dcterms:identifier "%s" ;
  kg:contentHash "0" ; prov:wasGeneratedBy <urn:x:run> } }"""
REPORTED = ("documents", "added", "replaced", "unchanged", "removed", "statements", "by_relation", "actors",
            "topics", "positions")


def graph_of(target, name: str) -> list[str]:
    """One derived graph's triples, sorted (positions, summary)."""
    import kg

    rows = kg.open(target).query(f"SELECT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRENDS(STR(?g), '/graph/{name}')) }}")
    return sorted(json.dumps(r, sort_keys=True) for r in rows)


def same_graph(folder, url) -> None:
    from kg.export import statement_rows
    from kg.query import Graph

    assert answers(url) == answers(folder)
    rows = lambda t: sorted(json.dumps(r, sort_keys=True) for r in statement_rows(Graph.open(t).store))  # noqa: E731
    assert rows(url) == rows(folder)
    for name in ("positions", "summary", "entities", "ontology"):
        assert graph_of(url, name) == graph_of(folder, name), name


def reported(report) -> dict:
    return {k: getattr(report, k) for k in REPORTED}


def copy_seeds(dst, seeds) -> None:
    dst.mkdir(parents=True, exist_ok=True)
    for p in seeds:
        shutil.copy(p, dst / p.name)
        shutil.copy(p.with_name(p.stem + ".meta.json"), dst / (p.stem + ".meta.json"))


def test_two_step_build_equals_the_folder(tmp_path):
    """Build A, then B (new documents, one unchanged, one edited), then a
    removal: after each step the server answers as the folder does."""
    from kg.build import build, remove

    a, b = tmp_path / "a", tmp_path / "b"
    copy_seeds(a, SEEDS[:3])
    copy_seeds(b, SEEDS[2:])
    edited = b / SEEDS[0].name  # same id as A's first document, a sentence more
    edited.write_text(SEEDS[0].read_text(encoding="utf-8") + "\nRussia rejected the ceasefire.\n", encoding="utf-8")
    folder = tmp_path / "folder"
    with oxigraph(tmp_path / "db") as server:
        client = SparqlClient(server.url)
        client.run_update(FOREIGN % SEEDS[0].stem)  # not kg's: neither replaced nor counted
        for step in ([a], [b]):
            here, there = build(step, folder, progress=False), build(step, server.url, progress=False)
            assert reported(there) == reported(here)
            same_graph(folder, server.url)
        assert (there.added, there.replaced, there.unchanged) == (2, 1, 1)
        here, there = remove(folder, [SEEDS[1].stem]), remove(server.url, [SEEDS[1].stem])
        assert reported(there) == reported(here) and there.removed == 1
        same_graph(folder, server.url)
        with client.query("ASK { GRAPH <urn:x:doc> { ?s ?p ?o } }", accept="application/sparql-results+json") as r:
            assert json.load(r)["boolean"]


def synthetic(n_docs: int, seed: int = 1):
    """Documents of ten statements on a few hundred actors and topics, among
    them the seeds' own (Russia, ceasefire), so a later build shares them."""
    from kg.records import Actor, Document, Relation, Span, Statement, Topic

    rng = random.Random(seed)
    actors = [Actor("Russia", "country"), Actor("Ukraine", "country")] + [Actor(f"Actor {i}") for i in range(200)]
    topics = [Topic("ceasefire", True), Topic("sanctions", True)] + [Topic(f"topic {i}") for i in range(100)]
    rels = list(Relation)
    for d in range(n_docs):
        sents = [f"Sentence {k} of document {d}, where someone said something about an issue." for k in range(10)]
        text = " ".join(sents)
        doc = Document(id=f"syn{d}", text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(),
                       outlet=f"Outlet {d % 7}", published=f"2025-05-{1 + d % 28:02d}")
        sts, pos = [], 0
        for s in sents:
            rel = rng.choice(rels)
            target = rng.choice(actors) if rel.value in {"accuses", "praises", "consults"} else rng.choice(topics)
            sts.append(Statement(doc_id=doc.id, sentence=Span(pos, pos + len(s), s), actor=rng.choice(actors),
                                 relation=rel, target=target, actor_span=Span(pos, pos + 8, s[:8]),
                                 condition_of=rng.choice(topics) if rel.value == "conditions" else None,
                                 addressee=rng.choice(actors) if rel.value == "threatens" else None,
                                 confidence=0.5))
            pos += len(s) + 1
        yield doc, sts


def test_a_small_build_reads_a_small_part_of_the_server(tmp_path):
    """A one-document build against a server holding a larger graph reads a
    small fraction of what copying the graph would (the old way), and the
    graph it leaves is the folder's."""
    from kg.build import build, build_records
    from kg.remote import RemoteStore
    from kg.config import Settings

    folder = tmp_path / "folder"
    with oxigraph(tmp_path / "db") as server:
        build_records(synthetic(300), folder)
        build_records(synthetic(300), server.url)
        here, there = build(SEEDS[:1], folder, progress=False), build(SEEDS[:1], server.url, progress=False)
        assert reported(there) == reported(here)
        same_graph(folder, server.url)
        remote = RemoteStore(server.url, Settings.from_env().base)
        copied = sum(1 for _ in remote.quads(remote.base))  # what a build used to read: every quad
        print(f"\nsmall build read {there.fetched:,} bytes; a copy of the graph ({copied:,} quads) {remote.received:,}")
        assert there.fetched * 20 < remote.received
