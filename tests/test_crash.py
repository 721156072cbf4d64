"""Crash safety: a build killed with SIGKILL at any moment leaves the
previous graph complete, the next build finishes the job, and readers during
a build see the old graph or the new one, never half of one."""
from __future__ import annotations

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


def start_build(paths, out) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg.cli", "build", *map(str, paths), "-o", str(out), "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.fixture(scope="module")
def states(tmp_path_factory):
    """The graph before (two seeds) and after (all five), built cleanly."""
    from kg.build import build

    before, after = tmp_path_factory.mktemp("before"), tmp_path_factory.mktemp("after")
    build(SEEDS[:2], before, progress=False)
    build(SEEDS, after, progress=False)
    return statement_iris(before), statement_iris(after)


@pytest.mark.parametrize("delay", [0.3, 1.5, 3.0, 4.5])
def test_sigkill_mid_build_loses_nothing(tmp_path, states, delay):
    import rdflib

    from kg.build import build

    old, new = states
    out = tmp_path / "g"
    build(SEEDS[:2], out, progress=False)
    proc = start_build(SEEDS, out)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    now = statement_iris(out)
    assert now in (old, new)                       # the previous graph, complete (or the finished new one)
    rdflib.Dataset().parse(out / "graph.trig", format="trig")  # exports are whole files
    report = build(SEEDS, out, progress=False)   # the next build finishes the job
    assert statement_iris(out) == new
    assert report.added + report.unchanged + report.replaced == len(SEEDS)


def test_readers_see_old_or_new_never_half(tmp_path, states):
    from kg.build import build
    from kg.errors import StoreError

    old, new = states
    out = tmp_path / "g"
    build(SEEDS[:2], out, progress=False)
    proc = start_build(SEEDS, out)
    seen = set()
    while proc.poll() is None:
        try:
            seen.add(statement_iris(out))
        except StoreError as exc:  # never expected: a reader must always find a published graph
            pytest.fail(f"reader failed during a build: {exc}")
        time.sleep(0.05)
    assert proc.returncode == 0, proc.stderr.read()
    seen.add(statement_iris(out))
    assert seen <= {old, new} and new in seen
