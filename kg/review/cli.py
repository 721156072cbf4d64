"""The review commands: ``kg review``, ``kg correct``, ``kg corrections``
and ``kg eval --reviewed`` (parsers added to the ``kg`` command by kg.cli)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.cli import key_values
from kg.errors import KGError


def cmd_correct(a: argparse.Namespace) -> int:
    from kg.review.session import correct

    changes = key_values(a.set, "--set", "field=value (e.g. relation=opposes)")
    if a.add:
        try:
            doc, span = a.add.rsplit(":", 1)
            start, end = (int(x) for x in span.split("-", 1))
        except ValueError:
            raise KGError(f"--add {a.add!r}: write it as DOC:START-END (the sentence's offsets)") from None
        c, row = correct(a.dir, None, "add", changes, a.reviewer, doc, (start, end))
    else:
        if not a.statement:
            raise KGError("give a statement (its IRI or its id from statements.jsonl), or --add DOC:START-END")
        decision = a.decision or ("edit" if changes else None)
        if decision is None:
            raise KGError("say what to do: accept, reject, or --set field=value to edit")
        if decision == "accept" and changes:
            decision = "edit"
        c, row = correct(a.dir, a.statement, decision, changes, a.reviewer)
    what = "rejected" if row is None else f"{row['review_state']}: {row['actor']} · {row['relation']} · {row.get('target') or '—'} (id {row['id']})"
    print(f"{c.decision} saved as {c.id} by {c.reviewer}; the statement is {what}")
    return 0


def cmd_review(a: argparse.Namespace) -> int:
    from kg.review.app import serve

    serve(a.dir, a.host, a.port, reviewer=a.reviewer, open_browser=not a.no_browser)
    return 0


def cmd_corrections(a: argparse.Namespace) -> int:
    import pyoxigraph as ox

    from kg.review.corrections import CorrectionLog
    from kg.review.graph import export_rdf, publish, read_file
    from kg.store import atomic_write

    log = CorrectionLog(a.dir)
    if a.action == "export":
        suffix = Path(a.out).suffix.lower() if a.out else ".jsonl"
        if suffix in {".trig", ".nq", ".nquads"}:
            data: bytes | str = export_rdf(a.dir, ox.RdfFormat.TRIG if suffix == ".trig" else ox.RdfFormat.N_QUADS)
        else:
            data = log.path.read_text(encoding="utf-8") if log.path.exists() else ""
        if a.out:
            atomic_write(Path(a.out), data)
            print(f"wrote {a.out}: {len(log.read())} decision(s)")
        else:
            sys.stdout.write(data if isinstance(data, str) else data.decode("utf-8"))
        return 0
    if a.action == "import":
        if not a.file:
            raise KGError("kg corrections import DIR FILE: give the file (.jsonl, .trig or .nq)")
        added = log.merge(read_file(a.file))
        report = publish(a.dir)
        print(f"imported {added} new decision(s) from {a.file}; {len(log.read())} in all")
        for line in report.notes():
            print(line)
        return 0
    from kg.review.session import Session

    s = Session(a.dir)
    p = s.progress()
    print(f"reviewed {p.reviewed} of {p.total} statements; {len(s.corrections)} decision(s) in {log.path}")
    for c in s.corrections[-a.last:] if a.last else s.corrections:
        what = ", ".join(f"{k}: {o!r} -> {v!r}" for k, (o, v) in c.changes.items())
        snap = c.after or c.before or {}
        print(f"{c.time[:19]}  {c.reviewer:<12} {c.decision:<7} {c.doc}  {snap.get('actor')} · {snap.get('relation')} · "
              f"{snap.get('target') or '—'}" + (f"  ({what})" if what else ""))
    return 0


def eval_reviewed(a: argparse.Namespace) -> int:
    import kg
    from kg.evaluate import print_levels
    from kg.review.outputs import score_reviewed

    r, counts = score_reviewed(a.dir, kg.open(a.dir).statements())
    if not counts["gold"]:
        raise KGError(f"{a.dir}: nothing reviewed yet; review with `kg review {a.dir}` or `kg correct`")
    print(f"the extractor against its reviewers: {counts['proposed']} statements proposed and reviewed, "
          f"{counts['gold']} kept as gold in {counts['documents']} document(s) "
          f"({counts['accepted']} accepted, {counts['edited']} edited, {counts['rejected']} rejected, "
          f"{counts['added']} added)")
    print_levels(r)
    return 0


def add_parsers(sub) -> None:
    rv = sub.add_parser("review", help="review statements in a local web page: accept, reject, edit, add")
    rv.add_argument("dir")
    rv.add_argument("--port", type=int, default=7879)
    rv.add_argument("--host", default="127.0.0.1", help="default 127.0.0.1 (this machine only)")
    rv.add_argument("--reviewer", help="your name in the decisions (default: env KG_REVIEWER or your login)")
    rv.add_argument("--no-browser", action="store_true", help="do not open a browser")
    rv.set_defaults(func=cmd_review)

    co = sub.add_parser("correct", help="accept, reject or edit one statement (or add one) from the command line")
    co.add_argument("dir")
    co.add_argument("statement", nargs="?", help="the statement's IRI or its id in statements.jsonl")
    co.add_argument("decision", nargs="?", choices=["accept", "reject"])
    co.add_argument("--set", action="append", metavar="FIELD=VALUE",
                    help="edit a field: actor, actor_kind, relation, target, target_kind, condition_of, addressee")
    co.add_argument("--add", metavar="DOC:START-END", help="add a statement the extractor missed, in this sentence")
    co.add_argument("--reviewer", help="your name in the decision (default: env KG_REVIEWER or your login)")
    co.set_defaults(func=cmd_correct)

    cs = sub.add_parser("corrections", help="list, export or import reviewers' decisions")
    cs.add_argument("action", choices=["list", "export", "import"])
    cs.add_argument("dir")
    cs.add_argument("file", nargs="?", help="import: a corrections .jsonl, or their RDF (.trig, .nq)")
    cs.add_argument("-o", "--out", help="export: FILE.jsonl, FILE.trig or FILE.nq (default: JSONL to standard output)")
    cs.add_argument("--last", type=int, help="list: only the last N decisions")
    cs.set_defaults(func=cmd_corrections)
