"""kg benchmarks: every figure is a ratio against a baseline measured in the same run.

    .venv/bin/python bench/bench.py            # full: ~80k words, 10k/100k/1M statements
    .venv/bin/python bench/bench.py --quick    # about a minute: ~15k words, 10k statements

Parts (each run in a fresh subprocess, so peak RSS is that part's own):
  extraction  words/s of spaCy's nlp.pipe alone (model load included) and of
              `kg build` end to end (start-up included) on the same corpus, and
              `kg build` with two processes (-j 2) and on a local Dask cluster
              of two workers (--workers 2) against one process;
  store       synthetic statement graphs of realistic shape: load time, size on
              disk, peak RSS, median latency of every ready-made question and of
              three hand-written queries, on Oxigraph (kg's store) and on
              rdflib's in-memory Dataset (the baseline a user would reach for);
  views       HTML generation time and size at 100, 1,000 and 10,000 nodes.
Results go to bench/results/<date>.json and a Markdown table on stdout.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
HAND_QUERIES = {
    "statements per relation": "SELECT ?r (COUNT(?st) AS ?n) WHERE { ?st a kg:Statement ; kg:relation ?r } GROUP BY ?r",
    "one actor's targets": "SELECT DISTINCT ?t WHERE { ?st kg:actor ?a ; kg:target ?t . ?a rdfs:label \"Actor 7\" }",
    "negative stances on a topic": "SELECT (COUNT(DISTINCT ?st) AS ?n) WHERE { ?st kg:relation ?r ; kg:target ?t . "
                                   "?r kg:polarity -1 . ?t rdfs:label \"topic 3\" }",
}
PARAMS = {"positions": {"topic": "topic 3"}, "actor": {"actor": "Actor 7"}, "timeline": {"topic": "topic 3"}}
BOUND = {**PARAMS, "conditions": {"topic": "topic 3"}}  # target: < 100 ms median at 1M
GLOBAL = ("agreement", "conflict", "corroboration", "disputed", "contradictions")  # summary < 1 s at 1M


def questions() -> dict[str, tuple[str, dict]]:
    """Question label -> (ready-made name, params): the bound questions, every
    global question's summary (no parameter) and its listing for one topic."""
    out = {name: (name, params) for name, params in BOUND.items()}
    for name in GLOBAL + ("conditions",):
        out[f"{name} (summary)"] = (name, {})
        if name != "conditions":
            out[f"{name} (topic)"] = (name, {"topic": "topic 3"})
    return out


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ---- corpus -------------------------------------------------------------------

def make_corpus(folder: Path, words: int) -> int:
    """Seeds plus PolNeAR texts (when ../shared has them) up to ``words`` words."""
    import gzip

    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    pn = SHARED / "data" / "polnear" / "polnear_dev_articles.jsonl.gz"
    if pn.exists():
        with gzip.open(pn, "rt", encoding="utf-8") as fh:
            texts += [(json.loads(line)["id"], json.loads(line)["text"]) for line in fh]
    folder.mkdir(parents=True, exist_ok=True)
    total, i = 0, 0
    while total < words:
        doc_id, text = texts[i % len(texts)]
        name = f"{i:04d}_{hashlib.sha1(doc_id.encode()).hexdigest()[:8]}.txt"
        (folder / name).write_text(text + ("" if i < len(texts) else f"\n\n(copy {i // len(texts)})"), encoding="utf-8")
        total += len(text.split())
        i += 1
    return total


def run_part(*args: str, timeout: float = 1800) -> dict:
    """One measurement in a fresh process; a part over ``timeout`` seconds is recorded as such."""
    try:
        out = subprocess.run([sys.executable, __file__, "--part", *args], capture_output=True, text=True, check=True,
                             timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"timeout_s": timeout, "part": list(args)}
    return json.loads(out.stdout.strip().splitlines()[-1])


def part_pipe(corpus: str, model: str) -> dict:
    t0 = time.perf_counter()
    import spacy

    from kg.nlp import load_pipeline
    from kg.config import Settings

    s = Settings.from_env()
    nlp = load_pipeline(model or s.model, s.ontology)
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(corpus).glob("*.txt"))]
    words = sum(len(t.split()) for t in texts)
    for _ in nlp.pipe(texts, batch_size=s.batch_size):
        pass
    return {"seconds": time.perf_counter() - t0, "words": words, "rss_mb": peak_rss_mb(), "spacy": spacy.__version__}


def part_build(corpus: str, n_process: str, model: str, dask_workers: str = "0") -> dict:
    """A whole build from process start; ``dask_workers`` > 0: on a local Dask
    cluster of that many workers (its start-up included)."""
    t0 = time.perf_counter()
    from kg.build import build
    from kg.config import Settings

    out = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        settings = Settings.from_env(n_process=int(n_process), workers=int(dask_workers), model=model or None)
        report = build([corpus], out, settings, progress=False)
    finally:
        shutil.rmtree(out, ignore_errors=True)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in Path(corpus).glob("*.txt"))
    return {"seconds": time.perf_counter() - t0, "words": words, "statements": report.statements, "rss_mb": peak_rss_mb()}


# ---- synthetic graphs --------------------------------------------------------------

def synthetic_records(n_statements: int, seed: int = 1):
    """Documents of ~10 statements, actors ~1% of statements, ~n/200 topics,
    every provenance field filled (mentions, quotes, cues, dates, outlets)."""
    from kg.records import Actor, Document, Relation, Span, Statement, Topic

    rng = random.Random(seed)
    actors = [Actor(f"Actor {i}", rng.choice(["person", "country", "organisation"])) for i in range(max(10, n_statements // 100))]
    topics = [Topic(f"topic {i}") for i in range(max(5, n_statements // 200))]
    outlets = [f"Outlet {i}" for i in range(20)]
    rels = list(Relation)
    per_doc = 10
    for d in range(n_statements // per_doc):
        sents = [f"Sentence {k} of document {d}, where someone said something about an issue." for k in range(per_doc)]
        text = " ".join(sents)
        doc = Document(id=f"doc{d}", text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(),
                       outlet=rng.choice(outlets), published=f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
        sts, pos = [], 0
        for s in sents:
            rel = rng.choice(rels)
            target = rng.choice(actors) if rel.value in {"accuses", "praises", "consults"} else rng.choice(topics)
            sts.append(Statement(doc_id=doc.id, sentence=Span(pos, pos + len(s), s), actor=rng.choice(actors),
                                 relation=rel, target=target, actor_span=Span(pos, pos + 8, s[:8]),
                                 quote=Span(pos + 9, pos + 20, s[9:20]), cue=Span(pos + 21, pos + 26, s[21:26]),
                                 condition_of=rng.choice(topics) if rel.value == "conditions" else None,
                                 confidence=round(rng.random(), 2)))
            pos += len(s) + 1
        yield doc, sts


QUERY_BUDGET_S = 120.0


def _median_ms(fn, repeat: int) -> float | None:
    """Median of ``repeat`` runs (one run when the first takes over a second;
    None when the first run exceeds QUERY_BUDGET_S: the query is left running
    in its thread and the part exits hard at the end)."""
    import threading

    t0 = time.perf_counter()
    th = threading.Thread(target=fn, daemon=True)
    th.start()
    th.join(QUERY_BUDGET_S)
    if th.is_alive():
        return None
    times = [(time.perf_counter() - t0) * 1000]
    if times[0] > 1000:
        return times[0]
    for _ in range(repeat - 1):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def part_store(n: str, engine: str, repeat: str) -> dict:
    import pyoxigraph as ox

    from kg.config import Settings
    from kg.query import ready_queries
    from kg.rdf import SPARQL_PREFIXES, GraphWriter

    n_st, repeat_n = int(n), int(repeat)
    settings = Settings.from_env()
    writer = GraphWriter(settings)
    folder = Path(tempfile.mkdtemp(prefix="kg-bench-store-"))
    ready = ready_queries()
    from kg.query import paged

    queries = {label: ((paged(ready[name].summary, 20, 0) if not params and ready[name].summary else ready[name].text),
                       {ready[name].variables.get(k, k): v for k, v in params.items()})
               for label, (name, params) in questions().items()}
    queries.update({name: (q, {}) for name, q in HAND_QUERIES.items()})
    res: dict = {"statements": n_st, "engine": engine}
    try:
        if engine == "oxigraph":
            import kg
            from load_parts import load_like_a_build

            t0 = time.perf_counter()
            load_like_a_build(folder, n_st)
            res["load_s"] = time.perf_counter() - t0
            res["load_rss_mb"] = peak_rss_mb()
            res["disk_mb"] = sum(p.stat().st_size for p in (folder / "store").rglob("*") if p.is_file()) / 1e6
            g = kg.open(folder)
            t0 = time.perf_counter()
            g.labels()  # the label index a bound question builds once per opened graph: timed apart
            res["label_index_ms"] = (time.perf_counter() - t0) * 1000
            lat, rows = {}, {}
            for label, (name, params) in questions().items():
                out: list = []
                lat[label] = _median_ms(lambda: out.__setitem__(slice(None), list(g.ask(name, **params))), repeat_n)
                rows[label] = len(out) if lat[label] is not None else None
            for name in HAND_QUERIES:
                text, params = queries[name]
                out = []
                lat[name] = _median_ms(lambda: out.__setitem__(slice(None), list(g.query(text, **params))), repeat_n)
                rows[name] = len(out) if lat[name] is not None else None
            res["latency_ms"] = lat
            res["rows"] = rows  # a global question's cost follows the rows it returns
            res["quads"] = len(g.store)
        else:
            import rdflib

            t0 = time.perf_counter()
            ds = rdflib.Dataset(default_union=True)
            store = ox.Store()
            for doc, sts in synthetic_records(n_st):
                store.extend(writer.document_quads(doc, sts))
            ds.parse(data=store.dump(format=ox.RdfFormat.N_QUADS), format="nquads")
            del store
            res["load_s"] = time.perf_counter() - t0
            lat = {}
            for name, (text, params) in queries.items():
                if params:  # labels to IRIs, as kg does
                    label = next(iter(params.values()))
                    iri = next(ds.subjects(rdflib.RDFS.label, rdflib.Literal(label)), None)
                    bindings = {next(iter(params)): iri}
                else:
                    bindings = {}
                lat[name] = _median_ms(lambda: list(ds.query(SPARQL_PREFIXES + text, initBindings=bindings)), max(1, repeat_n // 3))
            res["latency_ms"] = lat
            res["quads"] = len(ds)
        res["rss_mb"] = peak_rss_mb()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return res


def part_views(n_nodes: str) -> dict:
    from kg.viz import graph_data, render

    n = int(n_nodes)
    rng = random.Random(2)
    actors = [f"http://x/actor/{i}" for i in range(n // 2)]
    topics = [f"http://x/topic/{i}" for i in range(n - n // 2)]
    rows = []
    for i in range(n * 2):
        a, t = rng.choice(actors), rng.choice(topics)
        rows.append({"doc": f"d{i % 50}", "actor": a.rsplit("/", 1)[1], "actor_iri": a, "members": [],
                     "relation": rng.choice(["demands", "rejects", "supports", "conditions"]), "target": "t" + t.rsplit("/", 1)[1],
                     "target_iri": t, "condition_of": None, "quote": "a quote", "sentence": "A sentence. " * 3,
                     "start": 0, "end": 30, "outlet": f"O{i % 9}", "published": "2025-05-11", "actor_kind": "person",
                     "target_kind": "topic"})
    t0 = time.perf_counter()
    data = graph_data(rows)
    page = render(data)
    return {"nodes": len(data["nodes"]), "edges": len(data["edges"]), "seconds": time.perf_counter() - t0,
            "size_kb": len(page.encode()) / 1024}


def _parts() -> dict:
    from load_parts import part_bulkload, part_whole
    from serve_load import part_serve

    return {"pipe": part_pipe, "build": part_build, "store": part_store, "views": part_views,
            "whole": part_whole, "bulkload": part_bulkload, "serve": part_serve}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small sizes, about a minute")
    ap.add_argument("--model", default="", help="spaCy model name or folder (default: kg's setting)")
    ap.add_argument("--sizes", help="statement counts for the store part, e.g. 10000,100000 (default 10k,100k,1M)")
    ap.add_argument("--rdflib-max", type=int, default=10_000, help="largest graph also loaded into rdflib")
    ap.add_argument("--budget", type=float, default=120.0, help="seconds a single query may take before it is recorded as over")
    ap.add_argument("--load-size", type=int, default=100_000, help="statements of the whole-build comparison")
    ap.add_argument("--words", type=int, default=80_000, help="words of the extraction corpus (default 80000)")
    ap.add_argument("--rounds", type=int, default=1,
                    help="extraction: rounds of one process, -j 2 and Dask in turn; ratios are the rounds' medians")
    ap.add_argument("--only", choices=["extraction", "load", "store", "server", "views"], action="append",
                    help="run only these parts (repeatable); the result file is named after them")
    ap.add_argument("--part", nargs="+", help=argparse.SUPPRESS)
    a = ap.parse_args()
    global QUERY_BUDGET_S
    QUERY_BUDGET_S = float(os.environ.get("KG_BENCH_BUDGET", a.budget))
    if a.part:
        sys.path.insert(0, str(ROOT / "bench"))
        print(json.dumps(_parts()[a.part[0]](*a.part[1:])), flush=True)
        os._exit(0)  # do not wait for a query still running past its budget
    results: dict = {"date": date.today().isoformat(), "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
                     f"Python {platform.python_version()}", "quick": a.quick}
    parts = set(a.only or ["extraction", "load", "store", "server", "views"])
    if "extraction" in parts:
        words = 6_000 if a.quick else a.words
        corpus = Path(tempfile.mkdtemp(prefix="kg-bench-corpus-"))
        try:
            results["corpus_words"] = make_corpus(corpus, words)
            pipe = run_part("pipe", str(corpus), a.model)
            rounds = []
            for _ in range(max(1, a.rounds)):  # one process, -j 2 and Dask side by side, round after round
                one = run_part("build", str(corpus), "1", a.model)
                two = run_part("build", str(corpus), "2", a.model)
                dask2 = run_part("build", str(corpus), "1", a.model, "2")
                rounds.append({"build_1": one, "build_2": two, "build_dask_2": dask2,
                               "two_vs_one": one["seconds"] / two["seconds"],
                               "dask_two_vs_one": one["seconds"] / dask2["seconds"]})
        finally:
            shutil.rmtree(corpus, ignore_errors=True)
        mid = sorted(rounds, key=lambda r: r["dask_two_vs_one"])[len(rounds) // 2]  # the round of the median Dask ratio
        one, two, dask2 = mid["build_1"], mid["build_2"], mid["build_dask_2"]
        results["extraction"] = {"pipe": pipe, "build_1": one, "build_2": two, "build_dask_2": dask2,
                                 "build_vs_pipe": (one["words"] / one["seconds"]) / (pipe["words"] / pipe["seconds"]),
                                 "two_vs_one": statistics.median(r["two_vs_one"] for r in rounds),
                                 "dask_two_vs_one": statistics.median(r["dask_two_vs_one"] for r in rounds),
                                 "rounds": rounds}
    if "store" in parts:
        sizes = [2_000] if a.quick else [int(x) for x in (a.sizes or "10000,100000,1000000").split(",")]
        rdflib_max = 2_000 if a.quick else a.rdflib_max
        os.environ["KG_BENCH_BUDGET"] = str(QUERY_BUDGET_S)
        results["budget_s"] = QUERY_BUDGET_S
        results["store"] = []
        for n in sizes:
            results["store"].append(run_part("store", str(n), "oxigraph", "5" if a.quick else "9"))
            if n <= rdflib_max:
                results["store"].append(run_part("store", str(n), "rdflib", "3"))
    if "load" in parts:
        n = 5_000 if a.quick else a.load_size
        tmp = Path(tempfile.mkdtemp(prefix="kg-bench-nq-"))
        try:
            whole = run_part("whole", str(n), str(tmp / "all.nq"), timeout=7200)
            bulk = run_part("bulkload", str(tmp / "all.nq"), timeout=7200)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        results["load"] = {"whole": whole, "bulkload": bulk,
                           "ratio": whole["seconds"] / bulk["seconds"] if "seconds" in whole and "seconds" in bulk else None}
    if "server" in parts:
        results["server"] = run_part("serve", "2000" if a.quick else "20000", "60" if a.quick else "120", timeout=900)
    if "views" in parts:
        results["views"] = [run_part("views", str(n)) for n in ([100, 1000] if a.quick else [100, 1000, 10_000])]
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    suffix = ("-quick" if a.quick else "") + ("" if a.only is None else "-" + "-".join(sorted(parts)))
    (out / f"{results['date']}{suffix}.json").write_text(json.dumps(results, indent=1))
    from report import table  # beside this script; it reads this module's question list

    print(table(results))


if __name__ == "__main__":
    main()
