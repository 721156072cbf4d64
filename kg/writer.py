"""A document's statements as N-Quads text, the bulk loader's own input.

Written as text rather than as pyoxigraph ``Quad`` objects: building the
objects in Python cost more than the loader spent storing them (8.3 s against
6.8 s for 705k quads, bench/), and the loader parses N-Quads without Python.
The terms are safe by construction: IRIs are minted from a validated base,
percent-encoded slugs and hex hashes; literals are JSON strings, which are
valid N-Triples string literals (``"``, ``\\``, newlines and control
characters escaped), after lone surrogates are replaced.

What each quad is for is written in ontology/README.md.
"""
from __future__ import annotations

from json.encoder import encode_basestring  # type: ignore[attr-defined]
import re
from collections.abc import Callable

import pyoxigraph as ox

from kg import __version__
from kg.config import Settings
from kg.lexicon import Lexicon, load_lexicon
from kg.rdf import (DCT, FOAF, KG, KIND_CLASSES, NIF, OWL, PROV, RDF, RDFS, SKOS, WD, XSD, Minter, _spacy_version,
                    clean_text)
from kg.records import Actor, Document, Statement, Target, Topic

_WIKIDATA = re.compile(r"[A-Za-z0-9_-]+")
_TYPE = f"<{RDF}type>"


def iri(value: str) -> str:
    return f"<{value}>"


def text(value: object) -> str:
    """A plain string literal in N-Triples form (json's C string encoder)."""
    return encode_basestring(clean_text(str(value)))


def typed(value: object, dtype: str) -> str:
    return f'"{value}"^^<{dtype}>'


def integer(value: int) -> str:
    return f'"{int(value)}"^^<{XSD}integer>'


def boolean(value: bool) -> str:
    return f'"{str(bool(value)).lower()}"^^<{XSD}boolean>'


def decimal(value: float) -> str:
    return f'"{float(value):.4f}"^^<{XSD}decimal>'


Add = Callable[[str, str, str], None]


class GraphWriter:
    """The lines of one document's named graph, plus the shared descriptions.

    Shared descriptions (actors, topics, the extraction activity) go to the
    entities graph; a line a writer has already written there is not repeated:
    use one writer per store. With ``collect=True`` the writer also keeps, per
    statement, what the positions are computed from (kg.positions), so a build
    into an empty store need not read its statements back."""

    def __init__(self, settings: Settings, lex: Lexicon | None = None, collect: bool = False):
        self.settings = settings
        self.lex = lex or load_lexicon(settings.ontology)
        self.mint = Minter(settings.base)
        ox.NamedNode(self.mint.base)  # a bad base fails here, not in the loader
        self._shared: set[str] = set()
        self._entities = iri(self.mint.entities_graph.value)
        self.collect = collect
        self.position_rows: list[dict] = []
        # the activity's IRI hashes the lexicon files: once per writer, not per document
        self._run = iri(self.mint.activity(settings).value)
        self._settings_hash = settings.extraction_hash()
        self._iris: dict[tuple[str, str], str] = {}  # (kind, key) -> IRI text; slugs are slow
        self._base = self.mint.base

    # -- the public forms ---------------------------------------------------
    def document_nquads(self, doc: Document, statements: list[Statement], run: str | None = None) -> str:
        """The document's graph and the shared lines not written before, as N-Quads.
        ``run``: the IRI of the extraction that made the statements, when it is
        not this writer's (a reviewer's correction rewrites a graph without
        extracting it again, kg.review.graph)."""
        lines: list[str] = []
        g = iri(self.mint.document(doc).value)
        e = self._entities
        shared = self._shared

        def add(s: str, p: str, o: str) -> None:
            lines.append(f"{s} <{p}> {o} {g} .\n")

        def add_shared(s: str, p: str, o: str) -> None:
            line = f"{s} <{p}> {o} {e} .\n"
            if line not in shared:
                shared.add(line)
                lines.append(line)

        self._document(add, add_shared, doc, statements, run)
        return "".join(lines)

    def document_quads(self, doc: Document, statements: list[Statement], run: ox.NamedNode | str | None = None
                       ) -> list[ox.Quad]:
        """The same quads as pyoxigraph objects (for small stores, tests and kg.review)."""
        if isinstance(run, ox.NamedNode):
            run = run.value
        return list(ox.parse(self.document_nquads(doc, statements, run).encode("utf-8"), format=ox.RdfFormat.N_QUADS))

    # -- the document ---------------------------------------------------------
    def _document(self, add: Add, shared: Add, doc: Document, statements: list[Statement],
                  run_iri: str | None = None) -> None:
        d = iri(self.mint.document(doc).value)
        for cls in (KG + "Document", NIF + "Context", FOAF + "Document"):
            add(d, RDF + "type", iri(cls))
        add(d, DCT + "identifier", text(doc.id))
        add(d, KG + "contentHash", text(doc.content_hash))
        add(d, KG + "charLength", integer(len(doc.text)))
        add(d, NIF + "isString", text(doc.text))
        add(d, KG + "encoding", text(doc.encoding))
        if doc.title:
            add(d, DCT + "title", text(doc.title))
        if doc.outlet:
            add(d, DCT + "publisher", text(doc.outlet))
        issued = doc.published if doc.published and re.fullmatch(r"\d{4}-\d\d-\d\d", doc.published) else None
        if issued:
            add(d, DCT + "issued", typed(issued, XSD + "date"))
        if doc.source:
            add(d, DCT + "source", text(doc.source))
        if run_iri is None:
            run = self._run
            self._activity(shared, run)
        else:
            run = iri(ox.NamedNode(run_iri).value)  # checked: the loader is lenient
        add(d, PROV + "wasGeneratedBy", run)
        described: set[str] = set()
        spans: set[tuple] = set()
        for st in statements:
            self._statement(add, shared, doc, d, st, described, spans, issued)

    def _activity(self, add: Add, run: str) -> None:
        add(run, RDF + "type", iri(PROV + "Activity"))
        add(run, RDF + "type", iri(KG + "Extraction"))
        add(run, RDFS + "label", text(f"kg {__version__} extraction with {self.settings.model}"))
        add(run, KG + "softwareVersion", text(__version__))
        add(run, KG + "spacyModel", text(self.settings.model))
        add(run, KG + "spacyVersion", text(_spacy_version()))
        add(run, KG + "settingsHash", text(self._settings_hash))

    def _named(self, t: Target) -> str:
        key = ("a" if isinstance(t, Actor) else "t", t.key)
        got = self._iris.get(key)
        if got is None:
            got = self._iris[key] = iri(self.mint.target(t).value)
        return got

    @staticmethod
    def _first_time(node: str, described: set[str]) -> bool:
        """A node is described once per document graph."""
        if node in described:
            return False
        described.add(node)
        return True

    def _actor(self, add: Add, a: Actor, described: set[str]) -> str:
        node = self._named(a)
        if not self._first_time(node, described):
            return node
        add(node, RDF + "type", iri(KG + "Actor"))
        for cls in KIND_CLASSES.get(a.kind, [KG + "Actor"]):
            add(node, RDF + "type", iri(cls))
        add(node, RDFS + "label", text(a.label))
        add(node, KG + "kind", text(a.kind))
        for alias in a.aliases:
            add(node, SKOS + "altLabel", text(alias))
        if a.wikidata:
            if not _WIKIDATA.fullmatch(a.wikidata):
                raise ValueError(f"not a Wikidata id: {a.wikidata!r}")
            add(node, OWL + "sameAs", iri(WD + a.wikidata))
        if a.country and a.kind == "person":
            country = self.lex.actors.get(a.country) or Actor(a.country, "country")
            add(node, KG + "affiliation", self._named(country))
        for m in a.members:
            add(node, KG + "member", self._actor(add, m, described))
        return node

    def _topic(self, add: Add, t: Topic, described: set[str]) -> str:
        node = self._named(t)
        if not self._first_time(node, described):
            return node
        if t.in_vocabulary:  # a phrase of a vocabulary concept ("truce"): the node is the concept's
            t = self.lex.topics.get(t.key) or t.as_concept()
        add(node, RDF + "type", iri(KG + "Topic"))
        add(node, RDF + "type", iri(SKOS + "Concept"))
        add(node, RDFS + "label", text(t.label))
        add(node, SKOS + "prefLabel", text(t.label))
        add(node, SKOS + "inScheme", iri(self.mint.topic_scheme.value))
        add(node, KG + "inVocabulary", boolean(t.in_vocabulary))
        for alias in t.aliases:
            add(node, SKOS + "altLabel", text(alias))
        return node

    def _target(self, add: Add, t: Target, described: set[str]) -> str:
        return self._actor(add, t, described) if isinstance(t, Actor) else self._topic(add, t, described)

    def _span(self, add: Add, doc: Document, spans: set[tuple], start: int, end: int, anchor: str) -> str:
        """A NIF string named by its offsets (``doc#char=start,end``, NIF's RFC 5147
        IRIs), described once per document whichever statements point at it."""
        node = f"<{self._base}doc/{doc.content_hash[:16]}#char={start},{end}>"  # Minter.sentence
        if (start, end) not in spans:
            spans.add((start, end))
            # xsd:integer, not NIF's xsd:nonNegativeInteger: Oxigraph stores every
            # integer type as xsd:integer; the shapes check that offsets are >= 0
            add(node, NIF + "beginIndex", integer(start))
            add(node, NIF + "endIndex", integer(end))
            add(node, NIF + "anchorOf", text(anchor))
        return node

    def _statement(self, add: Add, shared: Add, doc: Document, d: str, st: Statement, described: set[str],
                   spans: set[tuple], issued: str | None) -> None:
        node = iri(self.mint.statement(doc, st).value)
        actor = self._actor(shared, st.actor, described)
        add(node, RDF + "type", iri(KG + "Statement"))
        add(node, KG + "actor", actor)
        add(node, KG + "relation", iri(KG + st.relation.value))
        add(node, KG + "document", d)
        add(node, KG + "confidence", decimal(st.confidence))
        if st.review_state:  # accepted, edited or added (kg.review)
            add(node, KG + "reviewState", text(st.review_state))
        if st.reviewed_in:  # the reviewer's decision; an IRI checked here, the loader is lenient
            add(node, KG + "reviewedIn", iri(ox.NamedNode(st.reviewed_in).value))
        target = cond = addr = None
        if st.target is not None:
            target = self._target(shared, st.target, described)
            add(node, KG + "target", target)
            add(actor, KG + st.relation.value, target)  # the direct edge
            if isinstance(st.target, Topic) and st.target.concept and st.target.label != st.target.concept:
                add(node, KG + "targetPhrase", text(st.target.label))  # "truce", of the concept ceasefire
        if st.condition_of is not None:
            cond = self._target(shared, st.condition_of, described)
            add(node, KG + "conditionOf", cond)
        if st.addressee is not None:
            addr = self._actor(shared, st.addressee, described)
            add(node, KG + "addressee", addr)
        for q in st.qualifiers:
            add(node, KG + "qualifier", text(q))
        for r in st.reported_by:
            add(node, KG + "reportedBy", self._actor(shared, r, described))
        s = st.sentence
        sent = self._span(add, doc, spans, s.start, s.end, s.text)
        if (s.start, s.end, "sentence") not in spans:  # a span may be a mention before it is a sentence
            spans.add((s.start, s.end, "sentence"))
            add(sent, RDF + "type", iri(NIF + "Sentence"))
            add(sent, NIF + "referenceContext", d)
        add(node, PROV + "wasDerivedFrom", sent)
        for part, span in (("actorMention", st.actor_span), ("quote", st.quote), ("quotation", st.quotation),
                           ("cue", st.cue)):
            if span is not None:
                add(node, KG + part, self._span(add, doc, spans, span.start, span.end, span.text))
        if self.collect:
            strip = lambda t: t[1:-1] if t else None  # noqa: E731
            self.position_rows.append({"st": node[1:-1], "actor": actor[1:-1], "rel": st.relation.value,
                                       "target": strip(target), "cond": strip(cond), "addr": strip(addr),
                                       "doc": d[1:-1], "outlet": clean_text(doc.outlet) if doc.outlet else None, "issued": issued})
