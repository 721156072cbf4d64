"""``kg review``: the review page (Starlette, as ``kg serve``; loopback by default).

The page and its script and style are files of this package, served from
here: nothing is loaded from elsewhere (Content-Security-Policy
``default-src 'self'``), and article text reaches the page as JSON shown
through ``textContent``, never as HTML.

A decision is saved to ``OUT/corrections.jsonl`` before the answer goes back
(the file is the record); the graph follows in a background thread that
publishes a new generation with the decisions applied, several decisions at
a time when they come fast. ``/api/status`` says whether it has caught up.
"""
from __future__ import annotations

import asyncio
import contextlib
import re
import threading
import time
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from kg import store as st
from kg.config import Settings
from kg.errors import KGError
from kg.export import issue_of
from kg.records import ACTOR_KINDS
from kg.review.corrections import RELATIONS, UnknownStatement, fold
from kg.review.session import Session, default_reviewer

STATIC = Path(__file__).parent / "static"
CSP = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'"
_BREAK = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])|\n+")
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|St|Jr|Sr|No|vs|etc)|\b[A-Z]|\.[A-Z])\.$")


def sentence_spans(text: str, known: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences to show and to pick for a new statement: the extractor's own
    sentences (those that carry statements), and the rest of the text split at
    sentence ends (a rough split: kg keeps only the sentences it used)."""
    kept: list[tuple[int, int]] = []
    for s, e in sorted(set(known)):
        if not kept or s >= kept[-1][1]:
            kept.append((s, e))
    out, pos = [], 0
    for s, e in kept + [(len(text), len(text))]:
        out += _split(text, pos, max(pos, s))
        if s < e:
            out.append((s, e))
        pos = max(pos, e)
    return out


def _split(text: str, a: int, b: int) -> list[tuple[int, int]]:
    pieces, start = [], a
    for m in _BREAK.finditer(text, a, b):
        if _ABBREVIATION.search(text, start, m.start()):
            continue  # "Mr. Putin", "U.S. officials"
        pieces.append((start, m.start()))
        start = m.end()
    pieces.append((start, b))
    out = []
    for s, e in pieces:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e - s > 1:
            out.append((s, e))
    return out


class Syncer:
    """Publishes the graph with the decisions applied, in a background thread."""

    def __init__(self, out: Path, settings: Settings):
        self.out, self.settings = out, settings
        self.wanted = self.done = 0
        self.error: str | None = None
        self.cond = threading.Condition()
        self.stopping = False
        self.thread = threading.Thread(target=self._run, name="kg-review-sync", daemon=True)
        self.thread.start()

    def request(self) -> None:
        with self.cond:
            self.wanted += 1
            self.cond.notify()

    def _run(self) -> None:
        from kg.review.graph import publish

        while True:
            with self.cond:
                while self.done >= self.wanted and not self.stopping:
                    self.cond.wait()
                if self.done >= self.wanted:
                    return
                target = self.wanted
            try:
                publish(self.out, self.settings)
                self.error = None
                with self.cond:
                    self.done = target
                    self.cond.notify_all()
            except KGError as exc:  # a build holds the lock: try again shortly
                self.error = str(exc)
                time.sleep(1.0)

    def status(self) -> dict:
        return {"pending": self.done < self.wanted, "error": self.error}

    def stop(self, wait: float = 60.0) -> None:
        with self.cond:
            self.stopping = True
            self.cond.notify_all()
        self.thread.join(wait)


def _light(r: dict) -> dict:
    keys = ("id", "statement_iri", "doc", "start", "end", "sentence", "actor", "actor_kind", "actor_start", "actor_end", "relation",
            "target", "target_kind", "condition_of", "addressee", "quote", "quote_start", "quote_end", "cue",
            "cue_start", "cue_end", "confidence", "review_state")
    return {k: r.get(k) for k in keys}


def create_app(out: str | Path, reviewer: str | None = None, settings: Settings | None = None) -> Starlette:
    out = Path(out).resolve()
    settings = settings or Settings.from_env()
    session = Session(out, settings)
    loaded = {"gen": st.current_generation(out), "mtime": _mtime(session)}
    syncer: list[Syncer] = []

    def fresh() -> None:
        """Pick up a rebuild or decisions saved by someone else since."""
        gen, mtime = st.current_generation(out), _mtime(session)
        busy = syncer and syncer[0].status()["pending"]
        if gen != loaded["gen"] and not busy:
            session.load()
        elif mtime != loaded["mtime"]:
            session.reload()
        loaded.update(gen=gen, mtime=_mtime(session))

    def progress() -> dict:
        p = session.progress()
        return {"reviewed": p.reviewed, "total": p.total}

    async def page(request: Request) -> Response:
        return FileResponse(STATIC / "review.html", headers={"Content-Security-Policy": CSP, "Cache-Control": "no-store"})

    async def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in {"review.js", "review.css"}:
            return Response("not found\n", 404, media_type="text/plain")
        return FileResponse(STATIC / name, headers={"Content-Security-Policy": CSP, "Cache-Control": "no-store"})

    def state() -> dict:
        fresh()
        docs = [{"id": d, "title": s.doc.title or d, "outlet": s.doc.outlet, "published": s.doc.published}
                for d, s in sorted(session.docs.items())]
        labels = session._labels()
        return {"graph": str(out), "reviewer": reviewer or default_reviewer(), "docs": docs, "relations": list(RELATIONS),
                "actor_kinds": list(ACTOR_KINDS), "actors": session.actors(),
                "topics": sorted(set(session.topics) | {k for k, v in labels.items() if v == "topic"}, key=str.casefold),
                "kinds": {fold(k): v for k, v in session.known.items()} | {fold(k): v for k, v in labels.items()},
                "progress": progress(), "sync": syncer[0].status() if syncer else {}}

    def statements(q: dict) -> list[dict]:
        fresh()
        rows = session.statements()
        if q.get("doc"):
            rows = [r for r in rows if r["doc"] == q["doc"]]
        if q.get("actor"):
            rows = [r for r in rows if fold(r["actor"]) == fold(q["actor"])]
        if q.get("topic"):
            rows = [r for r in rows if fold(q["topic"]) in {fold(r.get("target")), fold(issue_of(r)),
                                                            fold(r.get("condition_of"))}]
        if q.get("relation"):
            rows = [r for r in rows if r["relation"] == q["relation"]]
        if q.get("min_confidence"):
            rows = [r for r in rows if (r.get("confidence") or 0) >= float(q["min_confidence"]) - 1e-9]
        if q.get("unreviewed") in {"1", "true"}:
            rows = [r for r in rows if not r.get("review_state")]
        return [_light(r) for r in rows]

    def document(doc_id: str) -> dict:
        fresh()
        if doc_id not in session.docs:
            raise UnknownStatement(f"no document {doc_id!r} in {out}")
        d = session.docs[doc_id].doc
        v = session.view(doc_id)
        known = [(r["start"], r["end"]) for r in v.rows + v.rejected]
        return {"id": d.id, "title": d.title or d.id, "outlet": d.outlet, "published": d.published, "text": d.text,
                "sentences": sentence_spans(d.text, known)}

    def decide(body: dict) -> dict:
        span = (int(body["start"]), int(body["end"])) if body.get("decision") == "add" else None
        c, row = session.decide(str(body.get("decision")), body.get("id"), body.get("set") or {},
                                body.get("reviewer") or reviewer, body.get("doc"), span)
        loaded["mtime"] = _mtime(session)
        syncer[0].request()
        return {"correction": c.to_json(), "statement": _light(row) if row else None, "progress": progress()}

    async def api(request: Request) -> Response:
        what = request.path_params["what"]
        try:
            if what == "state":
                data = await asyncio.to_thread(state)
            elif what == "statements":
                data = await asyncio.to_thread(statements, dict(request.query_params))
            elif what == "doc":
                data = await asyncio.to_thread(document, request.query_params.get("id", ""))
            elif what == "status":
                data = syncer[0].status() if syncer else {}
            elif what == "decide" and request.method == "POST":
                if not request.headers.get("content-type", "").startswith("application/json"):
                    return JSONResponse({"error": "send the decision as application/json"}, 415)
                origin = request.headers.get("origin")
                if origin and origin.split("//", 1)[-1] != request.headers.get("host"):
                    return JSONResponse({"error": "decisions come from the review page only"}, 403)
                try:
                    body = await request.json()
                except ValueError:
                    return JSONResponse({"error": "the body is not JSON"}, 400)
                if not isinstance(body, dict):
                    return JSONResponse({"error": "the body is not a JSON object"}, 400)
                data = await asyncio.to_thread(decide, body)
            else:
                return JSONResponse({"error": f"no such call: {request.method} /api/{what}"}, 404)
        except UnknownStatement as exc:
            return JSONResponse({"error": str(exc)}, 404)
        except (KGError, ValueError, TypeError, KeyError) as exc:
            return JSONResponse({"error": str(exc)}, 400)
        return JSONResponse(data, headers={"Cache-Control": "no-store"})

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        syncer.append(Syncer(out, settings))
        yield
        await asyncio.to_thread(syncer[0].stop)  # the graph catches up before the server goes

    return Starlette(routes=[Route("/", page), Route("/static/{name}", static),
                             Route("/api/{what}", api, methods=["GET", "POST"])], lifespan=lifespan)


def _mtime(session: Session) -> float | None:
    try:
        return session.log.path.stat().st_mtime_ns
    except FileNotFoundError:
        return None


def serve(out: str | Path, host: str = "127.0.0.1", port: int = 7879, reviewer: str | None = None,
          open_browser: bool = True) -> None:
    import uvicorn

    out = Path(out).resolve()
    st.open_read(out)  # a clear error now rather than on the first request
    app = create_app(out, reviewer)
    url = f"http://{host}:{port}/"
    print(f"kg: reviewing {out} at {url} (Ctrl-C to stop)", flush=True)
    if open_browser:
        import webbrowser

        threading.Timer(1.0, lambda: webbrowser.open(url)).start()
    uvicorn.run(app, host=host, port=port, log_level="warning")
