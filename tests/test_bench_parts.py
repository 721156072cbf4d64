"""The bench's own code runs (its timings stay outside the default run, in bench/): a part that
calls into kg's build is exercised on a few synthetic statements, so a change to kg's internals
cannot leave the bench broken unnoticed (one did: _finish came to take a Work, not a store)."""
from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT


def run_part(*args: str) -> dict:
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "bench.py"), "--part", *args],
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_store_part_loads_like_a_build_and_answers_every_question():
    r = run_part("store", "200", "oxigraph", "1")
    assert r["statements"] == 200 and r["quads"] > 200 * 10
    assert set(r["latency_ms"]) >= {"positions", "actor", "agreement (summary)", "statements per relation"}
    assert r["rows"]["statements per relation"] > 0


def test_the_views_part_writes_a_graph_view():
    r = run_part("views", "100")
    assert r["nodes"] >= 90 and r["edges"] > 0 and r["size_kb"] > 0
