"""Bench part: `kg serve` under a mixed load on loopback (issue 15, item 5).

16 clients for a bounded time and request count send light queries (counts of
statements by relation, label lookups), heavy ones (cross joins that run into
the time limit), malformed queries and updates (refused). The baseline, in the
same run, is the same light queries from one client on an idle server.
"""
from __future__ import annotations

import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

CLIENTS = 16
TIMEOUT_S = 2.0  # the server's time limit: heavy queries hit it
PER_CLIENT = 400  # requests per client at most
LIGHT = [
    "SELECT (COUNT(?st) AS ?n) WHERE {{ ?st kg:relation kg:{rel} }}",
    'SELECT ?a WHERE {{ ?a rdfs:label "Actor {i}" }}',
    'SELECT ?t ?l WHERE {{ ?t a kg:Topic ; rdfs:label ?l }} LIMIT 5 OFFSET {i}',
]
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
MALFORMED = "SELECT ?x WHERE { ?x ?y "
UPDATE = "INSERT DATA { <urn:x> <urn:y> <urn:z> }"
RELATIONS = ["demands", "rejects", "supports", "opposes", "conditions", "says"]
EXPECTED = {"light": {200}, "heavy": {503}, "malformed": {400}, "update": {403}}


@dataclass
class Tally:
    latency: dict[str, list[float]] = field(default_factory=lambda: {k: [] for k in EXPECTED})
    wrong: list[tuple[str, int]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, kind: str, seconds: float, status: int) -> None:
        with self.lock:
            self.latency[kind].append(seconds)
            if status not in EXPECTED[kind] and not (kind == "heavy" and status == 200):
                self.wrong.append((kind, status))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _request(port: int, kind: str, rng: random.Random) -> tuple[float, int]:
    url = f"http://127.0.0.1:{port}/sparql"
    if kind == "light":
        q = rng.choice(LIGHT).format(rel=rng.choice(RELATIONS), i=rng.randrange(100))
    else:
        q = {"heavy": HEAVY, "malformed": MALFORMED, "update": UPDATE}[kind]
    data = urllib.parse.urlencode({"update" if kind == "update" else "query": q}).encode()
    req = urllib.request.Request(url, data=data, headers={"Accept": "application/sparql-results+json"})
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT_S * 5) as resp:
            resp.read()
            status = resp.status
    except urllib.error.HTTPError as exc:
        exc.read()
        status = exc.code
    return time.perf_counter() - t0, status


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p * (len(xs) - 1))))] if xs else float("nan")


def _clients(port: int, stop: float, first: int, count: int) -> Tally:
    """``count`` client threads (numbered from ``first``) until ``stop``."""
    tally = Tally()

    def client(k: int) -> None:
        r = random.Random(100 + k)
        for _ in range(PER_CLIENT):
            if time.time() > stop:
                return
            kind = r.choices(["light", "heavy", "malformed", "update"], weights=[60, 15, 15, 10])[0]
            dt, status = _request(port, kind, r)
            tally.add(kind, dt, status)

    threads = [threading.Thread(target=client, args=(k,)) for k in range(first, first + count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return tally


def _clients_proc(port: int, stop: float, first: int, count: int, out) -> None:
    t = _clients(port, stop, first, count)
    out.send((t.latency, t.wrong))
    out.close()


def _load(port: int, stop: float, procs: int) -> Tally:
    """The 16 clients as threads of ``procs`` processes (1: threads of this
    one), so the clients' own interpreter lock is not what the latencies measure."""
    if procs <= 1:
        return _clients(port, stop, 0, CLIENTS)
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    per = -(-CLIENTS // procs)
    jobs = []
    for first in range(0, CLIENTS, per):
        recv, send = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_clients_proc, args=(port, stop, first, min(per, CLIENTS - first), send))
        proc.start()
        send.close()
        jobs.append((proc, recv))
    tally = Tally()
    for proc, recv in jobs:
        latency, wrong = recv.recv()
        proc.join()
        for kind, xs in latency.items():
            tally.latency[kind] += xs
        tally.wrong += wrong
    return tally


def part_serve(n: str, seconds: str, procs: str = "1", long_queries: str = "0") -> dict:
    """Build a synthetic graph of ``n`` statements, serve it, load it for at
    most ``seconds`` (and PER_CLIENT requests a client) from 16 clients, the
    threads of ``procs`` processes."""
    from load_parts import load_like_a_build

    folder = Path(tempfile.mkdtemp(prefix="kg-bench-serve-"))
    port = _free_port()
    proc = None
    try:
        load_like_a_build(folder, int(n))
        proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(folder), "--port", str(port),
                                 "--timeout", str(TIMEOUT_S)]
                                + (["--long-queries", long_queries] if int(long_queries) else []), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                _request(port, "light", random.Random(0))
                break
            except OSError:
                time.sleep(0.2)
        rng = random.Random(1)
        idle = [_request(port, "light", rng)[0] for _ in range(60)]  # the baseline: one client, idle server
        stop = time.time() + float(seconds)
        t0 = time.perf_counter()
        tally = _load(port, stop, int(procs))
        wall = time.perf_counter() - t0
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=30)
        shutil.rmtree(folder, ignore_errors=True)
    light = tally.latency["light"]
    return {"statements": int(n), "clients": CLIENTS, "client_processes": int(procs), "long_queries": int(long_queries), "timeout_s": TIMEOUT_S, "wall_s": wall,
            "requests": {k: len(v) for k, v in tally.latency.items()}, "wrong_status": tally.wrong[:20],
            "n_wrong": len(tally.wrong), "idle_p50_ms": statistics.median(idle) * 1000,
            "light_p50_ms": _pct(light, 0.5) * 1000, "light_p95_ms": _pct(light, 0.95) * 1000,
            "light_max_ms": max(light) * 1000 if light else None,
            "heavy_p50_ms": _pct(tally.latency["heavy"], 0.5) * 1000}


def table(r: dict) -> list[str]:
    if not r.get("requests"):
        return [f"server load test: not measured ({r})"]
    req = r["requests"]
    return ["| kg serve, 16 clients on loopback | requests | p50 ms | p95 ms | max ms | ratio |", "|---|---:|---:|---:|---:|---:|",
            f"| light queries, one client, idle server (baseline) | 60 | {r['idle_p50_ms']:.0f} | | | 1.00 |",
            f"| light queries under the mixed load | {req['light']:,} | {r['light_p50_ms']:.0f} | {r['light_p95_ms']:.0f} | "
            f"{r['light_max_ms']:.0f} | p95 {r['light_p95_ms'] / r['idle_p50_ms']:.1f} × idle p50 (target p95 < 500 ms) |",
            f"| heavy cross joins (time limit {r['timeout_s']:g} s) | {req['heavy']:,} | {r['heavy_p50_ms']:.0f} | | | |",
            f"| malformed (400) / updates (403) | {req['malformed']:,} / {req['update']:,} | | | | |",
            f"| answers with an unexpected status | {r['n_wrong']} | | | | |"]
