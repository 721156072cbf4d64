"""Reviewers' decisions in the store.

Each decision is a named graph of its own (``…/correction/<id>``): a
``kg:Correction`` (a ``prov:Activity``) with its reviewer
(``prov:wasAssociatedWith``), time (``prov:endedAtTime``), the statement it
found (``prov:used``) and the one it left (``prov:generated``), one
``kg:change`` per field changed with the old and new value, and the whole
decision as JSON (``kg:record``), which is what an import reads back.

``sync`` makes a store agree with ``OUT/corrections.jsonl``: the decision
graphs are rewritten, and every document with decisions gets its statements
re-derived (``corrections.apply``) and its graph rewritten, the statements
carrying ``kg:reviewState``. A build runs it before positions are computed
(``kg.build._finish``), so a rebuild re-applies every decision.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from pyoxigraph import Quad

from kg import store as st
from kg.config import Settings
from kg.errors import KGError
from kg.export import select, statement_rows
from kg.lexicon import load_lexicon
from kg.records import Actor, Document, Relation, Span, Statement, Topic
from kg.rdf import DCT, KG, PROV, RDF, RDFS, SPARQL_PREFIXES, XSD, GraphWriter, Minter, lit, n, slug
from kg.review.corrections import Correction, CorrectionLog, apply, by_doc, fold, parse_jsonl

DOCS = SPARQL_PREFIXES + """
SELECT ?g ?id ?text ?hash ?run ?title ?outlet ?issued ?source ?enc WHERE {
  GRAPH ?g { ?g a kg:Document ; dcterms:identifier ?id ; nif:isString ?text ; kg:contentHash ?hash ;
                prov:wasGeneratedBy ?run .
    OPTIONAL { ?g dcterms:title ?title } OPTIONAL { ?g dcterms:publisher ?outlet }
    OPTIONAL { ?g dcterms:issued ?issued } OPTIONAL { ?g dcterms:source ?source } OPTIONAL { ?g kg:encoding ?enc } }
}
"""
KINDS = SPARQL_PREFIXES + """
SELECT DISTINCT ?x ?label ?kind WHERE {
  { ?x a kg:Actor ; rdfs:label ?label ; kg:kind ?kind } UNION { ?x a kg:Topic ; rdfs:label ?label BIND("topic" AS ?kind) }
}
"""
CORRECTION_GRAPHS = SPARQL_PREFIXES + "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a kg:Correction } }"
RECORDS = SPARQL_PREFIXES + "SELECT ?record WHERE { GRAPH ?g { ?g a kg:Correction ; kg:record ?record } }"


@dataclass
class StoredDoc:
    graph: str
    run: str
    doc: Document


@dataclass
class SyncReport:
    decisions: int = 0
    documents: int = 0  # documents whose statements the decisions changed
    waiting: list[str] = field(default_factory=list)  # documents not in the graph (removed, not built yet)
    stale: list[Correction] = field(default_factory=list)  # the sentence is no longer in the text
    restored: int = 0  # decisions written back to a missing corrections.jsonl from the graph

    def notes(self) -> list[str]:
        if not self.decisions:
            return []
        out = [f"review: {self.decisions} decision(s) applied to {self.documents} document(s)"]
        if self.restored:
            out.append(f"review: corrections.jsonl was missing; {self.restored} decision(s) restored from the graph")
        if self.waiting:
            out.append(f"review: decisions kept for documents not in the graph: {', '.join(sorted(self.waiting))}")
        for c in self.stale:
            out.append(f"review: decision {c.id} on {c.doc} not applied: its sentence is no longer in the text")
        return out


def documents(store: ox.Store, ids: set[str] | None = None) -> dict[str, StoredDoc]:
    out = {}
    for r in select(store, DOCS):
        if ids is not None and r["id"] not in ids:
            continue
        doc = Document(id=r["id"], text=r["text"], content_hash=r["hash"], title=r["title"], outlet=r["outlet"],
                       published=str(r["issued"]) if r["issued"] else None, source=r["source"],
                       encoding=r["enc"] or "utf-8")
        out[r["id"]] = StoredDoc(r["g"], r["run"], doc)
    return out


def kinds(store: ox.Store) -> dict[str, str]:
    """Folded label -> kind of every actor ('person', …) and topic ('topic') in the graph."""
    out: dict[str, str] = {}
    for r in select(store, KINDS):
        if r["kind"] != "topic" or fold(r["label"]) not in out:
            out[fold(r["label"])] = r["kind"]
    return out


def _entity(label: str, kind: str | None, known: dict[str, str], concept: str | None = None) -> Actor | Topic:
    kind = kind or known.get(fold(label), "topic")
    if kind != "topic":
        return Actor(label, kind)
    # "truce", "U.S. sanctions" stay phrases of the vocabulary's ceasefire and sanctions,
    # as the extractor made them: the statement keeps its IRI, the topic its node
    lex = load_lexicon()
    if concept and concept != label:
        return (lex.topics.get(concept) or Topic(concept, in_vocabulary=True)).named(label)
    return lex.topic_named(fold(label)) or Topic(label)


def _span(row: dict, name: str, text: str) -> Span | None:
    s0, s1 = row.get(f"{name}_start"), row.get(f"{name}_end")
    return Span(s0, s1, text[s0:s1]) if isinstance(s0, int) and isinstance(s1, int) else None


def _quote(row: dict, text: str) -> tuple[Span | None, Span | None]:
    """The quote and, where the quote is its words in one sentence, the whole
    quotation: a row's offsets are the quotation's, its text the quote's."""
    whole = _span(row, "quote", text)
    words = row.get("quote")
    if whole is None or not words or words == whole.text:
        return whole, None
    k = text.find(words, max(whole.start, row["start"]), whole.end)
    if k < 0:
        return whole, None
    return Span(k, k + len(words), words), whole


def to_statement(row: dict, doc: Document, known: dict[str, str], base: str) -> Statement:
    """A statements.jsonl row back to a record, for the graph writer."""
    text, s0, s1 = doc.text, row["start"], row["end"]
    correction = row.get("correction")
    quote, quotation = _quote(row, text)
    return Statement(
        doc_id=doc.id, sentence=Span(s0, s1, text[s0:s1]),
        actor=Actor(row["actor"], row.get("actor_kind") or known.get(fold(row["actor"]), "person")),
        relation=Relation(row["relation"]),
        target=_entity(row["target"], row.get("target_kind"), known, row.get("target_concept"))
        if row.get("target") else None,
        actor_span=_span(row, "actor", text),
        condition_of=_entity(row["condition_of"], None, known) if row.get("condition_of") else None,
        addressee=Actor(row["addressee"], known.get(fold(row["addressee"]), "person")) if row.get("addressee") else None,
        quote=quote, quotation=quotation, qualifiers=tuple(row.get("qualifiers") or ()),
        confidence=float(row.get("confidence") if row.get("confidence") is not None else 1.0),
        cue=_span(row, "cue", text),
        reported_by=tuple(Actor(a, known.get(fold(a), "person")) for a in row.get("reported_by") or ()),
        review_state=row.get("review_state"),
        reviewed_in=correction_iri(base, correction) if correction else None)


def with_ids(row: dict, doc: Document, known: dict[str, str], base: str) -> dict:
    """The row with the IRI and id its statement has (or will have) in the graph."""
    iri = Minter(base).statement(doc, to_statement(row, doc, known, base)).value
    return {**row, "statement_iri": iri, "id": iri.rsplit("/", 1)[-1]}


def correction_iri(base: str, cid: str) -> str:
    return f"{Minter(base).base}correction/{cid}"


def correction_quads(c: Correction, base: str, docs: dict[str, StoredDoc], known: dict[str, str]) -> list[Quad]:
    g = n(correction_iri(base, c.id))
    reviewer = n(f"{Minter(base).base}reviewer/{slug(c.reviewer)}")
    quads = [Quad(g, n(RDF + "type"), n(KG + "Correction"), g), Quad(g, n(RDF + "type"), n(PROV + "Activity"), g),
             Quad(g, n(KG + "decision"), lit(c.decision), g),
             Quad(g, n(PROV + "endedAtTime"), lit(c.time, XSD + "dateTime"), g),
             Quad(g, n(PROV + "wasAssociatedWith"), reviewer, g),
             Quad(reviewer, n(RDF + "type"), n(PROV + "Agent"), g), Quad(reviewer, n(RDF + "type"), n(PROV + "Person"), g),
             Quad(reviewer, n(RDFS + "label"), lit(c.reviewer), g),
             Quad(g, n(DCT + "identifier"), lit(c.doc), g),
             Quad(g, n(KG + "record"), lit(json.dumps(c.to_json(), ensure_ascii=False)), g)]
    if c.before and c.before.get("statement_iri"):
        quads.append(Quad(g, n(PROV + "used"), n(c.before["statement_iri"]), g))
    stored = docs.get(c.doc)
    if c.after and stored is not None:
        try:
            quads.append(Quad(g, n(PROV + "generated"), n(with_ids(c.after, stored.doc, known, base)["statement_iri"]), g))
        except (KeyError, ValueError, TypeError):  # offsets from an older text: the record still says it all
            pass
    for name, (old, new) in sorted(c.changes.items()):
        ch = n(f"{g.value}#{name}")
        quads += [Quad(g, n(KG + "change"), ch, g), Quad(ch, n(KG + "field"), lit(name), g)]
        if old is not None:
            quads.append(Quad(ch, n(KG + "oldValue"), lit(old), g))
        if new is not None:
            quads.append(Quad(ch, n(KG + "newValue"), lit(new), g))
    return quads


def sync(store: ox.Store, out: Path, settings: Settings) -> SyncReport:
    """Bring the store in line with ``OUT/corrections.jsonl`` (idempotent)."""
    report = SyncReport()
    log = CorrectionLog(out)
    stored_graphs = [r["g"] for r in select(store, CORRECTION_GRAPHS)]
    if stored_graphs and not log.path.exists():
        # the file is gone but the graph holds the decisions: a reviewer's work is
        # not dropped by a lost file (an empty file drops it on purpose)
        restored = [Correction.from_json(json.loads(r["record"]), "graph") for r in select(store, RECORDS)]
        log.merge(restored)
        report.restored = len(restored)
    decisions = log.read()
    for g in stored_graphs:
        store.remove_graph(n(g))
    if not decisions:
        return report
    report.decisions = len(decisions)
    groups = by_doc(decisions)
    docs = documents(store, set(groups))
    known = kinds(store)
    quads = [q for c in decisions for q in correction_quads(c, settings.base, docs, known)]
    rows_of: dict[str, list[dict]] = {}
    for r in statement_rows(store):
        if r["doc"] in groups:
            rows_of.setdefault(r["doc"], []).append(r)
    writer = GraphWriter(settings)
    entities = writer.mint.entities_graph
    described = {s[0].value for s in store.query(f"SELECT DISTINCT ?s WHERE {{ GRAPH {entities} {{ ?s a ?c }} }}")}
    for doc_id, corrections in groups.items():
        stored = docs.get(doc_id)
        if stored is None:
            report.waiting.append(doc_id)
            continue
        applied = apply(rows_of.get(doc_id, []), corrections, stored.doc.text)
        report.stale += applied.stale
        report.documents += 1
        statements = [to_statement(r, stored.doc, known, settings.base) for r in applied.rows]
        store.remove_graph(n(stored.graph))
        quads += [q for q in writer.document_quads(stored.doc, statements, run=n(stored.run))
                  if not (q.graph_name == entities and q.subject.value in described)]
    store.extend(quads)
    return report


def publish(out: str | Path, settings: Settings | None = None) -> SyncReport:
    """Apply the decisions file to a new generation of the graph and publish it,
    with positions and exports, as a build would (without extracting)."""
    from kg.build import BuildReport, _export, _replace_exports
    from kg.lexicon import load_lexicon
    from kg.positions import refresh

    settings = settings or Settings.from_env()
    out = Path(out)
    if not st.exists(out):
        raise st.StoreError(f"{out}: no graph here; build one with `kg build FILES -o {out}`")
    with st.lock(out):
        with st.new_generation(out) as (store, gen):
            report = sync(store, out, settings)
            refresh(store, Minter(settings.base), load_lexicon(settings.ontology))
        _export(out, gen, BuildReport(out=out))
        st.publish(out, gen)
        _replace_exports(out)
    return report


# ---- export and import -----------------------------------------------------------

RDF_FORMATS = {".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS, ".nquads": ox.RdfFormat.N_QUADS}


def export_rdf(out: str | Path, fmt: ox.RdfFormat = ox.RdfFormat.TRIG) -> bytes:
    """The decision graphs of a graph directory, as TriG or N-Quads."""
    from kg.rdf import PREFIXES

    store = st.open_read(Path(out))
    quads = []
    for r in select(store, CORRECTION_GRAPHS):
        quads += list(store.quads_for_pattern(None, None, None, n(r["g"])))
    kw = {"prefixes": PREFIXES} if fmt == ox.RdfFormat.TRIG else {}
    return ox.serialize(quads, format=fmt, **kw)


def read_file(path: str | Path) -> list[Correction]:
    """Decisions from a corrections JSONL file or from their RDF (TriG, N-Quads)."""
    path = Path(path)
    if not path.exists():
        raise KGError(f"{path}: no such file")
    fmt = RDF_FORMATS.get(path.suffix.lower())
    if fmt is None:
        return parse_jsonl(path.read_text(encoding="utf-8"), str(path))
    mem = ox.Store()
    try:
        mem.load(path=str(path), format=fmt)
    except SyntaxError as exc:
        raise KGError(f"{path}: not valid {path.suffix[1:]} ({exc})") from None
    out = [Correction.from_json(json.loads(r["record"]), str(path)) for r in select(mem, RECORDS)]
    return sorted(out, key=lambda c: c.time)
