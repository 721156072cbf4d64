"""What reviewed statements are good for: gold data in the format of
../shared/gold/GUIDELINES.md, a score of the extractor against them, and a
graph limited to them (``--reviewed`` on questions, views and exports)."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pyoxigraph as ox

from kg.config import Settings
from kg.export import select
from kg.rdf import KG, SPARQL_PREFIXES, Minter
from kg.records import Relation
from kg.review.corrections import CorrectionLog, outcomes

REVIEWED = ("accepted", "edited", "added")


def _entry(label: str | None, members: list[str] | None = None) -> dict | None:
    if not label:
        return None
    out = {"label": label, "match": [label]}
    if members is not None:
        out["members"] = [{"label": m, "match": [m]} for m in members]
    return out


def gold_row(r: dict) -> dict:
    """A statements.jsonl row in the gold format (labels as {label, match})."""
    return {"doc": r["doc"], "actor": _entry(r["actor"], r.get("members") or []), "relation": r["relation"],
            "target": _entry(r.get("target")), "condition_of": _entry(r.get("condition_of")),
            "addressee": _entry(r.get("addressee")), "quote": r.get("quote"), "sentence": r["sentence"],
            "start": r["start"], "end": r["end"], "review_state": r.get("review_state")}


def reviewed(rows: list[dict]) -> list[dict]:
    return [r for r in rows if r.get("review_state") in REVIEWED]


def to_gold(rows: list[dict]) -> str:
    """The reviewed statements as gold JSONL, ready for kg train or the scorer."""
    return "".join(json.dumps(gold_row(r), ensure_ascii=False) + "\n" for r in reviewed(rows))


def machine_rows(out: Path, docs: set[str]) -> list[dict]:
    """The statements as the extractor proposed them, of those a reviewer decided on."""
    return [o.found for o in outcomes(CorrectionLog(out).read()) if o.found is not None and o.found["doc"] in docs]


def score_reviewed(out: str | Path, rows: list[dict]) -> tuple[dict, dict]:
    """The extractor scored against the reviewers (by ../shared/eval/score.py):
    gold = the reviewed statements; predictions = what the extractor had
    proposed for the statements reviewed (unreviewed ones are not judged)."""
    from kg.evaluate import score_statements

    out = Path(out)
    gold = reviewed(rows)
    docs = {r["doc"] for r in gold}
    pred = machine_rows(out, docs)
    with tempfile.TemporaryDirectory() as tmp:
        g, p = Path(tmp) / "gold.jsonl", Path(tmp) / "pred.jsonl"
        g.write_text(to_gold(gold), encoding="utf-8")
        p.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in pred), encoding="utf-8")
        result = score_statements(p, [g])
    states = {s: sum(1 for o in outcomes(CorrectionLog(out).read()) if o.state == s)
              for s in ("accepted", "edited", "rejected", "added")}
    return result, {"documents": len(docs), "gold": len(gold), "proposed": len(pred), **states}


REVIEWED_STATEMENTS = SPARQL_PREFIXES + "SELECT DISTINCT ?st WHERE { ?st a kg:Statement ; kg:reviewState ?s }"
ALL_STATEMENTS = SPARQL_PREFIXES + "SELECT DISTINCT ?st WHERE { ?st a kg:Statement }"
EDGES = SPARQL_PREFIXES + """
SELECT DISTINCT ?g ?a ?r ?t WHERE { GRAPH ?g { ?st kg:reviewState ?s ; kg:actor ?a ; kg:relation ?r ; kg:target ?t } }
"""


def reviewed_store(src: ox.Store, settings: Settings | None = None) -> ox.Store:
    """An in-memory copy of the graph with only the reviewed statements (and the
    direct edges they support); positions computed again from them."""
    from kg.lexicon import load_lexicon
    from kg.positions import refresh

    settings = settings or Settings.from_env()
    mint = Minter(settings.base)
    keep = {r["st"] for r in select(src, REVIEWED_STATEMENTS)}
    drop = {r["st"] for r in select(src, ALL_STATEMENTS)} - keep
    edges = {(r["g"], r["a"], r["r"], r["t"]) for r in select(src, EDGES)}
    rel_props = {KG + r.value for r in Relation}
    quads = []
    for q in src.quads_for_pattern(None, None, None, None):
        if q.graph_name == mint.positions_graph:
            continue
        s = q.subject.value if isinstance(q.subject, ox.NamedNode) else ""
        if s.split("#", 1)[0] in drop:
            continue
        if q.predicate.value in rel_props and "/doc/" in getattr(q.graph_name, "value", "") and \
                (q.graph_name.value, s, q.predicate.value, q.object.value) not in edges:
            continue  # a direct edge no reviewed statement rests on
        quads.append(q)
    dst = ox.Store()
    dst.bulk_extend(quads)
    refresh(dst, mint, load_lexicon(settings.ontology))
    return dst

