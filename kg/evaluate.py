"""``kg eval``: score a graph's statements with the project's scorers
(``../shared/eval/score.py`` and ``score_quotes.py``), and materialise the
PolNeAR articles as text files for a build.

    kg eval out/ --gold ../shared/gold/seeds.jsonl
    python -m kg.evaluate polnear ../shared/data/polnear/polnear_dev_articles.jsonl.gz /tmp/polnear-dev
    kg build /tmp/polnear-dev/texts -o /tmp/polnear-dev/graph
    kg eval /tmp/polnear-dev/graph --quotes ../shared/data/polnear/polnear_dev_articles.jsonl.gz
"""
from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import os
import sys
from pathlib import Path

from kg.errors import KGError

DEFAULT_EVAL_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def _scorer(name: str):
    where = Path(os.environ.get("KG_EVAL_DIR", DEFAULT_EVAL_DIR)) / f"{name}.py"
    if not where.exists():
        raise KGError(f"scorer {where} not found; set KG_EVAL_DIR to the folder holding {name}.py")
    spec = importlib.util.spec_from_file_location(f"kg_eval_{name}", where)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def score_statements(pred: Path, gold: list[Path]) -> dict:
    s = _scorer("score")
    rows = [g for p in gold for g in s.read_jsonl(str(p))]
    return s.score(rows, s.read_jsonl(str(pred)))


def stage_figures(pred: Path, gold: list[Path]) -> dict[str, dict]:
    """Each stage given the ones before it, from the scorer's one-to-one
    matching: actor given sentence (the actor level), relation given actor
    (pairs also agreeing on the relation, of the actor pairs) and target given
    actor and relation (full pairs, of those)."""
    s = _scorer("score")
    rows = [g for p in gold for g in s.read_jsonl(str(p))]
    docs = {g["doc"] for g in rows}
    preds = s.dedupe([s.as_prediction(p) for p in s.read_jsonl(str(pred)) if p.get("doc") in docs])

    def rel_level(p: dict, g: dict) -> bool:
        return s.LEVELS["actor"](p, g) and p.get("relation") in s.relations_of(g)

    tp = {"actor": 0, "relation": 0, "full": 0}
    for doc in docs:
        gs = [g for g in rows if g["doc"] == doc]
        ps = [p for p in preds if p["doc"] == doc]
        for level, match in (("actor", s.LEVELS["actor"]), ("relation", rel_level), ("full", s.LEVELS["full"])):
            tp[level] += len(s.match_doc(gs, ps, match)[0])

    def ratio(a: int, b: int) -> dict:
        return {"right": a, "of": b, "share": round(a / b, 4) if b else 0.0}

    return {"actor given sentence (recall)": ratio(tp["actor"], len(rows)),
            "actor given sentence (precision)": ratio(tp["actor"], len(preds)),
            "relation given actor": ratio(tp["relation"], tp["actor"]),
            "target given actor and relation": ratio(tp["full"], tp["relation"])}


THRESHOLDS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9)  # the upper ones: what a user filtering for precision keeps


def by_confidence(pred: Path, gold: list[Path], thresholds: tuple[float, ...] = THRESHOLDS) -> list[dict]:
    """Full-level precision / recall / F1 of the statements at or above each
    confidence: what a user keeps by filtering on ``kg:confidence``."""
    s = _scorer("score")
    rows = [g for p in gold for g in s.read_jsonl(str(p))]
    preds = s.read_jsonl(str(pred))
    out = []
    for t in thresholds:
        kept = [p for p in preds if (p.get("confidence") or 0) >= t - 1e-9]
        full = s.score(rows, kept)["full"]
        docs = {g["doc"] for g in rows}
        out.append({"threshold": t, "kept": sum(p.get("doc") in docs for p in kept), **full})
    return out


def score_quotes(pred: Path, articles: Path) -> dict:
    s = _scorer("score_quotes")
    return s.score(s.read_jsonl(str(articles)), s.read_jsonl(str(pred)))


def write_polnear(articles: Path, out: Path) -> int:
    """Each PolNeAR article's text to ``out/texts/<id>.txt`` (its date in a sidecar)."""
    texts = out / "texts"
    texts.mkdir(parents=True, exist_ok=True)
    opener = gzip.open if str(articles).endswith(".gz") else open
    n = 0
    with opener(articles, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            art = json.loads(line)
            (texts / f"{art['id']}.txt").write_text(art["text"], encoding="utf-8")
            meta = {"title": art.get("title"), "outlet": art.get("publisher"), "published": art.get("date")}
            (texts / f"{art['id']}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
            n += 1
    return n


def print_levels(r: dict) -> None:
    """The scorer's three levels and its quote attribution, as a small table."""
    print(f"{'level':<8}{'P':>8}{'R':>8}{'F1':>8}")
    for level in ("full", "target", "actor"):
        x = r[level]
        print(f"{level:<8}{x['precision']:>8.3f}{x['recall']:>8.3f}{x['f1']:>8.3f}")
    q = r["quote_attribution"]
    print(f"quote attribution {q['right']}/{q['gold']} = {q['accuracy']:.3f}")


def main(a: argparse.Namespace) -> int:
    if not a.gold and not a.quotes:
        raise KGError("give --gold FILE.jsonl (statements) and/or --quotes ARTICLES.jsonl.gz (PolNeAR quotes)")
    for path in [*(a.gold or []), *([a.quotes] if a.quotes else [])]:
        if not Path(path).is_file():
            raise KGError(f"{path}: no such file (the gold to score against)")
    if getattr(a, "store", None):
        import tempfile

        with tempfile.TemporaryDirectory(prefix="kg-eval-") as tmp:
            return score_graph(_rows_of_store(a.store, Path(tmp)), a)
    pred = Path(a.dir) / "statements.jsonl"
    if not pred.exists():
        raise KGError(f"{a.dir}: no statements.jsonl; build the graph first")
    try:
        return score_graph(pred, a)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise KGError(f"cannot read the gold or the statements: {exc}; give JSONL files as "
                      "../shared/gold/GUIDELINES.md describes them") from exc


def _rows_of_store(url: str, tmp: Path) -> Path:
    """The statements of a graph on a SPARQL server, as the statements.jsonl a build writes."""
    import kg
    from kg.export import to_jsonl

    pred = tmp / "statements.jsonl"
    pred.write_text(to_jsonl(kg.open(url).statements()), encoding="utf-8")
    return pred


def score_graph(pred: Path, a: argparse.Namespace) -> int:
    """Print the scores of the statements in ``pred`` (a build's statements.jsonl)."""
    if a.gold:
        r = score_statements(pred, [Path(g) for g in a.gold])
        print_levels(r)
        print(f"\n{'stage':<36}{'right':>7}{'of':>7}{'share':>8}")
        for name, x in stage_figures(pred, [Path(g) for g in a.gold]).items():
            print(f"{name:<36}{x['right']:>7}{x['of']:>7}{x['share']:>8.3f}")
        sb = r["per_relation"].get("says")
        if sb:
            print(f"says precision {sb['precision']:.3f} ({sb['pred']} predicted)")
        print(f"\n{'confidence':<12}{'kept':>6}{'P':>8}{'R':>8}{'F1':>8}   (full level)")
        for x in by_confidence(pred, [Path(g) for g in a.gold]):
            print(f">= {x['threshold']:<9}{x['kept']:>6}{x['precision']:>8.3f}{x['recall']:>8.3f}{x['f1']:>8.3f}")
    if a.quotes:
        r = score_quotes(pred, Path(a.quotes))
        print(f"direct quotes: {r['gold']}, covered {r['covered']}, speaker right {r['right']}: accuracy {r['accuracy']:.3f}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "polnear":
        print(write_polnear(Path(sys.argv[2]), Path(sys.argv[3])), "articles written")
    else:
        print(__doc__)
