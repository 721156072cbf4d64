"""Exports read from the graph (never from in-memory records), so the graph
provably carries every field: statements.jsonl (../shared/gold/GUIDELINES.md
format), TriG / N-Quads / Turtle / JSON-LD, DNA-style CSV, GraphML."""
from __future__ import annotations

import csv
import io
import json
from collections import defaultdict

import pyoxigraph as ox

from kg.rdf import SPARQL_PREFIXES

CORE_QUERY = SPARQL_PREFIXES + """
SELECT DISTINCT ?st ?actor ?rel ?doc ?sent ?pol ?conf WHERE {
  ?st a kg:Statement ; kg:actor ?actor ; kg:relation ?relNode ; kg:document ?doc ;
      prov:wasDerivedFrom ?sent ; kg:polarity ?pol ; kg:confidence ?conf .
  BIND(STRAFTER(STR(?relNode), STR(kg:)) AS ?rel)
}
"""
LINKS_QUERY = SPARQL_PREFIXES + """
SELECT DISTINCT ?st ?p ?o WHERE {
  ?st a kg:Statement ; ?p ?o .
  VALUES ?p { kg:target kg:conditionOf kg:addressee kg:actorMention kg:quote kg:cue kg:reportedBy kg:qualifier
             kg:reviewState kg:reviewedIn }
}
"""
LABELS_QUERY = SPARQL_PREFIXES + "SELECT DISTINCT ?x ?label WHERE { ?x rdfs:label ?label }"
KINDS_QUERY = SPARQL_PREFIXES + "SELECT DISTINCT ?x ?kind WHERE { ?x kg:kind ?kind }"
SPANS_QUERY = SPARQL_PREFIXES + """
SELECT DISTINCT ?m ?b ?e ?a WHERE { ?m nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?a }
"""
DOCS_QUERY = SPARQL_PREFIXES + """
SELECT DISTINCT ?doc ?id ?outlet ?issued WHERE {
  ?doc a kg:Document ; dcterms:identifier ?id .
  OPTIONAL { ?doc dcterms:publisher ?outlet } OPTIONAL { ?doc dcterms:issued ?issued }
}
"""
MEMBERS_QUERY = SPARQL_PREFIXES + """
SELECT DISTINCT ?group ?label WHERE { ?group kg:member ?m . ?m rdfs:label ?label } ORDER BY ?group ?label
"""


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


def statement_rows(store: ox.Store) -> list[dict]:
    """Every statement in the export format, read from the graph. A few flat
    queries joined here: one query with a dozen OPTIONALs is far slower."""
    labels = {r["x"]: r["label"] for r in select(store, LABELS_QUERY)}
    kinds = {r["x"]: r["kind"] for r in select(store, KINDS_QUERY)}
    spans = {r["m"]: (r["b"], r["e"], r["a"]) for r in select(store, SPANS_QUERY)}
    docs = {r["doc"]: r for r in select(store, DOCS_QUERY)}
    members: dict[str, list[str]] = defaultdict(list)
    for row in select(store, MEMBERS_QUERY):
        members[row["group"]].append(row["label"])
    links: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for row in select(store, LINKS_QUERY):
        links[row["st"]][row["p"].rsplit("#", 1)[-1]].append(row["o"])
    out = []
    for r in select(store, CORE_QUERY):
        ln = links[r["st"]]
        one = lambda key: ln[key][0] if ln.get(key) else None  # noqa: E731
        span = lambda key: spans.get(one(key), (None, None, None))  # noqa: E731
        s0, s1, sentence = spans.get(r["sent"], (None, None, None))
        a0, a1, _ = span("actorMention")
        q0, q1, quote = span("quote")
        c0, c1, cue = span("cue")
        d = docs.get(r["doc"], {})
        target, cond, addr = one("target"), one("conditionOf"), one("addressee")
        out.append({
            "doc": d.get("id"),
            "actor": labels.get(r["actor"]),
            "members": sorted(members.get(r["actor"], [])),
            "relation": r["rel"],
            "target": labels.get(target) if target else None,
            "condition_of": labels.get(cond) if cond else None,
            "addressee": labels.get(addr) if addr else None,
            "quote": quote,
            "sentence": sentence,
            "start": s0, "end": s1,
            "actor_start": a0, "actor_end": a1,
            "quote_start": q0, "quote_end": q1,
            "polarity": r["pol"], "confidence": r["conf"],
            "cue": cue, "cue_start": c0, "cue_end": c1,
            "reported_by": sorted(labels.get(x, x) for x in ln.get("reportedBy", [])),
            "qualifiers": sorted(ln.get("qualifier", [])),
            "outlet": d.get("outlet"), "published": d.get("issued"),
            "statement_iri": r["st"], "actor_iri": r["actor"], "target_iri": target,
            "actor_kind": kinds.get(r["actor"]), "target_kind": kinds.get(target, "topic") if target else None,
            "id": r["st"].rsplit("/", 1)[-1],  # what `kg correct OUT ID` takes
            "review_state": one("reviewState"),  # accepted, edited, added; None: not reviewed (kg.review)
            "reviewed_in": one("reviewedIn"),
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
