"""``kg build``: files → statements → the store → exports, incrementally.

The same document (same id, same text, same extractor) is skipped; an edited
one (same id, new text) or one extracted by another extractor version is
replaced. After every build, graph.trig, statements.jsonl and graph.html in
the graph directory describe everything in it.
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pyoxigraph as ox
from pyoxigraph import Quad

from kg import __version__, cluster
from kg.config import Settings
from kg.export import dump_to, select, statement_rows, to_jsonl
from kg.ingest import Problem, read_paths
from kg.lexicon import load_lexicon
from kg.load import load_nquads
from kg.rdf import KG, PROV, RDF, XSD, GraphWriter, Minter, lit, n, short_hash
from kg.records import Document, Statement
from kg import store as st
from kg.errors import StoreError
from kg.stores import Location, Server, locate
from kg.work import EXISTING, FolderWork, Work



@dataclass
class BuildReport:
    out: Path | str  # a graph directory or a server URL
    documents: int = 0  # in the graph after the build
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    removed: int = 0
    sentences: int = 0  # in the documents extracted by this build
    statements: int = 0  # in the graph after the build
    by_relation: dict[str, int] = field(default_factory=dict)
    actors: int = 0
    topics: int = 0
    positions: int = 0
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was assumed (encodings)
    seconds: float = 0.0
    fetched: int | None = None  # bytes read from a server (None: a folder)

    def lines(self) -> list[str]:
        out = [f"graph: {self.out}",
               f"documents: {self.documents} ({self.added} added, {self.replaced} replaced, "
               f"{self.unchanged} unchanged{f', {self.removed} removed' if self.removed else ''})",
               f"sentences extracted: {self.sentences}",
               f"statements: {self.statements}"]
        out += [f"  {rel:<11} {k}" for rel, k in self.by_relation.items()]
        out += [f"actors: {self.actors}", f"topics: {self.topics}", f"positions: {self.positions}",
                f"time: {self.seconds:.1f} s"]
        if self.fetched is not None:
            out.append(f"read from the server: {self.fetched:,} bytes")
        out += [f"note: {n}" for n in self.notes]
        for p in self.problems:
            out.append(f"skipped {p.path}: {p.message}")
        return out


def _progress(total: int) -> Callable[[int, str], None]:
    """A one-line progress bar on stderr (quiet when stderr is not a terminal)."""
    tty = sys.stderr.isatty()

    def show(done: int, name: str) -> None:
        if not tty or total == 0:
            return
        width = 30
        k = int(width * done / total)
        sys.stderr.write(f"\r[{'#' * k}{'.' * (width - k)}] {done}/{total} {name[:40]:<40}")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def build(paths: Iterable[str | Path], out: str | Path, settings: Settings | None = None,
          progress: bool = True) -> BuildReport:
    """Extract the documents under ``paths`` into the graph at ``out``: a
    directory, or a SPARQL server's query endpoint URL (kg.stores)."""
    t0 = time.perf_counter()
    settings = settings or Settings.from_env()
    loc = locate(out)
    report = BuildReport(out=out)
    docs: list[Document] = []
    for item in read_paths([Path(p) for p in paths], settings.max_bytes):
        if isinstance(item, Problem):
            report.problems.append(item)
        else:
            docs.append(item)
            if item.encoding.lower().replace("_", "-") not in {"utf-8", "ascii", "utf-8-sig"}:
                report.notes.append(f"{item.source or item.id}: not UTF-8; decoded as {item.encoding}")
    ahead = cluster.forks(settings) and _likely_to_extract(loc, docs, settings) > 1
    with cluster.ahead(settings, wanted=ahead):  # workers forked before the store is opened
        _change(loc, report, lambda work: _apply(work, docs, settings, report, progress), settings.base)
    report.seconds = time.perf_counter() - t0
    return report


def _likely_to_extract(loc: Location, docs: list[Document], settings: Settings) -> int:
    """How many of ``docs`` the published graph does not hold as they are (the
    documents ``_apply`` will extract, unless another build publishes first):
    parallel workers are started before the store is opened only when there is
    work for them, so a rebuild that changes nothing starts no cluster. The
    store read here is closed before any worker forks."""
    if len(docs) < 2 or loc.folder is None or not loc.exists():
        return len(docs)
    run = Minter(settings.base).activity(settings).value
    store = loc.open_read()
    rows = FolderWork(store).existing((d.id for d in docs), (d.content_hash for d in docs))
    held = {(r["id"], r["hash"]) for r in rows if r["run"] == run}
    del store
    return sum((d.id, d.content_hash) not in held for d in docs)


def build_records(records: Iterable[tuple[Document, list[Statement]]], out: str | Path,
                  settings: Settings | None = None) -> BuildReport:
    """Write statements made elsewhere (hand-coded, imported from another tool)
    into a graph directory, as a build would: positions, ontology, exports."""
    settings = settings or Settings.from_env()
    loc = locate(out)
    report = BuildReport(out=out)
    def change(work: Work) -> None:
        writer = GraphWriter(settings, collect=work.collect_rows())
        ids: list[str] = []

        def chunks() -> Iterator[str]:
            for doc, statements in records:
                ids.append(doc.id)
                report.added += 1
                yield writer.document_nquads(doc, statements)

        load_nquads(work.store, chunks())
        _finish(work, settings, report, ids, writer.position_rows if writer.collect else None)

    _change(loc, report, change, settings.base)
    return report


def remove(out: str | Path, doc_ids: Iterable[str], settings: Settings | None = None) -> BuildReport:
    """Drop documents (by id) and their statements; positions are refreshed."""
    settings = settings or Settings.from_env()
    loc = locate(out)
    if not loc.exists():
        raise StoreError(f"{out}: no graph here")
    report = BuildReport(out=out)
    wanted = set(doc_ids)

    def change(work: Work) -> None:
        found = set()
        for row in work.existing(wanted, ()):
            if row["id"] in wanted:
                work.drop(row["g"])
                found.add(row["id"])
                report.removed += 1
        for missing in sorted(wanted - found):
            report.problems.append(Problem(missing, "no document with this id in the graph"))
        _finish(work, settings, report, [])

    _change(loc, report, change, settings.base)
    return report


def _write(loc: Location, report: BuildReport, change: Callable[[ox.Store], None], base: str) -> None:
    """Change a working copy of the graph, count it (and export it, for a
    folder), then publish it whole: a failure anywhere leaves the previous
    graph as it was (kg.stores)."""
    with loc.writing(base) as gen:
        with gen.changing() as store:
            change(store)
        view = gen.view()
        _count_and_export(view, report, loc.folder)
        del view
        gen.publish()
    if loc.folder is not None:
        _replace_exports(loc.folder)


def _change(loc: Location, report: BuildReport, change: Callable[[Work], None], base: str) -> None:
    """A build's change, on a folder's working copy (``_write``) or against a
    server, sent as one update (kg.delta) and counted there once applied."""
    if not isinstance(loc, Server):
        _write(loc, report, lambda store: change(FolderWork(store)), base)
        return
    from kg.delta import server_counts

    with loc.delta(base) as work:
        change(work)
        work.publish(Minter(base))
    try:
        server_counts(work.remote, report, Minter(base))
    except StoreError as exc:  # the update is applied: the build did not fail, its count did
        report.notes.append(f"the build is on the server, but its counts could not be read: {exc}")
    report.fetched = work.remote.received


def _apply(work: Work, docs: list[Document], settings: Settings, report: BuildReport, progress: bool) -> None:
    from kg.extract import ExtractionFailure, extract

    mint = Minter(settings.base)
    run = mint.activity(settings).value
    existing: dict[str, list[tuple[str, str, str]]] = {}
    for row in work.existing((d.id for d in docs), (d.content_hash for d in docs)):
        existing.setdefault(row["id"], []).append((row["g"], row["hash"], row["run"]))
    todo: list[Document] = []
    by_hash = {h: i for i, rows in existing.items() for _, h, _ in rows}
    for d in docs:
        other = by_hash.get(d.content_hash)
        if other is not None and other != d.id:  # one text, two ids: one graph IRI, so keep the first
            report.problems.append(Problem(d.source or d.id, f"same text as document {other!r} already in the graph"))
            continue
        olds = existing.get(d.id, [])
        if any(h == d.content_hash and r == run for _, h, r in olds):
            report.unchanged += 1
            continue
        todo.append(d)
        by_hash[d.content_hash] = d.id
    show = _progress(len(todo)) if progress else (lambda done, name: None)
    writer = GraphWriter(settings, collect=work.collect_rows())
    added_ids = []

    def chunks() -> Iterator[str]:
        for i, (doc, statements, n_sent) in enumerate(extract(todo, settings), 1):
            show(i, doc.id)
            if isinstance(statements, ExtractionFailure):  # its old graph, if any, stays
                report.problems.append(Problem(doc.source or doc.id, statements.message))
                continue
            for g, _, _ in existing.get(doc.id, []):  # an edited document's old graph goes before the new one
                work.drop(g)
            if existing.get(doc.id):
                report.replaced += 1
            else:
                report.added += 1
            report.sentences += n_sent
            added_ids.append(doc.id)
            yield writer.document_nquads(doc, statements)

    load_nquads(work.store, chunks())
    _finish(work, settings, report, added_ids, writer.position_rows if writer.collect else None)


def _finish(work: Work, settings: Settings, report: BuildReport, added: list[str],
            rows: list[dict] | None = None) -> None:
    """Reviewers' decisions re-applied (kg review), then the positions (from
    ``rows`` when given and no decision rewrote a statement, else read from the
    store), the ontology graph and the build's record."""
    notes, rewrote = work.reviews(report.out, settings)
    report.notes += notes
    if rewrote:  # decisions rewrote some documents' statements: the writer's rows are stale
        rows = None
    mint = Minter(settings.base)
    lex = load_lexicon(settings.ontology)
    report.positions = work.positions(mint, lex, rows)
    work.replace_graph(mint.ontology_graph, settings.ontology / "kg.ttl", ox.RdfFormat.TURTLE)
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    b = n(f"{mint.base}build/{short_hash(now, *added)}")
    g = mint.runs_graph
    work.store.extend([
        Quad(b, n(RDF + "type"), n(PROV + "Activity"), g),
        Quad(b, n(RDF + "type"), n(KG + "Build"), g),
        Quad(b, n(PROV + "startedAtTime"), lit(now, XSD + "dateTime"), g),
        Quad(b, n(PROV + "used"), mint.activity(settings), g),
        Quad(b, n(KG + "softwareVersion"), lit(__version__), g),
        Quad(b, n(KG + "documentsExtracted"), lit(len(added)), g),
        Quad(b, n(KG + "settings"), lit(settings.as_json()), g),
    ])


def _summarise(store: ox.Store, report: BuildReport) -> list[dict]:
    """The report's counts, from the graph as it will be published."""
    rows = statement_rows(store)
    report.statements = len(rows)
    report.by_relation = dict(sorted(Counter(r["relation"] for r in rows).items()))
    report.documents = len(select(store, EXISTING))
    report.actors = len({r["actor_iri"] for r in rows})
    report.topics = len({r["target_iri"] for r in rows if r["target_iri"] and "/topic/" in r["target_iri"]})
    return rows


def _export(out: Path, gen: Path, report: BuildReport) -> None:
    """Count and export a sealed generation, for callers that manage generations
    themselves (kg.review.graph.publish)."""
    store = ox.Store.read_only(str(gen))
    _count_and_export(store, report, out)
    del store


def _count_and_export(store: ox.Store, report: BuildReport, out: Path | None) -> list[dict]:
    """Count the graph as it will be published and, for a folder (``out``),
    write the three exports next to the store (as temporary files). The TriG
    file is written by Oxigraph straight to disk in a second thread (it
    releases the GIL), while this one reads the statement rows: the two reads
    of the store overlap on two cores and the TriG text never passes through
    Python."""
    import threading

    from kg.viz import write_view

    failed: list[BaseException] = []
    th = None
    if out is not None:
        def trig() -> None:
            try:
                dump_to(store, out / ".graph.trig.new", "trig")
            except BaseException as exc:  # noqa: BLE001 - re-raised in the build's thread below
                failed.append(exc)

        th = threading.Thread(target=trig, name="kg-trig-export")
        th.start()
    try:
        rows = _summarise(store, report)
        if out is not None:
            st.atomic_write(out / ".statements.jsonl.new", to_jsonl(rows))
            write_view(rows, out / ".graph.html.new", title="kg: who stands where")
    finally:
        if th is not None:
            th.join()
    if failed:
        raise failed[0]
    return rows


def _replace_exports(out: Path) -> None:
    import os

    for name in ("graph.trig", "statements.jsonl", "graph.html"):
        tmp = out / f".{name}.new"
        if tmp.exists():
            os.replace(tmp, out / name)
