"""The commands that write a graph out: ``kg view`` (the HTML views),
``kg export`` (RDF, JSONL, CSV, GraphML, DNA, gold) and ``kg network`` (discourse
networks); registered on kg's command line by ``add_parsers``."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.cli import _dir, _graph
from kg.errors import KGError


def cmd_view(a: argparse.Namespace) -> int:
    from kg.viz import write_view

    g = _graph(a)
    if a.network:
        from kg.network import network
        from kg.viz import write_network_view

        net = network(g.store, a.network, a.normalize)
        data = write_network_view(net, a.network, Path(a.out))
        print(f"wrote {a.out}: {len(data['nodes'])} nodes, {len(data['edges'])} edges")
        return 0
    data = write_view(g.statements(), Path(a.out), topic=a.topic, actor=a.actor)
    print(f"wrote {a.out}: {len(data['nodes'])} nodes, {len(data['edges'])} edges")
    return 0


def _export_dna_db(a: argparse.Namespace, g) -> int:  # noqa: ANN001 - a kg.query.Graph
    """A .dna database (SQLite) for DNA: a file, never stdout; an existing one
    is a coder's work and is replaced only with --force."""
    from kg.dna_db import from_graph, write_db

    if not a.out:
        raise KGError("--format dna-db writes a database file: give -o FILE.dna")
    docs, statements, left_out = from_graph(g.statements(), g.store)
    write_db(Path(a.out), docs, statements, force=a.force)
    if left_out:
        print(f"kg: {left_out} statement(s) without a stance for or against a target left out "
              "(DNA's agreement is binary)", file=sys.stderr)
    print(f"wrote {a.out}: {len(docs)} documents, {len(statements)} statements (coder kg, password kg)")
    return 0


def cmd_export(a: argparse.Namespace) -> int:
    from kg.export import dump, to_csv, to_jsonl

    g = _graph(a)
    if a.format == "dna-db":
        return _export_dna_db(a, g)
    if a.format == "gold":
        from kg.review.outputs import to_gold

        data: str | bytes = to_gold(g.statements())
    elif a.format == "dna":
        from kg.dna import to_dna

        data, left_out = to_dna(g.statements(), g.store)
        if left_out:
            print(f"kg: {left_out} statement(s) without a stance for or against a target left out "
                  "(DNA's agreement is binary)", file=sys.stderr)
    elif a.format == "jsonl":
        data = to_jsonl(g.statements())
    elif a.format == "csv":
        data = to_csv(g.statements())
    elif a.format == "graphml":
        from kg.network import statement_graph, to_bytes

        data = to_bytes(statement_graph(g.statements()), "graphml")
    else:
        data = dump(g.store, a.format)
    if a.out:
        from kg.store import atomic_write

        atomic_write(Path(a.out), data)
    else:
        sys.stdout.buffer.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    return 0


def cmd_network(a: argparse.Namespace) -> int:
    from datetime import date

    from kg.network import format_of, network, to_bytes
    from kg.store import atomic_write

    fmt = format_of(a.out) if a.out else (a.format or "csv")
    try:
        start = date.fromisoformat(a.start) if a.start else None
        end = date.fromisoformat(a.end) if a.end else None
    except ValueError as exc:
        raise KGError(f"--from/--to take dates as YYYY-MM-DD ({exc})") from None
    g = network(_graph(a).store, a.type, a.normalize, a.duplicates, start, end, a.window)
    data = to_bytes(g, fmt)
    if a.out:
        atomic_write(Path(a.out), data)
        print(f"{a.type} network: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges -> {a.out}")
    else:
        sys.stdout.buffer.write(data)
    return 0


def add_parsers(sub) -> None:
    v = sub.add_parser("view", help="write a self-contained interactive HTML view")
    _dir(v)
    v.add_argument("--topic")
    v.add_argument("--actor")
    v.add_argument("--network", choices=["congruence", "conflict", "subtract"],
                   help="the actor network: who sides with whom (congruence) or against whom (conflict)")
    v.add_argument("--normalize", choices=["none", "average", "jaccard", "cosine"], default="none")
    v.add_argument("-o", "--out", required=True)
    v.add_argument("--reviewed", action="store_true", help="only statements reviewers accepted, edited or added")
    v.set_defaults(func=cmd_view)

    e = sub.add_parser("export", help="export the graph")
    _dir(e)
    e.add_argument("--format", choices=["trig", "nquads", "turtle", "ntriples", "jsonld", "jsonl", "csv", "graphml", "dna",
                                        "dna-db", "gold"],
                   default="trig", help="dna: Discourse Network Analyzer statements (CSV); dna-db: a database DNA 3 "
                   "opens (.dna, with -o); gold: reviewed statements in the gold format of ../shared/gold/GUIDELINES.md")
    e.add_argument("-o", "--out")
    e.add_argument("--force", action="store_true", help="dna-db: replace an existing .dna file")
    e.add_argument("--reviewed", action="store_true", help="only statements reviewers accepted, edited or added")
    e.set_defaults(func=cmd_export)

    nw = sub.add_parser("network", help="discourse networks (affiliation, congruence, conflict, subtract)")
    _dir(nw)
    nw.add_argument("--type", choices=["affiliation", "congruence", "conflict", "subtract"], default="congruence")
    nw.add_argument("--normalize", choices=["none", "average", "jaccard", "cosine"], default="none")
    nw.add_argument("--duplicates", choices=["statement", "document", "window"], default="document",
                    help="count a repeated statement once per statement, document or time window")
    nw.add_argument("--window", type=int, default=7, help="days in a window (with --duplicates window)")
    nw.add_argument("--from", dest="start", help="only statements dated on or after YYYY-MM-DD")
    nw.add_argument("--to", dest="end", help="only statements dated on or before YYYY-MM-DD")
    nw.add_argument("-o", "--out", help="file.graphml, file.gexf or file.csv (default: CSV to standard output)")
    nw.add_argument("--format", choices=["graphml", "gexf", "csv"])
    nw.add_argument("--reviewed", action="store_true", help="only statements reviewers accepted, edited or added")
    nw.set_defaults(func=cmd_network)
