"""Check a build against ``ontology/shapes.ttl`` (pySHACL) and the one rule
SHACL cannot say over a union graph: every document's named graph holds the
description of its document."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import rdflib
from rdflib.namespace import SH

from kg.config import Settings
from kg.rdf import KG, Minter

NOT_DOCUMENT_GRAPHS = ("graph/positions", "graph/summary", "graph/runs", "graph/entities", "graph/ontology")


@dataclass
class Violation:
    focus: str
    path: str
    message: str
    value: str = ""

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.focus}{where}: {self.message}{value}"


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    triples: int = 0

    def lines(self, limit: int = 20) -> list[str]:
        if self.conforms:
            return [f"conforms: {self.triples} triples checked against ontology/shapes.ttl"]
        from collections import Counter

        shown = [f"  {v}" for v in self.violations[:limit]]
        more = len(self.violations) - len(shown)
        kinds = Counter(v.message for v in self.violations)
        summary = [f"  {k} × {c}" for k, c in kinds.most_common()]
        return ([f"{len(self.violations)} violation(s):"] + shown + ([f"  ... and {more} more"] if more > 0 else [])
                + ["by message:"] + summary)


def _short(term: rdflib.term.Node | None, g: rdflib.Graph) -> str:
    if term is None:
        return ""
    if isinstance(term, rdflib.URIRef):
        try:
            return g.namespace_manager.normalizeUri(term)
        except Exception:  # noqa: BLE001 - an IRI rdflib cannot shorten is shown whole
            return f"<{term}>"
    return str(term)


def validate_dataset(ds: rdflib.Dataset, settings: Settings | None = None) -> ValidationReport:
    """Validate an rdflib dataset of kg graphs."""
    import pyshacl

    settings = settings or Settings.from_env()
    union = rdflib.Graph()
    for prefix, ns in (("kg", KG), ("nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"),
                       ("prov", "http://www.w3.org/ns/prov#")):
        union.bind(prefix, ns)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    shapes = rdflib.Graph().parse(settings.ontology / "shapes.ttl", format="turtle")
    ont = rdflib.Graph().parse(settings.ontology / "kg.ttl", format="turtle")
    conforms, results, _ = pyshacl.validate(union, shacl_graph=shapes, ont_graph=ont, inference="none",
                                            advanced=True, allow_warnings=True)
    violations = []
    for r in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        violations.append(Violation(
            focus=_short(results.value(r, SH.focusNode), union),
            path=_short(results.value(r, SH.resultPath), union),
            message=str(results.value(r, SH.resultMessage) or results.value(r, SH.sourceConstraintComponent)),
            value=_short(results.value(r, SH.value), union)))
    base = Minter(settings.base).base
    doc_type = rdflib.URIRef(KG + "Document")
    for g in ds.graphs():
        name = str(g.identifier)
        if (not name.startswith(base) or any(name.endswith(x) for x in NOT_DOCUMENT_GRAPHS)
                or name.startswith(base + "correction/")):  # a reviewer's decision (kg.review)
            continue
        if (g.identifier, rdflib.RDF.type, doc_type) not in g:
            violations.append(Violation(focus=f"<{name}>", path="", message="a document's named graph must describe its document"))
    violations.sort(key=lambda v: (v.focus, v.path, v.message))
    return ValidationReport(conforms=conforms and not violations, violations=violations, triples=len(union))


def validate(out: str | Path, settings: Settings | None = None) -> ValidationReport:
    """Validate the published graph of a build folder, or of a SPARQL server
    (``out`` an http(s) URL, as ``--store`` takes it)."""
    import pyoxigraph as ox

    from kg.stores import locate

    store = locate(out).open_read()
    ds = rdflib.Dataset()
    ds.parse(data=store.dump(format=ox.RdfFormat.N_QUADS), format="nquads")
    return validate_dataset(ds, settings)
