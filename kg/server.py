"""``kg serve``: the graph over the SPARQL 1.1 Protocol (Starlette + uvicorn).

- GET/POST ``/sparql`` (``query=`` in the URL or a form, or a body of type
  ``application/sparql-query``); ``update=`` or ``application/sparql-update``
  is refused with 403 unless the server runs with ``--allow-update``.
- Results by content negotiation (``Accept`` or a ``format=`` parameter):
  SELECT/ASK as SPARQL JSON, XML, CSV or TSV; CONSTRUCT/DESCRIBE as Turtle,
  TriG, N-Triples or JSON-LD.
- Every query runs in a worker process (kg.qworker) with a time limit (503
  when it is exceeded) and SELECT results stop at a row limit (header
  ``X-KG-Truncated``); long queries leave the light lane (``Lanes``).
- CORS is open, so browser clients (YASGUI and the like) can call it.
- The store is opened read-only; a build that publishes a new generation is
  picked up by the next request. The graph may also live on a SPARQL server
  (``kg serve --store URL``): queries are passed on, with the same limits.
"""
from __future__ import annotations

import asyncio
import contextlib
import html
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs

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
from kg.qworker import QueryWorker
from kg.rdf import PREFIXES
from kg.stores import locate

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
    light: float = 0.25  # a query still running after this long is long: it leaves the light lane
    max_long: int = max(1, (os.cpu_count() or 2) - 1)  # long queries running at once; the rest wait their turn


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


class Lanes:
    """Query workers in two lanes. Every query starts on an idle worker of the
    light lane; one still running after ``config.light`` seconds is long and
    leaves the lane at once (a fresh worker takes its place), so counts and
    lookups never wait behind cross joins (issue 15: p95 4.2 s before, under 16
    clients on loopback). Long queries run one at a time by default
    (``max_long``, one less than the cores), in a worker at the lowest CPU
    priority: the other cores stay with the light lane. A long query that finds
    every long slot taken is stopped and waits for one, then runs again from
    the start; its time limit counts from its arrival, so under a flood of
    cross joins most of them get their 503 at the limit without having run,
    and the light lane never holds one. The worker of a long query is closed
    when it ends (its priority cannot be raised again without privileges)."""

    def __init__(self, config: Config, workers: int):
        self.config, self.workers = config, workers
        self.idle: asyncio.Queue[QueryWorker] = asyncio.Queue()
        self.live: set[QueryWorker] = set()
        self.long_slots = asyncio.Semaphore(max(1, config.max_long))
        self.tasks: set[asyncio.Task] = set()

    async def start(self) -> None:
        for _ in range(self.workers):
            await self._add()

    async def _add(self) -> None:
        w = await asyncio.to_thread(QueryWorker, self.config.graph_dir)
        self.live.add(w)
        self.idle.put_nowait(w)

    def _replace(self, w: QueryWorker) -> None:
        """Take ``w`` out of the light lane (its query is long) and queue a fresh worker in its place."""
        task = asyncio.create_task(self._add())
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        self.live.discard(w)

    def _timed_out(self) -> tuple[int, str, bytes, dict]:
        return 503, "text/plain", f"query timed out after {self.config.timeout:g} s\n".encode(), {}

    async def run(self, query: str, accepted: list[str]) -> tuple[int, str, bytes, dict]:
        cfg = self.config
        loop = asyncio.get_running_loop()
        deadline = loop.time() + cfg.timeout
        try:
            w = await asyncio.wait_for(self.idle.get(), cfg.timeout)
        except asyncio.TimeoutError:
            return self._timed_out()
        w.send(query, accepted, cfg.limit, max(deadline - loop.time(), 0.0))
        if await w.answered(min(cfg.light, deadline - loop.time())):
            self.idle.put_nowait(w)
            return w.recv()
        self._replace(w)
        running: QueryWorker | None = w
        if self.long_slots.locked():  # every long slot taken: stop it rather than let it hold a core
            await asyncio.to_thread(w.close)
            running = None
            try:
                await asyncio.wait_for(self.long_slots.acquire(), deadline - loop.time())
            except asyncio.TimeoutError:
                return self._timed_out()
        else:
            await self.long_slots.acquire()  # free: taken without waiting
        try:
            if running is None:
                running = await asyncio.to_thread(QueryWorker, cfg.graph_dir)
                running.lower_priority()
                remaining = deadline - loop.time()
                if remaining <= 0:
                    return self._timed_out()
                running.send(query, accepted, cfg.limit, remaining)
            else:
                running.lower_priority()
            if await running.answered(deadline - loop.time() + 0.25):
                return running.recv()
            return self._timed_out()
        finally:
            self.long_slots.release()
            if running is not None:
                await asyncio.to_thread(running.close)

    async def stop(self) -> None:
        for t in list(self.tasks):
            await t
        for w in list(self.live):
            w.close()


def create_app(config: Config, workers: int = 3) -> Starlette:
    write_lock = threading.Lock()
    lanes: list[Lanes] = []

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        lanes.append(Lanes(config, workers))
        await lanes[0].start()
        yield
        await lanes[0].stop()

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
        status, mt, data, headers = await lanes[0].run(query, _accepted(request, params))
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
          limit: int = 10_000, allow_update: bool = False, long_queries: int = 0) -> None:
    import uvicorn

    loc = locate(graph_dir)
    graph_dir = str(loc.folder.resolve()) if loc.folder is not None else loc.url
    loc.open_read()  # a clear error now rather than on the first request
    config = Config(graph_dir, timeout, limit, allow_update)
    if long_queries > 0:
        config.max_long = long_queries
    app = create_app(config)
    print(f"kg: serving {graph_dir} at http://{host}:{port}/sparql", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
