"""Statements for Discourse Network Analyzer (DNA, Leifeld): one coded
statement a row with the fields of DNA's statement records, as in its sample
database (../shared/data/dna_sample): statement_id, statement_type, doc_id,
doc_title, start, stop, text, person, organization, concept, agreement.

DNA's ``agreement`` is binary, so statements with a stance for (+1) or
against (-1) their target are written (agreement 1 or 0); consults, says and
conditions carry none and are left out. A person's organisation is their
affiliation where the gazetteer knows it; an organisation, country or group
is the organisation itself. kg's own ids and fields follow DNA's columns.
The same coding in DNA's own database file: kg.dna_db.
"""
from __future__ import annotations

import csv
import io

import pyoxigraph as ox

from kg.export import issue_of, select
from kg.rdf import SPARQL_PREFIXES

COLUMNS = ["statement_id", "statement_type", "doc_id", "doc_title", "start", "stop", "text", "person",
           "organization", "concept", "agreement", "date", "outlet", "doc", "relation", "confidence",
           "review_state", "kg_id"]
AFFILIATIONS = SPARQL_PREFIXES + "SELECT DISTINCT ?a ?org WHERE { ?a kg:affiliation ?o . ?o rdfs:label ?org }"
TITLES = SPARQL_PREFIXES + "SELECT DISTINCT ?id ?title WHERE { ?d a kg:Document ; dcterms:identifier ?id ; dcterms:title ?title }"


def affiliations(store: ox.Store) -> dict[str, str]:
    """Actor IRI → the label of the organisation the gazetteer affiliates it with."""
    return {r["a"]: r["org"] for r in select(store, AFFILIATIONS)}


def code(r: dict, orgs: dict[str, str]) -> tuple[str, str, int] | None:
    """(person, organization, agreement) of one statement row as DNA codes it,
    or None when it has no stance for or against a target. The one place the
    mapping lives: the CSV and the .dna database (kg.dna_db) both use it."""
    if r["polarity"] not in (1, -1) or not r.get("target"):
        return None
    person = r["actor"] if (r.get("actor_kind") or "person") == "person" else ""
    org = orgs.get(r["actor_iri"], "") if person else r["actor"]
    return person, org or "", 1 if r["polarity"] == 1 else 0


def to_dna(rows: list[dict], store: ox.Store) -> tuple[str, int]:
    """(CSV text, statements left out for want of a stance)."""
    orgs = affiliations(store)
    titles = {r["id"]: r["title"] for r in select(store, TITLES)}
    doc_numbers = {d: i for i, d in enumerate(sorted({r["doc"] for r in rows}), 1)}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    left_out, k = 0, 0
    for r in rows:
        coded = code(r, orgs)
        if coded is None:
            left_out += 1
            continue
        k += 1
        person, org, agreement = coded
        w.writerow([k, "DNA Statement", doc_numbers[r["doc"]], titles.get(r["doc"], r["doc"]), r["start"], r["end"],
                    r["sentence"], person, org, issue_of(r), agreement, r.get("published") or "",
                    r.get("outlet") or "", r["doc"], r["relation"], r["confidence"], r.get("review_state") or "",
                    r.get("id") or ""])
    return buf.getvalue(), left_out
