"""What each rule family and feature group earns: switch one off, refit the
learned stages, and measure (train cross-validated by article; dev with a
model fitted on all of train). A rule that earns nothing on either set is a
candidate for deletion (issue 14: "every rule and lexicon entry earns its place").

    .venv/bin/python bench/ablation.py                 # every family, train CV only
    .venv/bin/python bench/ablation.py --dev nominal   # named families, train CV and dev
    .venv/bin/python bench/ablation.py --attribution   # quick: what each family's drafts make on dev and train

Each line: the family, full and actor F1 (train CV, then dev), and the change
from the baseline measured in the same run. CV differences under about 0.005
are noise on 64 articles. Results go to bench/results/<date>-ablation.json.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from contextlib import contextmanager
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

import kg.extract.candidates as C  # noqa: E402
import kg.extract.learned as L  # noqa: E402
import kg.extract.target_candidates as TC  # noqa: E402
import kg.train as T  # noqa: E402
from kg.config import Settings  # noqa: E402
from kg.evaluate import _scorer  # noqa: E402
from kg.extract.document import extract_document  # noqa: E402
from kg.extract.headlines import for_parser  # noqa: E402
from kg.extract.statements import SentenceExtractor  # noqa: E402
from kg.ingest import Problem, read_paths  # noqa: E402
from kg.lexicon import load_lexicon  # noqa: E402
from kg.nlp import load_pipeline  # noqa: E402

# rule families: the SentenceExtractor methods that read one kind of act
RULES = ["verbal", "nominal", "conditions", "ultimatum", "threat", "consequence", "evaluation", "predication",
         "goal", "enough", "stance_noun", "reported_wrong", "reported_wrong_noun", "accusation", "evaluated",
         "obligation", "in_favour", "pledge", "effect", "holder_noun"]


def _no_tone(text: str, prefix: str) -> set[str]:
    return set()


def _no_dense(tokens, prefix: str, scale: float = 3.0) -> dict[str, float]:
    return {}


def _no_vector(tokens) -> None:
    return None


def _without(fn: Callable, prefixes: tuple[str, ...]) -> Callable:
    def wrapped(*a, **k):
        f = fn(*a, **k)
        if isinstance(f, dict):
            return {x: v for x, v in f.items() if not x.startswith(prefixes)}
        return {x for x in f if not x.startswith(prefixes)}
    return wrapped


# feature groups of the learned stages: (module, attribute, replacement)
FEATURES: dict[str, list[tuple[object, str, Callable]]] = {
    "f:tone": [(C, "tone", _no_tone), (L, "tone", _no_tone)],
    "f:dense": [(C, "mean_tensor", _no_dense), (L, "mean_tensor", _no_dense), (L, "unit_vector", _no_vector), (TC, "unit_vector", _no_vector)],
    "f:rule_evidence": [(L, "actor_vector", _without(L.actor_vector, ("rule", "other_rule")))],
    "f:words": [(L, "actor_vector", _without(L.actor_vector, ("w:", "cw:")))],
}


@contextmanager
def switched_off(name: str):
    saved = []
    if name in RULES:
        saved.append((SentenceExtractor, name, getattr(SentenceExtractor, name)))
        setattr(SentenceExtractor, name, lambda self, *a, **k: None)
    else:
        for mod, attr, repl in FEATURES.get(name, []):
            saved.append((mod, attr, getattr(mod, attr)))
            setattr(mod, attr, repl)
    try:
        yield
    finally:
        for obj, attr, old in saved:
            setattr(obj, attr, old)


def dev_scores(models: L.Models, S, settings: Settings) -> dict:
    gold = T.read_gold([SHARED / "gold" / "dev.jsonl"])
    docs = [d for d in read_paths([SHARED / "data" / "news_dev"]) if not isinstance(d, Problem) and d.id in gold]
    nlp = load_pipeline(settings.model, settings.ontology)
    lex = load_lexicon(settings.ontology)
    old = L.load_models
    L.load_models = lambda *a, **k: models
    rows = []
    try:
        for sdoc, doc in nlp.pipe(((for_parser(d.text, lex), d) for d in docs), as_tuples=True, batch_size=8):
            statements, _ = extract_document(doc, sdoc, lex)
            rows += [T.as_row(st) for st in statements]
    finally:
        L.load_models = old
    return S.score([g for gs in gold.values() for g in gs], rows)


def family_of_caller() -> str:
    """The rule family whose method made the draft being added: the one the
    sentence loop called (``threat`` inside ``verbal`` counts for ``verbal``)."""
    import inspect

    names = [f.function for f in inspect.stack()[2:] if f.function in RULES]
    return names[-1] if names else "?"


def attribution(S, settings: Settings) -> dict:
    """Per rule family, with the shipped model: drafts made, statements kept
    that rest on one of them (the statement takes the draft's relation), and
    how many of those are right at the full level. Train is in-sample for the
    learned stages (the rules are not fitted to it); dev is not."""
    from collections import Counter

    import kg.extract.statements as ST

    made: Counter = Counter()
    tag: dict[tuple, str] = {}
    orig_add, orig_make = ST.SentenceExtractor.add, L.make_statement

    def add(self, d):
        fam = family_of_caller()
        made[fam] += 1
        object.__setattr__(d, "_family", fam)
        return orig_add(self, d)

    def make(document, unit, c, relation, t, confidence):
        st = orig_make(document, unit, c, relation, t, confidence)
        same = next((d for d in c.rule_drafts if d.relation == relation), None)
        if same is not None:
            tag[(st.doc_id, st.sentence.start, st.actor.label, relation)] = getattr(same, "_family", "?")
        return st

    ST.SentenceExtractor.add, L.make_statement = add, make
    out = {}
    try:
        for name in ("train", "dev"):
            gold = T.read_gold([SHARED / "gold" / f"{name}.jsonl"])
            docs = [d for d in read_paths([SHARED / "data" / f"news_{name}"]) if not isinstance(d, Problem) and d.id in gold]
            nlp = load_pipeline(settings.model, settings.ontology)
            lex = load_lexicon(settings.ontology)
            kept: Counter = Counter()
            right: Counter = Counter()
            made.clear()
            for sdoc, doc in nlp.pipe(((for_parser(d.text, lex), d) for d in docs), as_tuples=True, batch_size=8):
                rows = [T.as_row(st) for st in extract_document(doc, sdoc, lex)[0]]
                fams = [tag.get((r["doc"], r["start"], r["actor"], r["relation"]), "(learned)") for r in rows]
                pairs, _ = S.match_doc(gold[doc.id], rows, S.LEVELS["full"])
                hit = set(pairs.values())
                for j, fam in enumerate(fams):
                    kept[fam] += 1
                    right[fam] += j in hit
            out[name] = {f: {"drafts": made[f], "kept": kept[f], "right": right[f]} for f in sorted(set(made) | set(kept))}
    finally:
        ST.SentenceExtractor.add, L.make_statement = orig_add, orig_make
    return out


def measure(name: str, S, gold, settings: Settings, with_dev: bool) -> dict:
    with switched_off(name):
        parsed = [p for p in T.parse([SHARED / "data" / "news_train"], settings) if p.document.id in gold]
        cv, calibrator = T.cross_validate(parsed, gold, S, 4)
        out = {"cv_full": cv["full"]["f1"], "cv_actor": cv["actor"]["f1"]}
        if with_dev:
            models = T.fit_models(parsed, gold, S, threshold=cv["threshold"])
            models.confidence = calibrator  # as `kg train` writes it
            d = dev_scores(models, S, settings)
            out |= {"dev_full": d["full"]["f1"], "dev_actor": d["actor"]["f1"]}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*", help=f"families to switch off (default all): {', '.join(RULES + list(FEATURES))}")
    ap.add_argument("--dev", action="store_true", help="also score dev with a model fitted on all of train")
    ap.add_argument("--attribution", action="store_true",
                    help="quick: per family, drafts made and statements kept and right (shipped model)")
    a = ap.parse_args()
    if not (SHARED / "gold" / "train.jsonl").exists():
        print("needs ../shared (the train and dev gold)", file=sys.stderr)
        return 2
    S = _scorer("score")
    settings = Settings.from_env()
    gold = T.read_gold([SHARED / "gold" / "train.jsonl"])
    if a.attribution:
        res = attribution(S, settings)
        print(f"{'family':<22}" + "".join(f"{n + ' ' + k:>14}" for n in res for k in ("drafts", "kept", "right")))
        for fam in sorted({f for r in res.values() for f in r}):
            print(f"{fam:<22}" + "".join(f"{res[n].get(fam, {}).get(k, 0):>14}" for n in res
                                          for k in ("drafts", "kept", "right")))
        return 0
    names = a.names or RULES + list(FEATURES)
    unknown = [n for n in names if n not in RULES and n not in FEATURES]
    if unknown:
        print(f"unknown: {', '.join(unknown)}", file=sys.stderr)
        return 2
    results = {}
    t0 = time.time()
    base = results["(none)"] = measure("(none)", S, gold, settings, a.dev)
    print(f"{'switched off':<22}" + "".join(f"{k:>16}" for k in base), flush=True)
    print(f"{'(none)':<22}" + "".join(f"{v:>16.4f}" for v in base.values()), flush=True)
    for n in names:
        r = results[n] = measure(n, S, gold, settings, a.dev)
        print(f"{n:<22}" + "".join(f"{v:>8.4f} ({v - base[k]:+.3f})" for k, v in r.items()), flush=True)
    out = ROOT / "bench" / "results" / f"{date.today()}-ablation.json"
    out.write_text(json.dumps({"date": str(date.today()), "seconds": round(time.time() - t0), "results": results},
                              indent=1), encoding="utf-8")
    print(f"written {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
