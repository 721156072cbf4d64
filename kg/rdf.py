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

from pyoxigraph import Literal, NamedNode

from kg import __version__
from kg.config import Settings
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
    def summary_graph(self) -> NamedNode:
        """Per-topic counts behind the global questions (kg.summary)."""
        return n(f"{self.base}graph/summary")

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


from kg.writer import GraphWriter  # noqa: E402,F401  (the quads of a document, as N-Quads text)
