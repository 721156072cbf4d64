"""Bench parts for loading: a whole build of ready-made statements against
pyoxigraph's bulk loader on the same quads, each in its own process (bench.py
runs them), so each peak RSS is that part's own."""
from __future__ import annotations

import resource
import shutil
import tempfile
import time
from pathlib import Path


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def part_whole(n: str, nq_path: str) -> dict:
    """``kg.build.build_records`` of the synthetic statements, exports included
    (graph.trig, statements.jsonl, graph.html); the published store is then
    dumped as N-Quads to ``nq_path`` (not timed) for the baseline."""
    import pyoxigraph as ox

    from bench import synthetic_records
    from kg import store as st
    from kg.build import build_records

    out = Path(tempfile.mkdtemp(prefix="kg-bench-whole-"))
    try:
        t0 = time.perf_counter()
        report = build_records(synthetic_records(int(n)), out)
        seconds = time.perf_counter() - t0
        rss = peak_rss_mb()
        store = st.open_read(out)
        quads = len(store)
        store.dump(nq_path, format=ox.RdfFormat.N_QUADS)
        exports_mb = sum((out / f).stat().st_size for f in ("graph.trig", "statements.jsonl", "graph.html")) / 1e6
    finally:
        shutil.rmtree(out, ignore_errors=True)
    return {"statements": report.statements, "quads": quads, "seconds": seconds, "rss_mb": rss,
            "exports_mb": exports_mb}


def part_bulkload(nq_path: str) -> dict:
    """The baseline: pyoxigraph's bulk loader reading the same quads from an
    N-Quads file into a new on-disk store (default settings, one call)."""
    import pyoxigraph as ox

    folder = Path(tempfile.mkdtemp(prefix="kg-bench-bulk-"))
    try:
        t0 = time.perf_counter()
        store = ox.Store(str(folder / "store"))
        store.bulk_load(path=nq_path, format=ox.RdfFormat.N_QUADS)
        store.flush()
        seconds = time.perf_counter() - t0
        quads = len(store)
        del store
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {"quads": quads, "seconds": seconds, "rss_mb": peak_rss_mb()}


def load_like_a_build(folder: Path, n_st: int) -> None:
    """Load as a build does, minus the file exports (measured in part_whole): a
    new store generation, the writer's N-Quads streamed into the bulk loader,
    positions and summaries from the writer's rows, ontology, publish."""
    from bench import synthetic_records
    from kg import store as st
    from kg.build import BuildReport, _finish
    from kg.config import Settings
    from kg.load import load_nquads
    from kg.rdf import GraphWriter
    from kg.work import FolderWork

    settings = Settings.from_env()
    with st.lock(folder):
        with st.new_generation(folder) as (store, gen):
            writer = GraphWriter(settings, collect=True)
            load_nquads(store, (writer.document_nquads(doc, sts) for doc, sts in synthetic_records(n_st)))
            _finish(FolderWork(store), settings, BuildReport(out=folder), [], writer.position_rows)
        st.publish(folder, gen)
