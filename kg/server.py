"""``kg serve``: the graph over the SPARQL 1.1 Protocol (Starlette + uvicorn).

- GET/POST ``/sparql`` (``query=`` in the URL or a form, or a body of type
  ``application/sparql-query``); ``update=`` or ``application/sparql-update``
  is refused with 403 unless the server runs with ``--allow-update``.
- Results by content negotiation (``Accept`` or a ``format=`` parameter):
  SELECT/ASK as SPARQL JSON, XML, CSV or TSV; CONSTRUCT/DESCRIBE as Turtle,
  TriG, N-Triples or JSON-LD.
- Every query runs in a worker thread with a time limit (503 when it is
  exceeded) and SELECT results stop at a row limit (header ``X-KG-Truncated``).
- CORS is open, so browser clients (YASGUI and the like) can call it.
- The store is opened read-only; a build that publishes a new generation is
  picked up by the next request. The graph may also live on a SPARQL server
  (``kg serve --store URL``): queries are passed on, with the same limits.
"""
from __future__ import annotations

import asyncio
import contextlib
import html
import json
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs
from xml.sax.saxutils import escape as xml_escape

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from kg import store as st
from kg.errors import QueryError
from kg.query import parse_error
from kg.rdf import PREFIXES
from kg.remote import RemoteStore
from kg.stores import locate

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
FORMAT_ALIASES = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                  "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
                  "ttl": "text/turtle", "trig": "application/trig", "nt": "application/n-triples",
                  "ntriples": "application/n-triples", "jsonld": "application/ld+json"}
MAX_QUERY_BYTES = 100_000


@dataclass
class Config:
    graph_dir: Path | str  # a graph directory or a SPARQL server's URL (kg.stores)
    timeout: float = 30.0
    limit: int = 10_000
    allow_update: bool = False


class Timeout(Exception):
    pass


class StoreCache:
    """The published generation, reopened when a build publishes a new one
    (a server publishes its own: opened once)."""

    def __init__(self, graph_dir: Path | str):
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


# ---- negotiation -------------------------------------------------------------

def _accepted(request: Request, params: dict[str, str]) -> list[str]:
    fmt = params.get("format") or params.get("output")
    if fmt:
        return [FORMAT_ALIASES.get(fmt.lower(), fmt.lower())]
    out = []
    for part in request.headers.get("accept", "").split(","):
        mt, _, rest = part.strip().partition(";")
        q = 1.0
        for p in rest.split(";"):
            k, _, v = p.strip().partition("=")
            if k == "q":
                try:
                    q = float(v)
                except ValueError:
                    q = 0.0
        if mt:
            out.append((q, mt.lower()))
    return [mt for q, mt in sorted(out, key=lambda x: -x[0]) if q > 0]


def _pick(accepted: list[str], table: dict, default: str) -> tuple[str, object] | None:
    if not accepted:
        return default, table[default]
    for mt in accepted:
        if mt in table:
            return mt, table[mt]
        if mt in {"*/*", "application/*", "text/*"}:
            return default, table[default]
    return None


# ---- the app -------------------------------------------------------------------

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


class QueryWorker:
    """A separate process that runs queries, so one that overruns its time
    limit can be killed (pyoxigraph cannot cancel a query in progress)."""

    def __init__(self, graph_dir: Path | str):
        self.graph_dir = graph_dir
        self._start()

    def _start(self) -> None:
        import multiprocessing as mp

        ctx = mp.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(str(self.graph_dir), child), daemon=True)
        self.proc.start()
        child.close()

    def run(self, query: str, accepted: list[str], limit: int, timeout: float) -> tuple[int, str, bytes, dict]:
        self.conn.send((query, accepted, limit, timeout))
        if self.conn.poll(timeout + 0.5):
            return self.conn.recv()
        self.close()
        self._start()
        raise Timeout()

    def close(self) -> None:
        self.proc.kill()
        self.proc.join()
        self.conn.close()


def _params(request: Request, body: bytes) -> tuple[dict[str, str], str | None, str | None]:
    """(other params, query, update) from the URL, a form body or a direct body."""
    params = {k: v[-1] for k, v in parse_qs(request.url.query, keep_blank_values=True).items()}
    query, update = params.pop("query", None), params.pop("update", None)
    if request.method == "POST":
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        text = body.decode("utf-8", errors="strict")
        if ctype == "application/x-www-form-urlencoded":
            form = {k: v[-1] for k, v in parse_qs(text, keep_blank_values=True).items()}
            query = form.pop("query", query)
            update = form.pop("update", update)
            params.update(form)
        elif ctype == "application/sparql-query":
            query = text
        elif ctype == "application/sparql-update":
            update = text
        elif text.strip():
            raise QueryError(f"unsupported content type {ctype or '(none)'}; send application/sparql-query, "
                             "application/sparql-update or a form")
    return params, query, update


def create_app(config: Config, workers: int = 2) -> Starlette:
    write_lock = threading.Lock()
    pool: asyncio.Queue[QueryWorker] = asyncio.Queue()
    started: list[QueryWorker] = []

    async def startup() -> None:
        for _ in range(workers):
            w = await asyncio.to_thread(QueryWorker, config.graph_dir)
            started.append(w)
            pool.put_nowait(w)

    async def shutdown() -> None:
        for w in started:
            w.close()

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        await startup()
        yield
        await shutdown()

    def problem(status: int, text: str) -> PlainTextResponse:
        return PlainTextResponse(text + "\n", status_code=status)

    async def sparql(request: Request) -> Response:
        body = await request.body()
        if len(body) > MAX_QUERY_BYTES:
            return problem(413, f"request body over {MAX_QUERY_BYTES} bytes")
        try:
            params, query, update = _params(request, body)
        except UnicodeDecodeError:
            return problem(400, "the request body is not UTF-8")
        except QueryError as exc:
            return problem(415, str(exc))
        if update is not None:
            if not config.allow_update:
                return problem(403, "updates are not allowed; start the server with --allow-update")
            return await asyncio.to_thread(_update, update)
        if not query:
            return problem(400, "no query: pass query= (GET or form POST) or a body of type application/sparql-query")
        worker = await pool.get()
        try:
            status, mt, data, headers = await asyncio.to_thread(
                worker.run, query, _accepted(request, params), config.limit, config.timeout)
        except Timeout:
            return problem(503, f"query timed out after {config.timeout:g} s")
        finally:
            pool.put_nowait(worker)
        return Response(data, status_code=status, media_type=mt, headers=headers)

    def _update(text: str) -> Response:
        """Apply an update to a new generation; positions and exports follow, as after a build."""
        from kg.build import BuildReport, _write
        from kg.config import Settings
        from kg.lexicon import load_lexicon
        from kg.positions import refresh
        from kg.rdf import Minter

        settings = Settings.from_env()

        def change(store: ox.Store) -> None:
            store.update(text, prefixes=PREFIXES)
            refresh(store, Minter(settings.base), load_lexicon(settings.ontology))

        try:
            with write_lock:
                _write(locate(config.graph_dir), BuildReport(out=config.graph_dir), change, settings.base)
        except SyntaxError as exc:
            return problem(400, str(parse_error(exc, text)))
        except st.StoreError as exc:
            return problem(409, str(exc))
        return Response(status_code=204)

    async def landing(request: Request) -> HTMLResponse:
        return HTMLResponse(LANDING.replace("{dir}", html.escape(str(config.graph_dir))))

    return Starlette(routes=[Route("/", landing), Route("/sparql", sparql, methods=["GET", "POST"])],
                     lifespan=lifespan,
                     middleware=[Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"],
                                            allow_headers=["*"], expose_headers=["X-KG-Truncated"])])


LANDING = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kg SPARQL endpoint</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'unsafe-inline'">
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
textarea{width:100%;height:14rem;font-family:monospace}</style></head>
<body><h1>kg SPARQL endpoint</h1>
<p>Graph: <code>{dir}</code>. Endpoint: <code>/sparql</code> (SPARQL 1.1 Protocol, GET or POST).
The prefixes kg, rdfs, skos, prov, dcterms, nif, foaf, owl, xsd are predeclared.</p>
<form method="post" action="/sparql">
<textarea name="query">SELECT ?actor ?stance ?topic WHERE {
  ?p a kg:Position ; kg:actor/rdfs:label ?actor ; kg:stance ?stance ; kg:topic/rdfs:label ?topic .
} ORDER BY ?topic ?actor</textarea>
<p><label>Results as <select name="format"><option>json</option><option>xml</option><option>csv</option>
<option>tsv</option></select></label> <button type="submit">Run</button></p></form>
</body></html>
"""


def serve(graph_dir: str | Path, host: str = "127.0.0.1", port: int = 7878, timeout: float = 30.0,
          limit: int = 10_000, allow_update: bool = False) -> None:
    import uvicorn

    loc = locate(graph_dir)
    graph_dir = str(loc.folder.resolve()) if loc.folder is not None else loc.url
    loc.open_read()  # a clear error now rather than on the first request
    app = create_app(Config(graph_dir, timeout, limit, allow_update))
    print(f"kg: serving {graph_dir} at http://{host}:{port}/sparql", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
