"""Query workers of ``kg serve``: separate processes that evaluate SPARQL on
the published store with a deadline and serialise the results, so a query
that overruns its time limit can be killed (pyoxigraph cannot cancel one in
progress) and a long query can be given a lower CPU priority (kg.server)."""
from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

import pyoxigraph as ox

from kg import store as st
from kg.errors import QueryError
from kg.query import parse_error
from kg.rdf import PREFIXES
from kg.remote import RemoteStore

RESULT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE, "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/trig": ox.RdfFormat.TRIG,
    "application/n-triples": ox.RdfFormat.N_TRIPLES, "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}


class Timeout(Exception):
    pass


class StoreCache:
    """The published generation, reopened when a build publishes a new one
    (a server publishes its own: opened once)."""

    def __init__(self, graph_dir: Path | str):
        from kg.stores import locate

        self.loc = locate(graph_dir)
        self.gen: Path | None = None
        self.store: ox.Store | RemoteStore | None = None
        self.lock = threading.Lock()

    def get(self) -> ox.Store | RemoteStore:
        gen = st.current_generation(self.loc.folder) if self.loc.folder is not None else None
        with self.lock:
            if self.store is None or gen != self.gen:
                self.store, self.gen = self.loc.open_read(), gen
            return self.store


# ---- serialisation of solutions (our own, so the row limit applies) --------

def _term_json(t: object) -> dict:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        out = {"type": "literal", "value": t.value}
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = t.datatype.value
        return out
    return {"type": "literal", "value": str(t)}


def _term_xml(t: object) -> str:
    if isinstance(t, ox.NamedNode):
        return f"<uri>{xml_escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{xml_escape(t.value)}</bnode>"
    if isinstance(t, ox.Literal):
        if t.language:
            return f'<literal xml:lang="{xml_escape(t.language)}">{xml_escape(t.value)}</literal>'
        if t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            return f'<literal datatype="{xml_escape(t.datatype.value)}">{xml_escape(t.value)}</literal>'
        return f"<literal>{xml_escape(t.value)}</literal>"
    return f"<literal>{xml_escape(str(t))}</literal>"


def _csv_cell(t: object) -> str:
    v = t.value if isinstance(t, (ox.NamedNode, ox.BlankNode, ox.Literal)) else ("" if t is None else str(t))
    return f'"{v.replace(chr(34), chr(34) * 2)}"' if any(c in v for c in ',"\n\r') else v


def _tsv_cell(t: object) -> str:
    if t is None:
        return ""
    if isinstance(t, ox.NamedNode):
        return f"<{t.value}>"
    if isinstance(t, ox.Literal):
        v = t.value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
        if t.language:
            return f'"{v}"@{t.language}'
        if t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            return f'"{v}"^^<{t.datatype.value}>'
        return f'"{v}"'
    return str(t)


def serialize_solutions(names: list[str], rows: list[list[object]], fmt: str) -> str:
    if fmt == "json":
        bindings = [{n: _term_json(v) for n, v in zip(names, row) if v is not None} for row in rows]
        return json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}, ensure_ascii=False)
    if fmt == "xml":
        head = "".join(f'<variable name="{xml_escape(n)}"/>' for n in names)
        body = "".join("<result>" + "".join(f'<binding name="{xml_escape(n)}">{_term_xml(v)}</binding>'
                                            for n, v in zip(names, row) if v is not None) + "</result>" for row in rows)
        return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head>{head}</head><results>{body}</results></sparql>\n")
    if fmt == "csv":
        return "\r\n".join([",".join(names)] + [",".join(_csv_cell(v) for v in row) for row in rows]) + "\r\n"
    return "\n".join(["\t".join(f"?{n}" for n in names)] + ["\t".join(_tsv_cell(v) for v in row) for row in rows]) + "\n"


def serialize_boolean(value: bool, fmt: str) -> str:
    if fmt == "xml":
        return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head/><boolean>{str(value).lower()}</boolean></sparql>\n")
    if fmt in {"csv", "tsv"}:
        return f"{'_askResult' if fmt == 'csv' else '?_askResult'}\n{str(value).lower()}\n"
    return json.dumps({"head": {}, "boolean": value})


def run_query(store: ox.Store, query: str, limit: int, deadline: float):
    """Evaluate in the calling (worker) thread; stop at the row limit or the deadline."""
    try:
        res = store.query(query, use_default_graph_as_union=True, prefixes=PREFIXES)
    except SyntaxError as exc:
        raise parse_error(exc, query) from exc
    if isinstance(res, ox.QueryBoolean):
        return "boolean", bool(res), False
    if isinstance(res, ox.QuerySolutions):
        names = [v.value for v in res.variables]
        rows, truncated = [], False
        for sol in res:
            if time.monotonic() > deadline:
                raise Timeout()
            if len(rows) >= limit:
                truncated = True
                break
            rows.append([sol[n] for n in names])
        return "solutions", (names, rows), truncated
    triples = []
    for t in res:
        if time.monotonic() > deadline:
            raise Timeout()
        triples.append(t)
    return "graph", triples, False


def answer(store: ox.Store, query: str, accepted: list[str], limit: int,
           deadline: float) -> tuple[int, str, bytes, dict[str, str]]:
    """(status, media type, body, headers) for one query: evaluation and
    content negotiation, run inside a query worker."""
    try:
        kind, value, truncated = run_query(store, query, limit, deadline)
    except QueryError as exc:
        return 400, "text/plain", f"{exc}\n".encode(), {}
    except Timeout:
        return 503, "text/plain", b"query timed out\n", {}
    except (OSError, RuntimeError, ValueError) as exc:
        return 500, "text/plain", f"query failed: {exc}\n".encode(), {}
    headers = {"X-KG-Truncated": "true"} if truncated else {}
    if kind == "graph":
        choice = _pick(accepted, GRAPH_TYPES, "text/turtle")
        if choice is None:
            return 406, "text/plain", ("graphs are available as " + ", ".join(GRAPH_TYPES) + "\n").encode(), {}
        mt, fmt = choice
        kw = {"prefixes": PREFIXES} if fmt in {ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG} else {}
        return 200, mt, ox.serialize(value, format=fmt, **kw), headers
    choice = _pick(accepted, RESULT_TYPES, "application/sparql-results+json")
    if choice is None:
        return 406, "text/plain", ("results are available as " + ", ".join(RESULT_TYPES) + "\n").encode(), {}
    mt, fmt = choice
    text = serialize_boolean(value, fmt) if kind == "boolean" else serialize_solutions(*value, fmt)
    return 200, mt, text.encode("utf-8"), headers


def _worker_main(graph_dir: str, conn) -> None:
    """A query worker process: answers queries until its pipe closes."""
    stores = StoreCache(graph_dir)
    try:
        stores.get()  # opened before the first query, so that one does not pay for it
    except st.StoreError:
        pass  # reported with the first query
    conn.send("ready")
    while True:
        try:
            query, accepted, limit, timeout = conn.recv()
        except (EOFError, OSError):
            return
        try:
            result = answer(stores.get(), query, accepted, limit, time.monotonic() + timeout)
        except st.StoreError as exc:
            result = (503, "text/plain", f"{exc}\n".encode(), {})
        conn.send(result)


def _context():
    """Workers fork from a server process that has imported this module once:
    a replacement starts in milliseconds, not the second a fresh interpreter
    takes to import pyoxigraph and kg (a replacement starts whenever a query
    turns out long, see kg.server)."""
    import multiprocessing as mp

    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(["kg.qworker"])
    return ctx


class QueryWorker:
    """A separate process that runs queries, so one that overruns its time
    limit can be killed (pyoxigraph cannot cancel a query in progress) and one
    that runs long can be given the lowest CPU priority."""

    def __init__(self, graph_dir: Path | str):
        self.graph_dir = graph_dir
        self._start()

    def _start(self) -> None:
        ctx = _context()
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(str(self.graph_dir), child), daemon=True)
        self.proc.start()
        child.close()
        if self.conn.poll(60):
            self.conn.recv()  # "ready": the store is open

    def send(self, query: str, accepted: list[str], limit: int, timeout: float) -> None:
        self.conn.send((query, accepted, limit, timeout))

    async def answered(self, seconds: float) -> bool:
        """Wait, without a thread, until the answer is there or ``seconds`` pass."""
        import asyncio

        if self.conn.poll(0):
            return True
        loop = asyncio.get_running_loop()
        ready = loop.create_future()
        fd = self.conn.fileno()
        loop.add_reader(fd, lambda: ready.done() or ready.set_result(True))
        try:
            await asyncio.wait_for(ready, max(seconds, 0.0))
            return True
        except asyncio.TimeoutError:
            return False
        finally:
            loop.remove_reader(fd)

    def recv(self) -> tuple[int, str, bytes, dict]:
        return self.conn.recv()

    def lower_priority(self) -> None:
        """Nice 19: a long query takes the CPU light ones leave. It cannot be
        raised again without privileges, so the worker is closed afterwards."""
        try:
            os.setpriority(os.PRIO_PROCESS, self.proc.pid, 19)
        except OSError:
            pass

    def run(self, query: str, accepted: list[str], limit: int, timeout: float) -> tuple[int, str, bytes, dict]:
        """Blocking form (one query, its deadline), for callers without an event loop."""
        self.send(query, accepted, limit, timeout)
        if self.conn.poll(timeout + 0.5):
            return self.conn.recv()
        self.close()
        self._start()
        raise Timeout()

    def close(self) -> None:
        self.proc.kill()
        self.proc.join()
        self.conn.close()


def _pick(accepted: list[str], table: dict, default: str) -> tuple[str, object] | None:
    if not accepted:
        return default, table[default]
    for mt in accepted:
        if mt in table:
            return mt, table[mt]
        if mt in {"*/*", "application/*", "text/*"}:
            return default, table[default]
    return None


