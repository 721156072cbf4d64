"""Statements for Discourse Network Analyzer (DNA, Leifeld): one coded
statement a row with the fields of DNA's statement records, as in its sample
database (../shared/data/dna_sample): statement_id, statement_type, doc_id,
doc_title, start, stop, text, person, organization, concept, agreement.

DNA's ``agreement`` is binary, so statements with a stance for (+1) or
against (-1) their target are written (agreement 1 or 0); consults, says and
conditions carry none and are left out. A person's organisation is their
affiliation where the gazetteer knows it; an organisation, country or group
is the organisation itself. kg's own ids and fields follow DNA's columns.
"""
from __future__ import annotations

import csv
import io

import pyoxigraph as ox

from kg.export import select
from kg.rdf import SPARQL_PREFIXES

COLUMNS = ["statement_id", "statement_type", "doc_id", "doc_title", "start", "stop", "text", "person",
           "organization", "concept", "agreement", "date", "outlet", "doc", "relation", "confidence",
           "review_state", "kg_id"]
AFFILIATIONS = SPARQL_PREFIXES + "SELECT DISTINCT ?a ?org WHERE { ?a kg:affiliation ?o . ?o rdfs:label ?org }"
TITLES = SPARQL_PREFIXES + "SELECT DISTINCT ?id ?title WHERE { ?d a kg:Document ; dcterms:identifier ?id ; dcterms:title ?title }"


def to_dna(rows: list[dict], store: ox.Store) -> tuple[str, int]:
    """(CSV text, statements left out for want of a stance)."""
    orgs = {r["a"]: r["org"] for r in select(store, AFFILIATIONS)}
    titles = {r["id"]: r["title"] for r in select(store, TITLES)}
    doc_numbers = {d: i for i, d in enumerate(sorted({r["doc"] for r in rows}), 1)}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    left_out, k = 0, 0
    for r in rows:
        if r["polarity"] not in (1, -1) or not r.get("target"):
            left_out += 1
            continue
        k += 1
        person = r["actor"] if (r.get("actor_kind") or "person") == "person" else ""
        org = orgs.get(r["actor_iri"], "") if person else r["actor"]
        w.writerow([k, "DNA Statement", doc_numbers[r["doc"]], titles.get(r["doc"], r["doc"]), r["start"], r["end"],
                    r["sentence"], person, org, r["target"], 1 if r["polarity"] == 1 else 0, r.get("published") or "",
                    r.get("outlet") or "", r["doc"], r["relation"], r["confidence"], r.get("review_state") or "",
                    r.get("id") or ""])
    return buf.getvalue(), left_out
