"""Statements → RDF quads (one named graph per document) and back.

The Wikidata pattern: a direct edge ``actor kg:demands topic`` for easy
querying beside a ``kg:Statement`` node that carries every field and its
provenance (sentence with NIF offsets, document, extraction activity).
IRIs are minted deterministically from canonical labels and content hashes.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
import re
import unicodedata
from urllib.parse import quote

from pyoxigraph import Literal, NamedNode, Quad

from kg import __version__
from kg.config import Settings
from kg.lexicon import Lexicon, load_lexicon
from kg.records import Actor, Document, Statement, Target, Topic

KG = "https://w3id.org/kg-news/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
FOAF = "http://xmlns.com/foaf/0.1/"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
WD = "http://www.wikidata.org/entity/"
SCHEMA = "https://schema.org/"

PREFIXES = {"kg": KG, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "owl": OWL, "skos": SKOS, "prov": PROV,
            "dcterms": DCT, "foaf": FOAF, "nif": NIF, "wd": WD, "schema": SCHEMA}
SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())

KIND_CLASSES = {
    "person": [KG + "Person", FOAF + "Person"],
    "organisation": [KG + "Organisation", FOAF + "Organization"],
    "country": [KG + "Country", SCHEMA + "Country"],
    "group": [KG + "Group", FOAF + "Group"],
    "media": [KG + "Organisation", FOAF + "Organization"],
}

_TYPE = NamedNode(RDF + "type")


@lru_cache(maxsize=8192)
def n(iri: str) -> NamedNode:
    """A named node; cached, as most are the same few predicates and classes."""
    return NamedNode(iri)


def slug(label: str) -> str:
    """A label as an IRI path segment: NFC, spaces to underscores, everything
    outside the unreserved set percent-encoded, so the IRI is always valid."""
    text = unicodedata.normalize("NFC", label).strip()
    text = re.sub(r"\s+", "_", text) or "_"
    return quote(text, safe="")


def short_hash(*parts: object, length: int = 16) -> str:
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]


class Minter:
    """IRIs under one base: the same label or content always gives the same IRI."""

    def __init__(self, base: str):
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def actor(self, a: Actor) -> NamedNode:
        return n(f"{self.base}actor/{slug(a.key)}")

    def topic(self, t: Topic) -> NamedNode:
        return n(f"{self.base}topic/{slug(t.key)}")

    def target(self, t: Target) -> NamedNode:
        return self.actor(t) if isinstance(t, Actor) else self.topic(t)

    def document(self, d: Document) -> NamedNode:
        return n(f"{self.base}doc/{d.content_hash[:16]}")

    def sentence(self, d: Document, start: int, end: int) -> NamedNode:
        return n(f"{self.base}doc/{d.content_hash[:16]}#char={start},{end}")

    def statement(self, d: Document, st: Statement) -> NamedNode:
        key = short_hash(d.content_hash, st.sentence.start, st.sentence.end, st.actor.key, st.relation.value,
                         st.target.key if st.target else "", st.condition_of.key if st.condition_of else "",
                         st.addressee.key if st.addressee else "", st.quote.start if st.quote else "")
        return n(f"{self.base}statement/{key}")

    def activity(self, settings: Settings) -> NamedNode:
        return n(f"{self.base}extraction/{short_hash(__version__, settings.extraction_hash(), length=12)}")

    @property
    def positions_graph(self) -> NamedNode:
        return n(f"{self.base}graph/positions")

    @property
    def runs_graph(self) -> NamedNode:
        return n(f"{self.base}graph/runs")

    @property
    def entities_graph(self) -> NamedNode:
        """Descriptions shared by documents (actors, topics, extraction runs), stored once."""
        return n(f"{self.base}graph/entities")

    @property
    def ontology_graph(self) -> NamedNode:
        """ontology/kg.ttl, loaded on every build so queries can ask for
        "every negative stance" or "CAMEO 12" through the relation concepts."""
        return n(f"{self.base}graph/ontology")

    @property
    def topic_scheme(self) -> NamedNode:
        return n(f"{self.base}topics")


@lru_cache(maxsize=1)
def _spacy_version() -> str:
    from importlib.metadata import version

    return version("spacy")


def lit(value: object, dtype: str | None = None) -> Literal:
    if isinstance(value, bool):
        return Literal(str(value).lower(), datatype=n(XSD + "boolean"))
    if dtype:
        return Literal(str(value), datatype=n(dtype))
    if isinstance(value, int):
        return Literal(str(value), datatype=n(XSD + "integer"))
    if isinstance(value, float):
        return Literal(f"{value:.4f}", datatype=n(XSD + "decimal"))
    return Literal(str(value))


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """RDF literals cannot hold lone surrogates; replace each by U+FFFD, so offsets stay."""
    return _SURROGATE.sub("\ufffd", text)


class GraphWriter:
    """Builds the quads of one document's named graph.

    Shared descriptions (actors, topics, the extraction activity) go to the
    entities graph; a quad a writer has already written there is not repeated
    (a quarter of a large load's quads were such repeats): use one writer per
    store. Documents may describe one actor differently (a group's members),
    so the repeats are found by quad, not by actor."""

    def __init__(self, settings: Settings, lex: Lexicon | None = None):
        self.settings = settings
        self.lex = lex or load_lexicon(settings.ontology)
        self.mint = Minter(settings.base)
        self._shared: set[Quad] = set()

    def document_quads(self, doc: Document, statements: list[Statement], run: NamedNode | None = None) -> list[Quad]:
        """The quads of one document's graph. ``run``: the extraction that made
        the statements, when it is not this writer's (a reviewer's correction
        rewrites a graph without extracting it again)."""
        g = self.mint.document(doc)
        quads: list[Quad] = []

        e = self.mint.entities_graph

        def add(s: NamedNode, p: str, o: NamedNode | Literal) -> None:
            quads.append(Quad(s, n(p), o, g))

        def add_shared(s: NamedNode, p: str, o: NamedNode | Literal) -> None:
            q = Quad(s, n(p), o, e)
            if q not in self._shared:
                self._shared.add(q)
                quads.append(q)

        d = g
        for cls in (KG + "Document", NIF + "Context", FOAF + "Document"):
            add(d, RDF + "type", n(cls))
        add(d, DCT + "identifier", lit(doc.id))
        add(d, KG + "contentHash", lit(doc.content_hash))
        add(d, KG + "charLength", lit(len(doc.text)))
        add(d, NIF + "isString", lit(clean_text(doc.text)))
        add(d, KG + "encoding", lit(doc.encoding))
        if doc.title:
            add(d, DCT + "title", lit(clean_text(doc.title)))
        if doc.outlet:
            add(d, DCT + "publisher", lit(clean_text(doc.outlet)))
        if doc.published and re.fullmatch(r"\d{4}-\d\d-\d\d", doc.published):
            add(d, DCT + "issued", lit(doc.published, XSD + "date"))
        if doc.source:
            add(d, DCT + "source", lit(clean_text(doc.source)))
        if run is None:
            run = self.mint.activity(self.settings)
            self._activity(add_shared, run)
        add(d, PROV + "wasGeneratedBy", run)
        described: set[str] = set()
        for st in statements:
            self._statement(add, add_shared, doc, st, run, described)
        return quads

    def _activity(self, add, run: NamedNode) -> None:
        add(run, RDF + "type", n(PROV + "Activity"))
        add(run, RDF + "type", n(KG + "Extraction"))
        add(run, RDFS + "label", lit(f"kg {__version__} extraction with {self.settings.model}"))
        add(run, KG + "softwareVersion", lit(__version__))
        add(run, KG + "spacyModel", lit(self.settings.model))
        add(run, KG + "spacyVersion", lit(_spacy_version()))
        add(run, KG + "settingsHash", lit(self.settings.extraction_hash()))

    def _actor(self, add, a: Actor, described: set[str]) -> NamedNode:
        node = self.mint.actor(a)
        if node.value in described:
            return node
        described.add(node.value)
        add(node, RDF + "type", n(KG + "Actor"))
        for cls in KIND_CLASSES.get(a.kind, [KG + "Actor"]):
            add(node, RDF + "type", n(cls))
        add(node, RDFS + "label", lit(clean_text(a.label)))
        add(node, KG + "kind", lit(a.kind))
        for alias in a.aliases:
            add(node, SKOS + "altLabel", lit(clean_text(alias)))
        if a.wikidata:
            add(node, OWL + "sameAs", n(WD + a.wikidata))
        if a.country and a.kind == "person":
            add(node, KG + "affiliation", self.mint.actor(self.lex.actors.get(a.country) or Actor(a.country, "country")))
        for m in a.members:
            add(node, KG + "member", self._actor(add, m, described))
        return node

    def _topic(self, add, t: Topic, described: set[str]) -> NamedNode:
        node = self.mint.topic(t)
        if node.value in described:
            return node
        described.add(node.value)
        add(node, RDF + "type", n(KG + "Topic"))
        add(node, RDF + "type", n(SKOS + "Concept"))
        add(node, RDFS + "label", lit(clean_text(t.label)))
        add(node, SKOS + "prefLabel", lit(clean_text(t.label)))
        add(node, SKOS + "inScheme", self.mint.topic_scheme)
        add(node, KG + "inVocabulary", lit(t.in_vocabulary))
        for alias in t.aliases:
            add(node, SKOS + "altLabel", lit(clean_text(alias)))
        return node

    def _target(self, add, t: Target, described: set[str]) -> NamedNode:
        return self._actor(add, t, described) if isinstance(t, Actor) else self._topic(add, t, described)

    def _mention(self, add, node: NamedNode, ctx: NamedNode, start: int, end: int, text: str) -> None:
        add(node, RDF + "type", n(NIF + "String"))
        # xsd:integer, not NIF's xsd:nonNegativeInteger: Oxigraph stores every
        # integer type as xsd:integer; the shapes check that offsets are >= 0
        add(node, NIF + "beginIndex", lit(start))
        add(node, NIF + "endIndex", lit(end))
        add(node, NIF + "anchorOf", lit(clean_text(text)))
        add(node, NIF + "referenceContext", ctx)

    def _statement(self, add, shared, doc: Document, st: Statement, run: NamedNode, described: set[str]) -> None:
        d = self.mint.document(doc)
        node = self.mint.statement(doc, st)
        actor = self._actor(shared, st.actor, described)
        rel = n(KG + st.relation.value)
        add(node, RDF + "type", n(KG + "Statement"))
        add(node, KG + "actor", actor)
        add(node, KG + "relation", rel)
        add(node, KG + "document", d)
        add(node, PROV + "wasGeneratedBy", run)
        add(node, KG + "polarity", lit(st.polarity))
        add(node, KG + "confidence", lit(float(st.confidence)))
        if st.review_state:
            add(node, KG + "reviewState", lit(st.review_state))
        if st.reviewed_in:
            add(node, KG + "reviewedIn", n(st.reviewed_in))
        if st.target is not None:
            target = self._target(shared, st.target, described)
            add(node, KG + "target", target)
            add(actor, KG + st.relation.value, target)  # the direct edge
        if st.condition_of is not None:
            add(node, KG + "conditionOf", self._target(shared, st.condition_of, described))
        if st.addressee is not None:
            add(node, KG + "addressee", self._actor(shared, st.addressee, described))
        for q in st.qualifiers:
            add(node, KG + "qualifier", lit(q))
        for i, r in enumerate(st.reported_by):
            add(node, KG + "reportedBy", self._actor(shared, r, described))
        sent = self.mint.sentence(doc, st.sentence.start, st.sentence.end)
        add(node, PROV + "wasDerivedFrom", sent)
        add(sent, RDF + "type", n(NIF + "Sentence"))
        self._mention(add, sent, d, st.sentence.start, st.sentence.end, st.sentence.text)
        for part, span in (("actorMention", st.actor_span), ("quote", st.quote), ("cue", st.cue)):
            if span is None:
                continue
            m = n(f"{node.value}#{part}")
            add(node, KG + part, m)
            self._mention(add, m, d, span.start, span.end, span.text)
