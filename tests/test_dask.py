"""Extraction on Dask: a local cluster of two worker processes on loopback
makes the statements of a one-process build; a worker killed mid-build fails
the build with a clear message and leaves the previous graph whole."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def statement_iris(out) -> frozenset[str]:
    import kg

    return frozenset(r["st"] for r in kg.open(out).query("SELECT DISTINCT ?st WHERE { ?st a kg:Statement }"))


def test_local_cluster_makes_the_statements_of_one_process(tmp_path, seeds_dir, seeds_graph):
    out = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(seeds_dir), "-o", str(tmp_path / "g"),
                          "--workers", "2", "-q"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    jsonl = (tmp_path / "g" / "statements.jsonl").read_text(encoding="utf-8")
    assert jsonl == (seeds_graph / "statements.jsonl").read_text(encoding="utf-8") and jsonl.count("\n") > 30


@pytest.fixture
def fragile_cluster():
    """Two workers on loopback whose scheduler gives up on a batch at the first
    worker death (Dask would otherwise retry it elsewhere)."""
    import dask
    from distributed import Client, LocalCluster

    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        with LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None) as cluster:
            with Client(cluster) as client:
                yield cluster.scheduler_address, client


def test_worker_killed_mid_build_loses_nothing(tmp_path, fragile_cluster, seeds_graph):
    from kg.build import build

    address, client = fragile_cluster
    out = tmp_path / "g"
    build(SEEDS[:2], out, progress=False)
    before = statement_iris(out)
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", *map(str, SEEDS), "-o", str(out),
                             "--scheduler", address, "-q"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    pids = client.run(os.getpid)
    victim = None
    deadline = time.monotonic() + 120
    while victim is None and time.monotonic() < deadline and proc.poll() is None:
        busy = [w for w, tasks in client.processing().items() if tasks]
        victim = pids.get(busy[0]) if busy else None
        time.sleep(0.02)
    assert victim is not None, "no batch ever ran"
    os.kill(victim, signal.SIGKILL)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 2, err
    assert "Dask workers of " + address in err and "died" in err, err
    assert statement_iris(out) == before  # the previous graph, whole
    # the nanny restarts the worker (its pipeline loaded again); the next build finishes the job
    client.wait_for_workers(2, timeout=120)
    again = subprocess.run([sys.executable, "-m", "kg.cli", "build", *map(str, SEEDS), "-o", str(out),
                            "--scheduler", address, "-q"], capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert statement_iris(out) == statement_iris(seeds_graph)


def test_local_workers_fork_before_the_store_opens_and_only_for_work(tmp_path, seeds_dir, seeds_graph, monkeypatch):
    """Workers forked after the store was opened would inherit it (open files,
    the storage engine's threads): a build starts them first, and a rebuild
    whose documents are all in the graph starts none."""
    from contextlib import contextmanager

    import kg.store as st
    from kg import cluster
    from kg.build import build
    from kg.config import Settings

    events: list[str] = []

    @contextmanager
    def start(settings):
        events.append("workers")
        yield cluster.Workers(2, lambda fn, items: map(fn, items))  # in this process: the order is what counts

    new_generation = st.new_generation

    @contextmanager
    def generation(path):
        events.append("store")
        with new_generation(path) as opened:
            yield opened

    monkeypatch.setattr(cluster, "_start", start)
    monkeypatch.setattr(st, "new_generation", generation)
    settings, out = Settings.from_env(n_process=2), tmp_path / "g"
    build([seeds_dir], out, settings, progress=False)
    assert events == ["workers", "store"]
    assert (out / "statements.jsonl").read_text(encoding="utf-8") == \
        (seeds_graph / "statements.jsonl").read_text(encoding="utf-8")
    events.clear()
    build([seeds_dir], out, settings, progress=False)
    assert events == ["store"]
