"""A review session over one graph directory: the statements as the
reviewers see them (the graph's statements with every decision applied,
rejected ones included), finding a statement by IRI or id, and saving a
decision. Shared by ``kg correct`` and the review page."""
from __future__ import annotations

import getpass
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from kg import store as st
from kg.config import Settings
from kg.errors import KGError
from kg.export import select, statement_rows
from kg.rdf import SPARQL_PREFIXES
from kg.review.corrections import (Applied, BadCorrection, Correction, CorrectionLog, UnknownStatement, apply, by_doc,
                                   decide, fold, outcomes, statement_key)
from kg.review.graph import StoredDoc, documents, kinds, with_ids

TOPICS = SPARQL_PREFIXES + "SELECT DISTINCT ?label WHERE { ?t a kg:Topic ; rdfs:label ?label }"


def default_reviewer() -> str:
    return os.environ.get("KG_REVIEWER") or getpass.getuser() or "reviewer"


@dataclass
class Progress:
    reviewed: int
    total: int


class Session:
    """The statements of a graph directory under review (thread-safe)."""

    def __init__(self, out: str | Path, settings: Settings | None = None):
        self.out = Path(out)
        self.settings = settings or Settings.from_env()
        self.log = CorrectionLog(self.out)
        self.lock = threading.RLock()
        self.load()

    def load(self) -> None:
        """The graph's statements and the decisions, read again (after a rebuild)."""
        with self.lock:
            self._load()

    def _load(self) -> None:
        store = st.open_read(self.out)
        self.docs: dict[str, StoredDoc] = documents(store)
        self.known: dict[str, str] = kinds(store)
        self.topics = sorted({r["label"] for r in select(store, TOPICS)}, key=str.casefold)
        self.rows: dict[str, list[dict]] = {d: [] for d in self.docs}
        for r in statement_rows(store):
            self.rows.setdefault(r["doc"], []).append(r)
        del store
        self.corrections: list[Correction] = self.log.read()
        self._views: dict[str, Applied] = {}

    # -- what reviewers see --------------------------------------------------------
    def view(self, doc_id: str) -> Applied:
        """A document's statements with every decision applied, and the rejected ones."""
        with self.lock:
            if doc_id not in self._views:
                stored = self.docs[doc_id]
                applied = apply(self.rows.get(doc_id, []), by_doc(self.corrections).get(doc_id, []), stored.doc.text)
                fill = lambda r: r if r.get("id") else with_ids(r, stored.doc, self.known, self.settings.base)  # noqa: E731
                self._views[doc_id] = Applied([fill(r) for r in applied.rows], [fill(r) for r in applied.rejected],
                                              applied.stale)
            return self._views[doc_id]

    def statements(self) -> list[dict]:
        """Every statement of every document, rejected ones included (``review_state``)."""
        out = []
        for d in sorted(self.docs):
            v = self.view(d)
            out += sorted(v.rows + v.rejected, key=lambda r: (r["start"], r.get("actor_start") or 0, r["relation"]))
        return out

    def progress(self) -> Progress:
        rows = self.statements()
        return Progress(sum(1 for r in rows if r.get("review_state")), len(rows))

    def actors(self) -> list[str]:
        return sorted({label for label, kind in self._labels().items() if kind != "topic"}, key=str.casefold)

    def _labels(self) -> dict[str, str]:
        out = {}
        for r in self.statements():
            out[r["actor"]] = r.get("actor_kind") or "person"
            for k in ("target", "addressee", "condition_of"):
                if r.get(k):
                    out.setdefault(r[k], r.get("target_kind") if k == "target" else self.known.get(fold(r[k]), "topic"))
        return out

    # -- finding -------------------------------------------------------------------------
    def find(self, ref: str) -> dict:
        """A statement by IRI (with or without <>) or by its id in statements.jsonl;
        an id a decision has since replaced finds the statement as it is now."""
        key = ref.strip().strip("<>").rsplit("/", 1)[-1]
        if not key:
            raise UnknownStatement("give a statement's IRI or its id from statements.jsonl")
        with self.lock:
            for doc_id in self.docs:
                v = self.view(doc_id)
                for r in v.rows + v.rejected:
                    if r.get("id") == key:
                        return r
            for o in outcomes(self.corrections):
                if any((s or {}).get("id") == key for c in o.decisions for s in (c.before, c.after)):
                    if o.last.doc in self.docs:
                        v = self.view(o.last.doc)
                        for r in v.rows + v.rejected:
                            if statement_key(r) in o.keys:
                                return r
        raise UnknownStatement(f"no statement {ref!r} in {self.out}: give its IRI or its id from statements.jsonl")

    # -- deciding ------------------------------------------------------------------------
    def decide(self, decision: str, ref: str | None = None, changes: dict | None = None,
               reviewer: str | None = None, doc: str | None = None,
               span: tuple[int, int] | None = None) -> tuple[Correction, dict | None]:
        """Check and save one decision (to corrections.jsonl); returns it and the
        statement as it now stands (None if rejected). Nothing is saved on error."""
        reviewer = reviewer or default_reviewer()
        with self.lock:
            if decision == "add":
                if doc not in self.docs:
                    raise UnknownStatement(f"no document {doc!r} in {self.out}")
                text = self.docs[doc].doc.text
                if span is None or not (0 <= span[0] < span[1] <= len(text)):
                    raise BadCorrection(f"sentence offsets {span} are not inside document {doc!r} (0-{len(text)})")
                c = decide("add", None, reviewer, changes, self.known, (span[0], span[1], text[span[0]:span[1]]), doc)
            else:
                row = self.find(ref or "")
                c = decide(decision, row, reviewer, changes, self.known)
            self.corrections = self.log.append(c)
            saved = self.corrections[-1]
            self._views.pop(saved.doc, None)
            for k in ("actor", "target", "addressee", "condition_of"):
                v = (saved.after or {}).get(k)
                if v and fold(v) not in self.known:
                    self.known[fold(v)] = (saved.after or {}).get(f"{k}_kind") or ("topic" if k != "actor" and k != "addressee" else "person")
            return saved, self._current(saved)

    def _current(self, c: Correction) -> dict | None:
        v = self.view(c.doc)
        for o in outcomes(by_doc(self.corrections)[c.doc]):
            if o.last.id == c.id:
                for r in v.rows + v.rejected:
                    if statement_key(r) in o.keys:
                        return r
        return None

    def reload(self) -> None:
        """Decisions saved by someone else (another page, kg correct) picked up."""
        with self.lock:
            self.corrections = self.log.read()
            self._views.clear()


def correct(out: str | Path, ref: str | None, decision: str, changes: dict | None = None,
            reviewer: str | None = None, doc: str | None = None, span: tuple[int, int] | None = None,
            settings: Settings | None = None) -> tuple[Correction, dict | None]:
    """``kg correct``: one decision saved and the graph republished with it."""
    from kg.review.graph import publish

    session = Session(out, settings)
    c, row = session.decide(decision, ref, changes, reviewer, doc, span)
    try:
        for attempt in range(300):  # another kg correct or the review page publishing: wait our turn
            try:
                publish(out, session.settings)
                break
            except st.StoreError as exc:
                if "another kg" not in str(exc) or attempt == 299:
                    raise
                time.sleep(0.2)
    except KGError as exc:
        raise KGError(f"decision {c.id} saved in {session.log.path}; the graph will show it after the next build "
                      f"or `kg correct` ({exc})") from exc
    return c, row
