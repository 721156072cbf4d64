"""What a small build against a SPARQL server reads from it.

Starts Oxigraph's server on loopback, loads a synthetic graph of N statements
(bench.synthetic_records) through kg, then builds one seed document against
it and counts the bytes of every HTTP answer the build reads (urlopen wrapped,
so the figure holds for any version of kg: run it with PYTHONPATH pointing at
another checkout to compare).

    python bench/remote_fetch.py [N_STATEMENTS [K_STATEMENTS]]

With K, the second build is K synthetic statements more (the documents that
follow, on nearly the same actors and topics) rather than one article: a build that touches most
topics, which reads their statement rows.
"""
from __future__ import annotations

import json
import sys
import tempfile
import time
from itertools import islice
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests")]


class Counting:
    """An HTTP response whose reads are added to ``Counting.total``."""

    total = 0

    def __init__(self, resp):
        self._resp = resp

    def read(self, *a):
        data = self._resp.read(*a)
        Counting.total += len(data)
        return data

    def readinto(self, b):
        k = self._resp.readinto(b)
        Counting.total += k or 0
        return k

    def __getattr__(self, name):
        return getattr(self._resp, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._resp.close()


def main() -> None:
    import kg
    from bench import synthetic_records
    from kg.build import build, build_records
    from sparql_servers import oxigraph

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    k = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    seed = sorted((HERE.parent / "seeds").glob("*.txt"))[0]
    with tempfile.TemporaryDirectory() as tmp, oxigraph(Path(tmp) / "db") as server:
        records = synthetic_records(n)
        while batch := list(islice(records, 500)):  # a request of 5,000 statements: Oxigraph takes at most 128 MB
            build_records(batch, server.url)
        quads = len(kg.open(server.url).store)
        opened = urllib.request.urlopen
        urllib.request.urlopen = lambda *a, **kw: Counting(opened(*a, **kw))  # type: ignore[assignment]
        t0 = time.perf_counter()
        if k:
            build_records(list(synthetic_records(n + k))[n // 10:], server.url)  # the documents after the first n
        else:
            build([seed], server.url, progress=False)
        seconds = time.perf_counter() - t0
        urllib.request.urlopen = opened  # type: ignore[assignment]
    print(json.dumps({"kg": str(Path(kg.__file__).parent), "statements": n, "second_build": k or "one article", "server_quads": quads,
                      "bytes_read": Counting.total, "seconds": round(seconds, 1)}))


if __name__ == "__main__":
    main()
