"""Discourse networks as Discourse Network Analyzer (Leifeld) defines them,
built with networkx from each actor's stances on topics.

The input is one flat SPARQL query over statements (no self-join), folded
in Python into (actor, topic, stance) ties: a self-join over statements takes
minutes at 100k statements even on Oxigraph, this stays linear.

- affiliation: two-mode actor–topic network, an edge per actor and topic with
  its stance and how many statements (or documents) carry it;
- congruence: actors linked by the number of topics on which they take the
  same stance; conflict: by the number on which they take opposite stances;
  subtract: congruence minus conflict;
- normalize: ``average`` divides by the mean number of topics of the two
  actors, ``jaccard`` by the size of the union of their topics, ``cosine`` by
  the geometric mean of their numbers of topics;
- duplicates: ``statement`` counts every statement, ``document`` counts a
  repeated statement once per document, ``window`` once per time window.
"""
from __future__ import annotations

import csv
import io
import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from kg.errors import KGError
from kg.export import issue_of, select
from kg.lexicon import Lexicon, load_lexicon
from kg.positions import position_input, stance_on

TYPES = ("affiliation", "congruence", "conflict", "subtract")
NORMALIZE = ("none", "average", "jaccard", "cosine")
DUPLICATES = ("statement", "document", "window")
LABELS = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX kg: <https://w3id.org/kg-news/ontology#>
SELECT DISTINCT ?x ?label ?kind WHERE { ?x rdfs:label ?label . OPTIONAL { ?x kg:kind ?kind } }
"""
SIGN = {"for": 1, "against": -1}


@dataclass(frozen=True)
class Evidence:
    """One statement reduced to what networks need."""

    actor: str
    topic: str
    stance: str  # for / against / conditional
    statement: str
    document: str
    day: date | None


@dataclass
class Tie:
    """An actor's stance on a topic, with the evidence behind it."""

    actor: str
    topic: str
    stance: str  # for / against / conditional / mixed
    weight: int
    documents: set[str] = field(default_factory=set)
    first: date | None = None
    last: date | None = None


def evidence(store: ox.Store, lex: Lexicon | None = None) -> list[Evidence]:
    """Every stance-bearing statement of a store (the guidelines' table)."""
    lex = lex or load_lexicon()
    out = []
    for r in position_input(store):
        stance, on = stance_on(r["rel"], r["target"], r["cond"], r["addr"], lex)
        if stance is None or on is None or on == r["actor"]:
            continue
        day = date.fromisoformat(str(r["issued"])[:10]) if r["issued"] else None
        out.append(Evidence(r["actor"], on, stance, r["st"], r["doc"], day))
    return out


def ties(ev: list[Evidence], duplicates: str = "document", window_days: int = 7,
         start: date | None = None, end: date | None = None) -> list[Tie]:
    """Fold evidence into actor × topic ties, counting repeats as ``duplicates`` says,
    keeping statements dated within [start, end] when a bound is given."""
    if duplicates not in DUPLICATES:
        raise KGError(f"duplicates must be one of {', '.join(DUPLICATES)}, not {duplicates!r}")
    if start or end:
        ev = [e for e in ev if e.day is not None and (start is None or e.day >= start) and (end is None or e.day <= end)]
    units: dict[tuple[str, str], dict[str, set]] = defaultdict(lambda: defaultdict(set))
    acc: dict[tuple[str, str], Tie] = {}
    for e in ev:
        key = (e.actor, e.topic)
        tie = acc.setdefault(key, Tie(e.actor, e.topic, e.stance, 0))
        if duplicates == "statement":
            unit = e.statement
        elif duplicates == "document":
            unit = e.document
        else:
            unit = str(e.day.toordinal() // window_days) if e.day else e.document
        units[key][e.stance].add(unit)
        tie.documents.add(e.document)
        if e.day:
            tie.first = min(tie.first or e.day, e.day)
            tie.last = max(tie.last or e.day, e.day)
    for key, tie in acc.items():
        by_stance = units[key]
        tie.weight = sum(len(u) for u in by_stance.values())
        s = set(by_stance)
        tie.stance = s.pop() if len(s) == 1 else ("mixed" if {"for", "against"} <= s else "conditional")
    return sorted(acc.values(), key=lambda t: (t.actor, t.topic))


def _labels(store: ox.Store) -> dict[str, tuple[str, str | None]]:
    return {r["x"]: (r["label"], r["kind"]) for r in select(store, LABELS)}


def affiliation(ts: list[Tie], labels: dict[str, tuple[str, str | None]] | None = None) -> nx.Graph:
    """Two-mode network: actors (bipartite=0) to topics (bipartite=1)."""
    labels = labels or {}
    g = nx.Graph(type="affiliation")
    for t in ts:
        for node, part in ((t.actor, 0), (t.topic, 1)):
            if node not in g:
                label, kind = labels.get(node, (node.rsplit("/", 1)[-1], None))
                g.add_node(node, label=label, kind=kind or ("topic" if part else "actor"), bipartite=part)
        g.add_edge(t.actor, t.topic, weight=t.weight, stance=t.stance, documents=len(t.documents),
                   first=t.first.isoformat() if t.first else "", last=t.last.isoformat() if t.last else "")
    return g


def _signed(ts: list[Tie]) -> dict[str, dict[str, set[int]]]:
    """actor -> topic -> the signs of its stance (+1, -1; both for mixed)."""
    out: dict[str, dict[str, set[int]]] = defaultdict(dict)
    for t in ts:
        signs = {1, -1} if t.stance == "mixed" else ({SIGN[t.stance]} if t.stance in SIGN else set())
        if signs:
            out[t.actor][t.topic] = signs
    return out


def _norm(w: float, a: int, b: int, union: int, how: str) -> float:
    if how == "none" or w == 0:
        return float(w)
    if how == "average":
        return w / ((a + b) / 2)
    if how == "jaccard":
        return w / union
    if how == "cosine":
        return w / math.sqrt(a * b)
    raise KGError(f"normalize must be one of {', '.join(NORMALIZE)}, not {how!r}")


def one_mode(ts: list[Tie], kind: str = "congruence", normalize: str = "none",
             labels: dict[str, tuple[str, str | None]] | None = None) -> nx.Graph:
    """Actor network: congruence, conflict or subtract, normalised."""
    if kind not in TYPES[1:]:
        raise KGError(f"a one-mode network is congruence, conflict or subtract, not {kind!r}")
    if normalize not in NORMALIZE:
        raise KGError(f"normalize must be one of {', '.join(NORMALIZE)}, not {normalize!r}")
    labels = labels or {}
    signed = _signed(ts)
    g = nx.Graph(type=kind, normalize=normalize)
    actors = sorted(signed)
    for a in actors:
        label, akind = labels.get(a, (a.rsplit("/", 1)[-1], None))
        g.add_node(a, label=label, kind=akind or "actor")
    for i, a in enumerate(actors):
        for b in actors[i + 1:]:
            ta, tb = signed[a], signed[b]
            shared = ta.keys() & tb.keys()
            if not shared:
                continue
            same = sorted(t for t in shared if ta[t] & tb[t])
            opposite = sorted(t for t in shared if any(-s in tb[t] for s in ta[t]))
            union = len(ta.keys() | tb.keys())
            c = _norm(len(same), len(ta), len(tb), union, normalize)
            x = _norm(len(opposite), len(ta), len(tb), union, normalize)
            w = {"congruence": c, "conflict": x, "subtract": c - x}[kind]
            topics = {"congruence": same, "conflict": opposite, "subtract": same + opposite}[kind]
            if w != 0:
                g.add_edge(a, b, weight=round(w, 6), topics=" | ".join(labels.get(t, (t, None))[0] for t in topics))
    return g


def network(store: ox.Store, kind: str = "congruence", normalize: str = "none", duplicates: str = "document",
            start: date | None = None, end: date | None = None, window_days: int = 7) -> nx.Graph:
    """One network of a store, by name."""
    if kind not in TYPES:
        raise KGError(f"network type must be one of {', '.join(TYPES)}, not {kind!r}")
    ts = ties(evidence(store), duplicates, window_days, start, end)
    labels = _labels(store)
    return affiliation(ts, labels) if kind == "affiliation" else one_mode(ts, kind, normalize, labels)


def windows(store: ox.Store, days: int, kind: str = "congruence", normalize: str = "none",
            duplicates: str = "document") -> list[tuple[date, date, nx.Graph]]:
    """The network of each consecutive window of ``days`` days with dated statements."""
    ev = evidence(store)
    dated = sorted(e.day for e in ev if e.day)
    if not dated:
        return []
    labels = _labels(store)
    out = []
    lo = dated[0]
    while lo <= dated[-1]:
        hi = lo + timedelta(days=days - 1)
        ts = ties(ev, duplicates, days, lo, hi)
        g = affiliation(ts, labels) if kind == "affiliation" else one_mode(ts, kind, normalize, labels)
        out.append((lo, hi, g))
        lo = hi + timedelta(days=1)
    return out


def statement_graph(rows: list[dict]) -> nx.MultiDiGraph:
    """Every statement as an edge actor → target (for Gephi): relation, polarity,
    confidence, document, date, sentence."""
    g = nx.MultiDiGraph()
    for r in rows:
        if not r.get("target_iri"):
            continue
        g.add_node(r["actor_iri"], label=r["actor"], kind="actor")
        if r["target_iri"] not in g:
            g.add_node(r["target_iri"], label=issue_of(r), kind="actor" if "/actor/" in r["target_iri"] else "topic")
        g.add_edge(r["actor_iri"], r["target_iri"], key=r["statement_iri"], relation=r["relation"],
                   polarity=r["polarity"], confidence=r["confidence"], doc=r["doc"] or "",
                   date=r["published"] or "", outlet=r["outlet"] or "", sentence=r["sentence"] or "",
                   quote=r["quote"] or "")
    return g


def to_bytes(g: nx.Graph, fmt: str) -> bytes:
    """GraphML, GEXF or a CSV edge list (source, target labels and every edge attribute)."""
    if fmt == "graphml":
        buf = io.BytesIO()
        nx.write_graphml(g, buf, named_key_ids=True)
        return buf.getvalue()
    if fmt == "gexf":
        buf = io.BytesIO()
        nx.write_gexf(g, buf)
        return buf.getvalue()
    if fmt == "csv":
        s = io.StringIO()
        keys = sorted({k for *_, d in g.edges(data=True) for k in d})
        w = csv.writer(s)
        w.writerow(["source", "target", *keys])
        for a, b, d in sorted(g.edges(data=True), key=lambda e: (str(e[0]), str(e[1]))):
            w.writerow([g.nodes[a].get("label", a), g.nodes[b].get("label", b), *(d.get(k, "") for k in keys)])
        return s.getvalue().encode("utf-8")
    raise KGError(f"network format must be graphml, gexf or csv, not {fmt!r}")


def format_of(path: str | Path) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in {"graphml", "gexf", "csv"}:
        raise KGError(f"{path}: write a .graphml, .gexf or .csv file")
    return suffix
