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
            if subj[0] == "<":  # IRIs, most objects, read inline: a call a row cost a third of the scan
                out[subj[1:-1]].append(obj[1:-1] if obj[0] == "<" else term_value(obj))
    return out


_CHAR = re.compile(r"#char=(\d+),(\d+)$")


def _one(table: dict[str, list[object]], key: object) -> object:
    got = table.get(key) if key is not None else None  # type: ignore[arg-type]
    return got[0] if got else None


def _firsts(table: dict[str, list[object]]) -> dict[object, object]:
    """Subject -> its first object: ``_one`` for every subject at once (a call per
    field and row cost a fifth of the JSONL export)."""
    return {k: v[0] for k, v in table.items() if v}


def statement_rows(store: ox.Store) -> list[dict]:
    """Every statement in the export format, read from the graph: one scan per
    property, joined here. Offsets come from the spans' IRIs where they carry
    them (``doc#char=begin,end``, as kg mints them), else from nif:beginIndex
    and nif:endIndex."""
    p = {k: scan(store, KG + k) for k in ("actor", "relation", "document", "confidence", "target", "conditionOf",
                                           "addressee", "actorMention", "quote", "quotation", "cue", "reportedBy",
                                           "qualifier", "kind", "member", "polarity", "reviewState", "reviewedIn",
                                           "targetPhrase")}
    derived = scan(store, PROV + "wasDerivedFrom")
    labels = {k: v[-1] for k, v in scan(store, RDFS + "label").items()}
    anchor = scan(store, NIF + "anchorOf")
    spans = {m for table in (derived, p["actorMention"], p["quote"], p["quotation"], p["cue"])
             for ms in table.values() for m in ms}
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
    # each table's first value per subject, looked up once per row (as _one does)
    one = {k: _firsts(t) for k, t in p.items() if k not in ("member", "reportedBy", "qualifier")}
    first_derived, first_anchor = _firsts(derived), _firsts(anchor)
    first_ident, first_outlet, first_issued = _firsts(ident), _firsts(outlet), _firsts(issued)
    relation, actor_of, document, kind = one["relation"], one["actor"], one["document"], one["kind"]
    mention, quote_of, cue_of = one["actorMention"], one["quote"], one["cue"]
    members, reporters, qualifiers = p["member"], p["reportedBy"], p["qualifier"]
    no_span = (None, None)
    out = []
    for st in statements:
        rel, actor, doc = relation.get(st), actor_of.get(st), document.get(st)
        m = first_derived.get(st)
        s0, s1 = offsets.get(m, no_span)
        sentence = first_anchor.get(m)
        a0, a1 = offsets.get(mention.get(st), no_span)
        m = quote_of.get(st)
        quote = first_anchor.get(m)
        # offsets: the whole quotation (the guidelines' quote_start/quote_end); the text: the words it rests on
        q0, q1 = offsets.get(one["quotation"].get(st) or m, no_span)
        m = cue_of.get(st)
        c0, c1 = offsets.get(m, no_span)
        cue = first_anchor.get(m)
        target, cond, addr = one["target"].get(st), one["conditionOf"].get(st), one["addressee"].get(st)
        member_iris, reporter_iris, quals = members.get(actor), reporters.get(st), qualifiers.get(st)
        out.append({
            "doc": first_ident.get(doc),
            "actor": labels.get(actor),
            "members": sorted(labels.get(m) for m in member_iris if m in labels) if member_iris else [],
            "relation": str(rel).rsplit("#", 1)[-1],
            # the words the text used for a vocabulary topic ("truce"), else the target's label
            "target": (one["targetPhrase"].get(st) or labels.get(target)) if target else None,
            # the vocabulary topic those words name ("ceasefire" for "truce"), where they differ
            "target_concept": labels.get(target) if target and st in one["targetPhrase"] else None,
            "condition_of": labels.get(cond) if cond else None,
            "addressee": labels.get(addr) if addr else None,
            "quote": quote,
            "sentence": sentence,
            "start": s0, "end": s1,
            "actor_start": a0, "actor_end": a1,
            "quote_start": q0, "quote_end": q1,
            "polarity": one["polarity"].get(rel), "confidence": one["confidence"].get(st),
            "cue": cue, "cue_start": c0, "cue_end": c1,
            "reported_by": sorted(labels.get(x, x) for x in reporter_iris) if reporter_iris else [],
            "qualifiers": sorted(quals) if quals else [],
            "outlet": first_outlet.get(doc), "published": first_issued.get(doc),
            "statement_iri": st, "actor_iri": actor, "target_iri": target,
            "actor_kind": kind.get(actor), "target_kind": (kind.get(target) or "topic") if target else None,
            "id": st.rsplit("/", 1)[-1],  # what `kg correct OUT ID` takes
            "review_state": one["reviewState"].get(st),  # accepted, edited, added; None: not reviewed (kg.review)
            "reviewed_in": one["reviewedIn"].get(st),
        })
    out.sort(key=lambda x: (x["doc"] or "", x["start"] or 0, x["actor_start"] or 0, x["relation"], x["target"] or ""))
    return out


def issue_of(row: dict) -> str | None:
    """A row's target as its node is named: the vocabulary topic its words name
    ("ceasefire" for "truce"), else the target's label. Views, networks and the
    DNA export group by it; the row's ``target`` keeps the words."""
    return row.get("target_concept") or row.get("target")


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
