"""Exports read from the graph (never from in-memory records), so the graph
provably carries every field: statements.jsonl (../shared/gold/GUIDELINES.md
format), TriG / N-Quads / Turtle / JSON-LD, DNA-style CSV, GraphML."""
from __future__ import annotations

import csv
import io
import json
import re
from collections import defaultdict
from json.decoder import scanstring
from pathlib import Path

import pyoxigraph as ox

from kg.rdf import DCT, KG, NIF, PROV, RDFS


def _py(term: object) -> object:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        if dt.endswith(("#integer", "#nonNegativeInteger", "#int")):
            return int(term.value)
        if dt.endswith(("#decimal", "#double", "#float")):
            return float(term.value)
        if dt.endswith("#boolean"):
            return term.value == "true"
        return term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


def select(store: ox.Store, query: str, **kw: object) -> list[dict[str, object]]:
    """Rows of a SELECT as dicts of plain Python values (union default graph)."""
    res = store.query(query, use_default_graph_as_union=True, **kw)
    names = [v.value for v in res.variables]
    # solutions read by position: reading by name costs half again as much
    return [{name: _py(sol[i]) for i, name in enumerate(names)} for sol in res]


def term_value(cell: str) -> object:
    """A TSV results cell as a plain Python value: IRIs without brackets, strings
    unescaped (TSV's escapes are JSON's), numbers and booleans as such."""
    c = cell[0]
    if c == "<":
        return cell[1:-1]
    if c == '"':
        return scanstring(cell, 1, False)[0]
    if cell in ("true", "false"):
        return cell == "true"
    try:
        return int(cell)
    except ValueError:
        return float(cell)


def scan(store: ox.Store, predicate: str) -> dict[str, list[object]]:
    """Subject -> objects of one predicate in every named graph: one index scan,
    the solutions serialised by Oxigraph as TSV and split here (a SELECT joining
    a dozen patterns, or OPTIONALs, is far slower on a large graph, and reading
    solutions as Python objects costs twice the TSV; bench/)."""
    out: dict[str, list[object]] = defaultdict(list)
    res = store.query(f"SELECT ?s ?o WHERE {{ GRAPH ?g {{ ?s <{predicate}> ?o }} }}")
    lines = res.serialize(format=ox.QueryResultsFormat.TSV).decode("utf-8").split("\n")
    for line in lines[1:]:
        if line:
            subj, _, obj = line.partition("\t")
            if subj[0] == "<":
                out[subj[1:-1]].append(term_value(obj))
    return out


_CHAR = re.compile(r"#char=(\d+),(\d+)$")


def _one(table: dict[str, list[object]], key: object) -> object:
    got = table.get(key) if key is not None else None  # type: ignore[arg-type]
    return got[0] if got else None


def statement_rows(store: ox.Store) -> list[dict]:
    """Every statement in the export format, read from the graph: one scan per
    property, joined here. Offsets come from the spans' IRIs where they carry
    them (``doc#char=begin,end``, as kg mints them), else from nif:beginIndex
    and nif:endIndex."""
    p = {k: scan(store, KG + k) for k in ("actor", "relation", "document", "confidence", "target", "conditionOf",
                                           "addressee", "actorMention", "quote", "cue", "reportedBy", "qualifier",
                                           "kind", "member", "polarity", "reviewState", "reviewedIn")}
    derived = scan(store, PROV + "wasDerivedFrom")
    labels = {k: v[-1] for k, v in scan(store, RDFS + "label").items()}
    anchor = scan(store, NIF + "anchorOf")
    spans = {m for table in (derived, p["actorMention"], p["quote"], p["cue"]) for ms in table.values() for m in ms}
    offsets: dict[object, tuple[int, int]] = {}
    for m in spans:
        hit = _CHAR.search(str(m))
        if hit:
            offsets[m] = (int(hit.group(1)), int(hit.group(2)))
    if len(offsets) < len(spans):  # spans named otherwise (graphs of earlier kg versions)
        begin, end = scan(store, NIF + "beginIndex"), scan(store, NIF + "endIndex")
        offsets.update({m: (_one(begin, m), _one(end, m)) for m in spans if m not in offsets})  # type: ignore[misc]
    ident, outlet, issued = (scan(store, DCT + k) for k in ("identifier", "publisher", "issued"))
    statements = [row[0].value for row in store.query(f"SELECT ?s WHERE {{ GRAPH ?g {{ ?s a <{KG}Statement> }} }}")]
    out = []
    for st in statements:
        rel, actor, doc = _one(p["relation"], st), _one(p["actor"], st), _one(p["document"], st)

        def span(part: str) -> tuple[object, object, object]:
            m = _one(p[part], st) if part else _one(derived, st)
            b, e = offsets.get(m, (None, None))
            return b, e, _one(anchor, m)

        s0, s1, sentence = span("")
        a0, a1, _ = span("actorMention")
        q0, q1, quote = span("quote")
        c0, c1, cue = span("cue")
        target, cond, addr = _one(p["target"], st), _one(p["conditionOf"], st), _one(p["addressee"], st)
        out.append({
            "doc": _one(ident, doc),
            "actor": labels.get(actor),
            "members": sorted(labels.get(m) for m in p["member"].get(actor, []) if m in labels),
            "relation": str(rel).rsplit("#", 1)[-1],
            "target": labels.get(target) if target else None,
            "condition_of": labels.get(cond) if cond else None,
            "addressee": labels.get(addr) if addr else None,
            "quote": quote,
            "sentence": sentence,
            "start": s0, "end": s1,
            "actor_start": a0, "actor_end": a1,
            "quote_start": q0, "quote_end": q1,
            "polarity": _one(p["polarity"], rel), "confidence": _one(p["confidence"], st),
            "cue": cue, "cue_start": c0, "cue_end": c1,
            "reported_by": sorted(labels.get(x, x) for x in p["reportedBy"].get(st, [])),
            "qualifiers": sorted(p["qualifier"].get(st, [])),
            "outlet": _one(outlet, doc), "published": _one(issued, doc),
            "statement_iri": st, "actor_iri": actor, "target_iri": target,
            "actor_kind": _one(p["kind"], actor), "target_kind": (_one(p["kind"], target) or "topic") if target else None,
            "id": st.rsplit("/", 1)[-1],  # what `kg correct OUT ID` takes
            "review_state": _one(p["reviewState"], st),  # accepted, edited, added; None: not reviewed (kg.review)
            "reviewed_in": _one(p["reviewedIn"], st),
        })
    out.sort(key=lambda x: (x["doc"] or "", x["start"] or 0, x["actor_start"] or 0, x["relation"], x["target"] or ""))
    return out


def to_jsonl(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in rows)


def to_csv(rows: list[dict]) -> str:
    """DNA-style: one statement a row (actor, organisation, concept, agreement, date, text)."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["doc", "date", "outlet", "actor", "organisation", "relation", "concept", "agreement",
                "condition_of", "addressee", "quote", "text", "start", "end", "confidence"])
    for r in rows:
        agreement = {1: "yes", -1: "no"}.get(r["polarity"], "neutral")
        w.writerow([r["doc"], r["published"] or "", r["outlet"] or "", r["actor"], "", r["relation"],
                    r["target"] or "", agreement, r["condition_of"] or "", r["addressee"] or "",
                    r["quote"] or "", r["sentence"], r["start"], r["end"], r["confidence"]])
    return buf.getvalue()


RDF_FORMATS = {
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
}


def dump(store: ox.Store, fmt: str = "trig") -> bytes:
    """The whole dataset in an RDF format (triple formats get the union of graphs)."""
    from kg.rdf import PREFIXES

    if fmt in {"trig", "nquads"}:
        kw = {"prefixes": PREFIXES} if fmt == "trig" else {}
        return store.dump(format=RDF_FORMATS[fmt], **kw)
    if fmt in {"turtle", "ntriples"}:
        q = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
        triples = store.query(q, use_default_graph_as_union=True)
        kw = {"prefixes": PREFIXES} if fmt == "turtle" else {}
        return ox.serialize(triples, format=RDF_FORMATS[fmt], **kw)
    if fmt == "jsonld":
        import rdflib

        from kg.config import ONTOLOGY_DIR

        ds = rdflib.Dataset()
        ds.parse(data=store.dump(format=ox.RdfFormat.N_QUADS), format="nquads")
        # the context kg publishes (ontology/context.jsonld), inlined so the file reads offline
        context = json.loads((ONTOLOGY_DIR / "context.jsonld").read_text(encoding="utf-8"))["@context"]
        return ds.serialize(format="json-ld", context=context, auto_compact=True).encode("utf-8")
    raise ValueError(f"unknown RDF format {fmt!r}; use one of trig, nquads, turtle, ntriples, jsonld")


def dump_to(store: ox.Store, path: Path, fmt: str = "trig") -> None:
    """The whole dataset written by Oxigraph straight to ``path`` (fsynced), so a
    large graph is never one bytes object in memory; N-Quads or TriG only."""
    import os

    from kg.rdf import PREFIXES

    kw = {"prefixes": PREFIXES} if fmt == "trig" else {}
    tmp = Path(path).with_name(f".{Path(path).name}.tmp")
    store.dump(str(tmp), format=RDF_FORMATS[fmt], **kw)
    with tmp.open("rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)
