"""--store URL: a SPARQL 1.1 server in place of the graph folder, against
Oxigraph's server (and Virtuoso's where Debian's package is installed), both
started here on loopback: the same questions, the same answers; a build that
loses its server mid-way changes nothing."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import pytest

from conftest import ROOT
from sparql_servers import free_port, oxigraph, virtuoso, wait_until_up

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
PARAMS = {"positions": {"topic": "ceasefire"}, "timeline": {"topic": "ceasefire"}, "actor": {"actor": "Russia"}}


def kg_cli(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, check=check,
                          timeout=300)


def answers(target) -> dict[str, list]:
    """Every ready-made question's rows, order-free (engines order ties differently)."""
    import kg
    from kg.query import ready_queries

    g = kg.open(target)
    return {name: sorted(json.dumps(r, sort_keys=True) for r in g.ask(name, **PARAMS.get(name, {})))
            for name in ready_queries()}


def statement_iris(target) -> frozenset[str]:
    import kg

    return frozenset(r["st"] for r in kg.open(target).query("SELECT DISTINCT ?st WHERE { ?st a kg:Statement }"))


@pytest.fixture(scope="module")
def oxi(tmp_path_factory, seeds_dir):
    """Oxigraph's server holding the seeds, built through --store."""
    with oxigraph(tmp_path_factory.mktemp("oxigraph")) as server:
        out = kg_cli("build", str(seeds_dir), "--store", server.url, "-q")
        assert "documents: 5 (5 added" in out.stdout
        yield server.url


def test_same_answers_as_the_folder(oxi, seeds_graph):
    from kg.export import statement_rows
    from kg.query import Graph

    here, there = answers(seeds_graph), answers(oxi)
    assert all(here.values()) and here == there
    assert statement_rows(Graph.open(oxi).store) == statement_rows(Graph.open(seeds_graph).store)


def test_cli_reads_the_server(oxi, seeds_graph, tmp_path):
    ask = ["ask", "positions", "--param", "topic=ceasefire", "--format", "csv"]
    there = kg_cli(ask[0], "--store", oxi, *ask[1:]).stdout
    assert sorted(there.splitlines()) == sorted(kg_cli(ask[0], str(seeds_graph), *ask[1:]).stdout.splitlines())
    assert "Vladimir Putin" in there
    exported = kg_cli("export", "--store", oxi, "--format", "jsonl").stdout
    assert exported == (seeds_graph / "statements.jsonl").read_text(encoding="utf-8")
    out = kg_cli("view", "--store", oxi, "-o", str(tmp_path / "v.html")).stdout
    assert out.startswith(f"wrote {tmp_path / 'v.html'}:") and ": 0 nodes" not in out


def test_kg_serve_in_front_of_the_server(oxi):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", oxi, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        url = f"http://127.0.0.1:{port}/sparql"
        wait_until_up(url, proc)
        q = urllib.parse.urlencode({"query": "SELECT (COUNT(DISTINCT ?st) AS ?n) WHERE { ?st a kg:Statement }"})
        with urllib.request.urlopen(f"{url}?{q}", timeout=30) as r:
            n = int(json.load(r)["results"]["bindings"][0]["n"]["value"])
        assert n == len(statement_iris(oxi)) > 30
    finally:
        proc.terminate()
        proc.wait(10)


def test_server_gone_mid_build_loses_nothing(tmp_path, seeds_graph):
    """Kill the server during a build: a clear error, and once it is back the
    previous graph, whole; the next build finishes the job incrementally."""
    from kg.build import build

    with oxigraph(tmp_path / "db") as server:
        build(SEEDS[:2], server.url, progress=False)
        before = statement_iris(server.url)
        proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", *map(str, SEEDS), "--store", server.url, "-q"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(2.0)  # past the first reads, into extraction
        server.stop(signal.SIGKILL)
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 2, err
        port = server.url.split(":")[2].split("/")[0]
        assert err.startswith(f"kg: http://127.0.0.1:{port}/") and "cannot reach the SPARQL server" in err, err
        assert "Traceback" not in err
        server.start()
        # the build is one update request: the server holds the previous graph, or, where it had
        # read and applied the whole update before the kill (a fast machine gets there within the
        # sleep), the whole new one; never a part of it
        whole = statement_iris(seeds_graph)
        after = statement_iris(server.url)
        assert after in (before, whole), (len(after - before), len(whole - after))
        report = build(SEEDS, server.url, progress=False)
        assert (report.unchanged, report.added) == ((2, 3) if after == before else (5, 0))
        assert statement_iris(server.url) == whole


def test_a_server_without_a_union_default_graph_is_refused(tmp_path):
    from kg.errors import StoreError
    from kg.remote import SparqlClient

    with oxigraph(tmp_path / "db", union=False) as server:
        SparqlClient(server.url).run_update("INSERT DATA { GRAPH <https://w3id.org/kg-news/id/graph/x> { <urn:a> <urn:b> <urn:c> } }")
        with pytest.raises(StoreError, match="--union-default-graph"):
            answers(server.url)


def test_unreachable_server_is_a_clear_error():
    out = kg_cli("ask", "--store", f"http://127.0.0.1:{free_port()}/query", "conditions", check=False)
    assert out.returncode == 2 and "cannot reach the SPARQL server" in out.stderr and "Traceback" not in out.stderr


def test_virtuoso_same_answers(tmp_path):
    """Two seeds, one build each: Virtuoso 7.2 takes a build's one update
    request slowly (about 350 quads/s here, against thousands for separate requests)."""
    from kg.build import build
    from kg.export import statement_rows
    from kg.query import Graph

    folder = tmp_path / "folder"
    with virtuoso(tmp_path / "virtuoso") as url:
        for step in (SEEDS[:1], SEEDS[:2]):  # the second incremental (kg.delta): one added, one unchanged
            build(step, folder, progress=False)
            report = build(step, url, progress=False)
            assert report.added == 1
        assert report.unchanged == 1
        here = answers(folder)
        assert answers(url) == here and sum(map(bool, here.values())) >= 5
        rows = lambda target: sorted(json.dumps(r, sort_keys=True) for r in statement_rows(Graph.open(target).store))  # noqa: E731
        assert rows(url) == rows(folder)
        # Virtuoso's own graphs (virtrdf#, ...) are neither mirrored nor exported
        assert "openlinksw" not in Graph.open(url).store.dump().decode()


def test_validate_and_eval_read_the_server(oxi, seeds_graph, tmp_path):
    here = kg_cli("validate", str(seeds_graph)).stdout
    there = kg_cli("validate", "--store", oxi).stdout
    assert here.startswith("conforms:") and there == here
    from kg.evaluate import DEFAULT_EVAL_DIR

    if not (DEFAULT_EVAL_DIR / "score.py").exists():
        pytest.skip("the shared scorer (../shared/eval) is absent")
    gold = tmp_path / "gold.jsonl"
    kg_cli("export", str(seeds_graph), "--format", "gold", "-o", str(gold))
    folder = kg_cli("eval", str(seeds_graph), "--gold", str(gold)).stdout
    server = kg_cli("eval", "--store", oxi, "--gold", str(gold)).stdout
    assert server == folder and "F1" in server
    refused = kg_cli("eval", "--store", oxi, "--gold", str(gold), "--reviewed", check=False)
    assert refused.returncode == 2 and "not --store" in refused.stderr
