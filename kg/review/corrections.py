"""Reviewers' decisions as data: records, the file that keeps them, and how
they apply to a document's statements.

A decision holds the statement as the reviewer found it (``before``) and as
they left it (``after``), each a snapshot in the statements.jsonl format, so a
rebuild can re-apply it whatever the extractor now says: an accepted or edited
statement comes back as the reviewer left it, a rejected one stays out, an
added one stays in. Statements are matched by what does not change between
extractor versions: document, sentence offsets, actor, relation and target
(``statement_key``); never by a counter or an IRI.

Decisions on one statement form a chain (accept, later edit, later reject):
keys linked by a decision are one statement, and the last decision on it
wins. So two reviewers saving the same statement at once are both recorded,
and the later one decides.
"""
from __future__ import annotations

import fcntl
import json
import os
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from kg.errors import KGError
from kg.records import ACTOR_KINDS, Relation

DECISIONS = ("accept", "reject", "edit", "add")
EDITABLE = ("actor", "actor_kind", "relation", "target", "target_kind", "condition_of", "addressee")
RELATIONS = tuple(r.value for r in Relation)
TARGET_KINDS = ("topic",) + ACTOR_KINDS
SNAPSHOT = ("id", "statement_iri", "doc", "start", "end", "sentence", "actor", "actor_kind", "actor_start",
            "actor_end", "relation", "target", "target_kind", "target_concept", "condition_of", "addressee", "quote", "quote_start",
            "quote_end", "cue", "cue_start", "cue_end", "confidence", "qualifiers", "reported_by")
OFFSETS = ("start", "end", "actor_start", "actor_end", "quote_start", "quote_end", "cue_start", "cue_end")
CONTENT = ("actor", "relation", "target", "condition_of", "addressee")
FILE = "corrections.jsonl"


class UnknownStatement(KGError):
    """No statement in the graph (or in its decisions) has this IRI or id."""


class BadCorrection(KGError):
    """A decision names an unknown relation, field or kind, or lacks what it needs."""


@dataclass(frozen=True)
class Correction:
    """One reviewer's decision on one statement."""

    id: str
    doc: str
    decision: str  # accept, reject, edit, add
    reviewer: str
    time: str  # ISO 8601, UTC, microseconds: the order decisions were saved in
    before: dict | None = None  # the statement as the reviewer found it (None: added)
    after: dict | None = None  # as the reviewer left it (None: rejected)
    changes: dict[str, list] = field(default_factory=dict)  # field -> [old, new]

    def to_json(self) -> dict:
        return {"id": self.id, "doc": self.doc, "decision": self.decision, "reviewer": self.reviewer,
                "time": self.time, "changes": self.changes, "before": self.before, "after": self.after}

    @classmethod
    def from_json(cls, d: dict, where: str = "") -> "Correction":
        try:
            c = cls(id=str(d["id"]), doc=str(d["doc"]), decision=str(d["decision"]), reviewer=str(d["reviewer"]),
                    time=str(d["time"]), before=d.get("before"), after=d.get("after"), changes=d.get("changes") or {})
        except (KeyError, TypeError) as exc:
            raise KGError(f"{where}: a decision needs id, doc, decision, reviewer and time ({exc})") from None
        if c.decision not in DECISIONS:
            raise KGError(f"{where}: decision {c.decision!r} is not one of {', '.join(DECISIONS)}")
        if (c.before is None and c.decision != "add") or (c.after is None and c.decision != "reject"):
            raise KGError(f"{where}: a {c.decision} needs {'after' if c.before is not None else 'before'}")
        return c


def fold(text: object) -> str:
    return " ".join(str(text).split()).casefold() if text else ""


def statement_key(row: dict) -> tuple:
    """What makes two statements one across rebuilds: document, the sentence's
    offsets without surrounding white space (extractors differ on a trailing
    newline), actor, relation and target."""
    start, end, sentence = row.get("start"), row.get("end"), row.get("sentence") or ""
    if isinstance(start, int) and isinstance(end, int) and len(sentence) == end - start:
        start += len(sentence) - len(sentence.lstrip())
        end -= len(sentence) - len(sentence.rstrip())
    return (row.get("doc"), start, end, fold(row.get("actor")), row.get("relation"), fold(row.get("target")))


def snapshot(row: dict) -> dict:
    return {k: (list(row[k]) if isinstance(row.get(k), (list, tuple)) else row.get(k)) for k in SNAPSHOT}


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


# ---- making decisions ----------------------------------------------------------

def check_changes(changes: dict[str, object]) -> dict[str, str | None]:
    """Edits as clean strings; a clear error for an unknown field, relation or kind."""
    out: dict[str, str | None] = {}
    for k, v in changes.items():
        if k not in EDITABLE:
            raise BadCorrection(f"cannot set {k!r}; a reviewer can set {', '.join(EDITABLE)}")
        text = " ".join(str(v).split()) if v is not None else ""
        out[k] = text or None
    if "relation" in out and out["relation"] not in RELATIONS:
        raise BadCorrection(f"unknown relation {out['relation']!r}; the relations are {', '.join(RELATIONS)}")
    if out.get("actor_kind") and out["actor_kind"] not in ACTOR_KINDS:
        raise BadCorrection(f"unknown actor kind {out['actor_kind']!r}; use one of {', '.join(ACTOR_KINDS)}")
    if out.get("target_kind") and out["target_kind"] not in TARGET_KINDS:
        raise BadCorrection(f"unknown target kind {out['target_kind']!r}; use one of {', '.join(TARGET_KINDS)}")
    if "actor" in out and not out["actor"]:
        raise BadCorrection("a statement needs an actor")
    if "relation" in out and not out["relation"]:
        raise BadCorrection("a statement needs a relation")
    return out


def _span_of(label: str | None, sentence: str, start: int) -> tuple[int | None, int | None]:
    """Where a label occurs in the sentence (document offsets), if it does."""
    if not label:
        return None, None
    i = sentence.casefold().find(label.casefold())
    return (start + i, start + i + len(label)) if i >= 0 else (None, None)


def _edited(row: dict, changes: dict[str, str | None], kinds: dict[str, str]) -> dict:
    after = snapshot(row)
    after.update(changes)
    if "actor" in changes and fold(changes["actor"]) != fold(row.get("actor")):
        after.setdefault("actor_kind", None)
        if "actor_kind" not in changes:
            after["actor_kind"] = kinds.get(fold(changes["actor"]), "person")
        # the old mention names someone else now: point at the new name if the sentence has it
        after["actor_start"], after["actor_end"] = _span_of(changes["actor"], after["sentence"] or "", after["start"])
    if "target" in changes and changes["target"] != row.get("target"):
        after["target_concept"] = None  # the reviewer's words name their own topic
    if "target" in changes and "target_kind" not in changes:
        after["target_kind"] = kinds.get(fold(changes["target"]), "topic") if changes["target"] else None
    if after.get("target") is None:
        after["target_kind"] = None
    after["id"] = after["statement_iri"] = None  # minted again from the new content
    return after


def decide(decision: str, row: dict | None, reviewer: str, changes: dict[str, object] | None = None,
           kinds: dict[str, str] | None = None, sentence: tuple[int, int, str] | None = None,
           doc: str | None = None) -> Correction:
    """A new decision on ``row`` (a statements.jsonl row; None to add one to
    ``doc`` in ``sentence`` = (start, end, text)). ``kinds``: folded label ->
    kind of the actors and topics known, for labels the reviewer picks."""
    if decision not in DECISIONS:
        raise BadCorrection(f"unknown decision {decision!r}; use one of {', '.join(DECISIONS)}")
    if not reviewer or not reviewer.strip():
        raise BadCorrection("a decision needs a reviewer's name")
    changes_clean = check_changes(changes or {})
    kinds = kinds or {}
    before = after = None
    diff: dict[str, list] = {}
    if decision == "add":
        if sentence is None or doc is None:
            raise BadCorrection("to add a statement, give its document and sentence")
        if not changes_clean.get("actor") or not changes_clean.get("relation"):
            raise BadCorrection("an added statement needs at least an actor and a relation")
        s0, s1, text = sentence
        base = {k: None for k in SNAPSHOT}
        base.update(doc=doc, start=s0, end=s1, sentence=text, confidence=1.0, qualifiers=[], reported_by=[],
                    actor="", relation=None)
        after = _edited(base, changes_clean, kinds)
        diff = {k: [None, v] for k, v in changes_clean.items() if v is not None}
        doc_id = doc
    else:
        if row is None:
            raise UnknownStatement("no statement to decide on")
        before = snapshot(row)
        doc_id = str(row["doc"])
        if decision == "edit":
            diff = {k: [row.get(k), v] for k, v in changes_clean.items() if v != row.get(k)}
            if not diff:
                decision = "accept"  # an edit that changes nothing accepts the statement as it is
        elif changes_clean:
            raise BadCorrection(f"{decision} takes no changes; use edit (--set) to change fields")
        if decision == "edit":
            after = _edited(row, {k: v for k, (_, v) in diff.items()}, kinds)
        elif decision == "accept":
            after = snapshot(row)
    return Correction(id=uuid.uuid4().hex[:16], doc=doc_id, decision=decision, reviewer=reviewer.strip(),
                      time=now(), before=before, after=after, changes=diff)


# ---- the file --------------------------------------------------------------------

class CorrectionLog:
    """``OUT/corrections.jsonl``: one decision a line, in the order saved. Every
    save rewrites the file through a temporary file, fsync and rename under a
    lock, so a crash leaves the old file or the new one, never half of one, and
    two reviewers saving at once are both kept."""

    def __init__(self, out: str | Path):
        self.out = Path(out)
        self.path = self.out / FILE

    def read(self) -> list[Correction]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        return parse_jsonl(text, str(self.path))

    @contextmanager
    def locked(self) -> Iterator[None]:
        self.out.mkdir(parents=True, exist_ok=True)
        with (self.out / ".corrections.lock").open("w") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)  # a save takes milliseconds: wait for the other reviewer
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def _write(self, corrections: list[Correction]) -> None:
        tmp = self.path.with_name(f".{FILE}.tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            for c in corrections:
                fh.write(json.dumps(c.to_json(), ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)
        fd = os.open(self.out, os.O_RDONLY)
        try:
            os.fsync(fd)  # the rename itself survives a power cut
        finally:
            os.close(fd)

    def append(self, *new: Correction) -> list[Correction]:
        """Save decisions; the time each is saved at orders it (later wins)."""
        with self.locked():
            have = self.read()
            last = have[-1].time if have else ""
            stamped = []
            for c in new:  # stamped under the lock: the file's order is the order of saving
                last = max(now(), last)
                stamped.append(Correction(**{**c.__dict__, "time": last}))
            self._write(have + stamped)
            return have + stamped

    def merge(self, incoming: Iterable[Correction]) -> int:
        """Add decisions made elsewhere (an import); ones already here (same id) are skipped."""
        with self.locked():
            have = self.read()
            ids = {c.id for c in have}
            added = [c for c in incoming if c.id not in ids and not ids.add(c.id)]
            if added:
                self._write(sorted(have + added, key=lambda c: c.time))
            return len(added)


def parse_jsonl(text: str, where: str) -> list[Correction]:
    out = []
    for i, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as exc:
            raise KGError(f"{where}:{i}: not JSON ({exc.msg})") from None
        out.append(Correction.from_json(d, f"{where}:{i}"))
    return out


# ---- applying ----------------------------------------------------------------------

@dataclass
class Outcome:
    """The decisions on one statement and what they leave."""

    decisions: list[Correction]
    keys: set[tuple]

    @property
    def last(self) -> Correction:
        return self.decisions[-1]

    @property
    def found(self) -> dict | None:
        """The statement as the machine proposed it (None: a reviewer added it)."""
        return self.decisions[0].before

    @property
    def state(self) -> str:
        if self.last.decision == "reject":
            return "rejected"
        if self.decisions[0].decision == "add":
            return "added"
        after = self.last.after or {}
        same = all(fold(after.get(k)) == fold((self.found or {}).get(k)) for k in CONTENT)
        return "accepted" if same else "edited"


def outcomes(corrections: Iterable[Correction]) -> list[Outcome]:
    """Decisions grouped by statement (keys linked by a decision are one), in order."""
    parent: dict[tuple, tuple] = {}

    def find(k: tuple) -> tuple:
        while parent.setdefault(k, k) != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    ordered = list(corrections)
    for c in ordered:
        keys = [statement_key(s) for s in (c.before, c.after) if s is not None]
        for k in keys[1:]:
            parent[find(k)] = find(keys[0])
        find(keys[0])
    groups: dict[tuple, Outcome] = {}
    for c in ordered:
        root = find(statement_key(c.before if c.before is not None else c.after))
        groups.setdefault(root, Outcome([], set())).decisions.append(c)
    for k in parent:
        groups[find(k)].keys.add(k)
    return list(groups.values())


def relocate(c: Correction, text: str) -> Correction | None:
    """The decision with its offsets checked against the document's text: moved
    if the sentence moved (an edited article), None if it is gone."""
    snap = c.before if c.before is not None else c.after
    s0, s1, sent = snap.get("start"), snap.get("end"), snap.get("sentence") or ""
    if isinstance(s0, int) and text[s0:s1] == sent:
        return c
    at = text.find(sent) if sent else -1
    if at < 0:
        return None
    delta = at - s0

    def shift(s: dict | None) -> dict | None:
        if s is None:
            return None
        return {**s, **{k: s[k] + delta for k in OFFSETS if isinstance(s.get(k), int)}}

    return Correction(**{**c.__dict__, "before": shift(c.before), "after": shift(c.after)})


@dataclass
class Applied:
    rows: list[dict]  # the document's statements after the decisions
    rejected: list[dict]  # statements the reviewers took out, as they found them
    stale: list[Correction]  # decisions whose sentence is no longer in the text


def apply(rows: list[dict], corrections: Iterable[Correction], text: str | None = None) -> Applied:
    """One document's statements with its decisions applied. Idempotent: the
    result of an earlier apply gives the same result again, so it serves both a
    fresh extraction and a graph that already carries the decisions."""
    stale, usable = [], []
    for c in corrections:
        moved = relocate(c, text) if text is not None else c
        (usable if moved is not None else stale).append(moved if moved is not None else c)
    groups = outcomes(usable)
    taken = set().union(*(o.keys for o in groups)) if groups else set()
    out = [dict(r) for r in rows if statement_key(r) not in taken]
    rejected = []
    for o in groups:
        if o.state == "rejected":
            rejected.append({**o.last.before, "review_state": "rejected", "correction": o.last.id})
        else:
            out.append({**o.last.after, "review_state": o.state, "correction": o.last.id})
    out.sort(key=lambda r: (r.get("start") or 0, r.get("actor_start") or 0, r.get("relation") or "", r.get("target") or ""))
    return Applied(out, rejected, stale)


def by_doc(corrections: Iterable[Correction]) -> dict[str, list[Correction]]:
    out: dict[str, list[Correction]] = {}
    for c in corrections:
        out.setdefault(c.doc, []).append(c)
    return out
