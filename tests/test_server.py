"""kg serve: the SPARQL 1.1 Protocol, exercised by a real client
(SPARQLWrapper) and plain HTTP against a server on a free loopback port."""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
import rdflib
from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper

SELECT_ACTORS = "SELECT DISTINCT ?a ?label WHERE { ?a a kg:Actor ; rdfs:label ?label } ORDER BY ?label"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def server(graph: Path, *args: str):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(graph), "--port", str(port), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                with urllib.request.urlopen(url + "/", timeout=1) as r:
                    if r.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.2)
        else:
            proc.kill()
            raise RuntimeError("server did not start: " + proc.stdout.read().decode())
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def endpoint(seeds_graph):
    with server(seeds_graph, "--timeout", "3", "--limit", "50") as url:
        yield url


def client(endpoint: str, query: str, fmt, method=None) -> SPARQLWrapper:
    sw = SPARQLWrapper(endpoint + "/sparql")
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    if method:
        sw.setMethod(method)
    return sw


def test_select_json(endpoint):
    res = client(endpoint, SELECT_ACTORS, JSON).queryAndConvert()
    labels = [b["label"]["value"] for b in res["results"]["bindings"]]
    assert "Vladimir Putin" in labels and labels == sorted(labels)
    assert res["results"]["bindings"][0]["a"]["type"] == "uri"


def test_select_xml_and_csv_agree_with_json(endpoint):
    n_json = len(client(endpoint, SELECT_ACTORS, JSON).queryAndConvert()["results"]["bindings"])
    xml = client(endpoint, SELECT_ACTORS, XML, POST).queryAndConvert()
    assert len(xml.getElementsByTagName("result")) == n_json
    csv_text = client(endpoint, SELECT_ACTORS, CSV).queryAndConvert().decode()
    assert len(csv_text.strip().splitlines()) == n_json + 1


def test_ask(endpoint):
    assert client(endpoint, "ASK { ?s a kg:Statement }", JSON).queryAndConvert()["boolean"] is True
    assert client(endpoint, "ASK { ?s a kg:Nothing }", JSON).queryAndConvert()["boolean"] is False


def test_construct_turtle(endpoint):
    data = client(endpoint, "CONSTRUCT { ?a a kg:Actor } WHERE { ?a a kg:Actor }", TURTLE).queryAndConvert()
    g = rdflib.Graph().parse(data=data, format="turtle")
    assert len(g) > 5


def _http(url: str, data: bytes | None = None, headers: dict | None = None) -> tuple[int, dict, bytes]:
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def test_update_refused(endpoint):
    status, _, body = _http(endpoint + "/sparql", urllib.parse.urlencode({"update": "DROP ALL"}).encode())
    assert status == 403 and b"--allow-update" in body
    status, _, _ = _http(endpoint + "/sparql", b"DROP ALL", {"Content-Type": "application/sparql-update"})
    assert status == 403
    res = client(endpoint, "ASK { ?s a kg:Statement }", JSON).queryAndConvert()
    assert res["boolean"] is True


def test_plain_http_negotiation(endpoint):
    q = urllib.parse.quote("SELECT ?s WHERE { ?s a kg:Document }")
    status, headers, body = _http(f"{endpoint}/sparql?query={q}", headers={"Accept": "text/tab-separated-values"})
    assert status == 200 and headers["content-type"].startswith("text/tab-separated-values")
    assert body.decode().splitlines()[0] == "?s" and len(body.decode().splitlines()) == 6
    status, headers, body = _http(endpoint + "/sparql", b"CONSTRUCT { ?s a kg:Document } WHERE { ?s a kg:Document }",
                                  {"Content-Type": "application/sparql-query", "Accept": "application/ld+json"})
    assert status == 200 and headers["content-type"].startswith("application/ld+json")
    assert len(rdflib.Graph().parse(data=body, format="json-ld")) == 5
    status, _, _ = _http(f"{endpoint}/sparql?query={q}", headers={"Accept": "image/png"})
    assert status == 406


def test_malformed_query_is_a_readable_400(endpoint):
    q = urllib.parse.quote("SELECT ?x WHERE { ?x a kg:Document . FILTER( }")
    status, _, body = _http(f"{endpoint}/sparql?query={q}")
    assert status == 400 and b"line 1, column" in body


def test_cors_and_landing_page(endpoint):
    status, headers, body = _http(endpoint + "/sparql?query=ASK%20%7B%7D", headers={"Origin": "http://example.org"})
    assert status == 200 and headers.get("access-control-allow-origin") == "*"
    status, _, body = _http(endpoint + "/")
    assert status == 200 and b"<form" in body and b"http" not in body.split(b"<body>")[0].replace(b"http-equiv", b"")


def test_result_limit_and_timeout(endpoint):
    status, headers, body = _http(endpoint + "/sparql?query=" + urllib.parse.quote("SELECT * WHERE { ?s ?p ?o }"))
    assert status == 200 and headers.get("x-kg-truncated") == "true"
    assert len(json.loads(body)["results"]["bindings"]) == 50
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    t0 = time.monotonic()
    status, _, body = _http(endpoint + "/sparql?query=" + urllib.parse.quote(heavy))
    assert status == 503 and b"timed out" in body and time.monotonic() - t0 < 15
    # the killed worker is replaced: the endpoint still answers
    assert client(endpoint, "ASK { ?s a kg:Statement }", JSON).queryAndConvert()["boolean"] is True


def test_update_allowed_when_asked(tmp_path):
    from kg.build import build

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Angela Merkel called for a ceasefire in eastern Ukraine.", encoding="utf-8")
    build([src], tmp_path / "g", progress=False)
    with server(tmp_path / "g", "--allow-update") as url:
        upd = "INSERT DATA { GRAPH <http://example.org/extra> { <http://example.org/x> rdfs:label \"added\" } }"
        status, _, body = _http(url + "/sparql", urllib.parse.urlencode({"update": upd}).encode())
        assert status == 204, body
        res = client(url, 'ASK { ?x rdfs:label "added" }', JSON).queryAndConvert()
        assert res["boolean"] is True
    assert "added" in (tmp_path / "g" / "graph.trig").read_text()


def test_survives_a_thousand_bad_requests(endpoint):
    bad = [
        (f"{endpoint}/sparql?query=" + urllib.parse.quote("SELECT * WHERE { ?s ?p }"), None, {}),
        (f"{endpoint}/sparql", b"\xff\xfe\x00binary", {"Content-Type": "application/sparql-query"}),
        (f"{endpoint}/sparql", b"x" * 200_000, {"Content-Type": "application/sparql-query"}),
        (f"{endpoint}/sparql", b"query=ASK{}", {"Content-Type": "image/png"}),
        (f"{endpoint}/sparql", urllib.parse.urlencode({"update": 'DELETE WHERE { ?s ?p ?o }'}).encode(), {}),
        (f"{endpoint}/sparql?query=" + urllib.parse.quote('"} ; DROP ALL ; {'), None, {}),
        (f"{endpoint}/sparql", None, {}),
    ]
    codes = set()
    for i in range(1000):
        url, data, headers = bad[i % len(bad)]
        status, _, _ = _http(url, data, headers)
        codes.add(status)
    assert codes <= {400, 403, 413, 415}, codes
    res = client(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Statement }", JSON).queryAndConvert()
    assert int(res["results"]["bindings"][0]["n"]["value"]) > 0


def test_long_queries_wait_their_turn_outside_the_light_lane(seeds_graph):
    """With one long slot, three cross joins at once: one runs, two wait
    outside the light lane; all three end with 503 at the limit and a count
    sent meanwhile is answered (no timing asserted: bench/serve_load.py
    measures the latencies)."""
    from concurrent.futures import ThreadPoolExecutor

    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    light = "SELECT (COUNT(?s) AS ?n) WHERE { ?s a kg:Statement }"
    with server(seeds_graph, "--timeout", "2", "--long-queries", "1") as url:
        with ThreadPoolExecutor(4) as pool:
            heavies = [pool.submit(_http, url + "/sparql?query=" + urllib.parse.quote(heavy)) for _ in range(3)]
            time.sleep(0.5)  # the three have left the light lane
            status, _, body = _http(url + "/sparql?query=" + urllib.parse.quote(light))
            assert status == 200 and int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) > 30
            assert [f.result()[0] for f in heavies] == [503, 503, 503]
        assert client(url, "ASK { ?s a kg:Statement }", JSON).queryAndConvert()["boolean"] is True
