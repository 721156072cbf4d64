"""A build against a SPARQL server without copying the server's graph.

The server is asked only what the build needs: which of the build's documents
it holds already (by id or content hash), which topics the statements of the
graphs being replaced were about, and the statement rows of the topics the
build touches, from which their positions and summaries are recomputed here
(kg.positions, kg.summary: the same code as a folder's build). Everything
the build writes (new document graphs, entity descriptions, the topics'
positions and summaries, the ontology, the build's record) is gathered in a
small local store and sent with the drops and deletions in *one* SPARQL
Update request, which Oxigraph applies as one transaction: if the server goes
away before or during it, nothing on it has changed.

Positions and summaries are per topic (kg.summary), so recomputing every
topic a changed statement names, from all of that topic's statements, gives
what a full recomputation would.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from kg.config import Settings
from kg.errors import StoreError
from kg.lexicon import Lexicon
from kg.positions import POSITION_INPUT, aggregate, position_input
from kg.rdf import KG, SPARQL_PREFIXES, Minter, n
from kg.remote import RemoteStore, insert_data

CHUNK = 500  # terms per VALUES clause: a request stays small whatever the build's size

# EXISTING restricted to some ids or content hashes (the index is used: no scan of every document)
EXISTING_SOME = SPARQL_PREFIXES + """
SELECT DISTINCT ?g ?id ?hash ?run WHERE {
  { VALUES ?id { %s } GRAPH ?g { ?g dcterms:identifier ?id } } UNION { VALUES ?hash { %s } GRAPH ?g { ?g kg:contentHash ?hash } }
  GRAPH ?g { ?g a kg:Document ; dcterms:identifier ?id ; kg:contentHash ?hash ; prov:wasGeneratedBy ?run } %s }
"""
# what the statements of some graphs are about (the topics a replaced or removed document touched)
TOUCHED = SPARQL_PREFIXES + """
SELECT DISTINCT ?t WHERE { VALUES ?g { %s } GRAPH ?g { ?st a kg:Statement .
  { ?st kg:target ?t } UNION { ?st kg:conditionOf ?t } UNION { ?st kg:addressee ?t } } }
"""
# POSITION_INPUT for the statements that name some topics, outside the graphs being dropped
_BODY = POSITION_INPUT.split("WHERE {", 1)[1].rsplit("}", 1)[0]
TOPIC_ROWS = SPARQL_PREFIXES + """
SELECT DISTINCT ?st ?actor ?rel ?target ?cond ?addr ?doc ?outlet ?issued WHERE {
  VALUES ?t { %s }
  { ?st kg:target ?t } UNION { ?st kg:conditionOf ?t } UNION { ?st kg:addressee ?t }
  GRAPH ?sg { ?st a kg:Statement } %s FILTER(STRSTARTS(STR(?r), STR(kg:)))""" + _BODY + "}"
# a derived graph's nodes about some topics, deleted before their new values are inserted
DELETE_ABOUT = "DELETE { GRAPH %s { ?x ?p ?o } } WHERE { VALUES ?t { %s } GRAPH %s { ?x <" + KG + "topic> ?t ; ?p ?o } }"


def under(var: str, base: str) -> str:
    """Only kg's graphs (named under the base IRI): the server's own are none of the build's business."""
    return f"FILTER(STRSTARTS(STR({var}), {ox.Literal(base)}))"


def _terms(values: Iterable[object]) -> str:
    return " ".join(str(v) for v in values)


def _chunks(items: list, size: int = CHUNK) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _value(term: object) -> str | None:
    return None if term is None else term.value  # type: ignore[attr-defined]


def touched_topics(rows: Iterable[dict]) -> set[str]:
    """Every topic (or addressed actor) a statement's position or summary may be about."""
    return {v for r in rows for v in (r["target"], r["cond"], r["addr"]) if v}


class ServerWork:
    """The changes of one build against a server, gathered locally and sent in one request."""

    def __init__(self, remote: RemoteStore, work: Path, base: str):
        self.remote = remote
        self.base = base  # kg writes only the named graphs under it
        self.store = ox.Store(str(work))  # what this build writes, and nothing else
        self.dropped: list[str] = []  # graph IRIs
        self.replaced: list[ox.NamedNode] = []  # graphs whose server copy goes whole (the ontology)
        self.topics: set[str] = set()  # whose positions and summaries are replaced

    # ---- what the server holds ------------------------------------------------------
    def existing(self, ids: Iterable[str], hashes: Iterable[str]) -> list[dict]:
        """EXISTING's rows for these ids or hashes only: one small query per chunk."""
        ids, hashes = sorted(set(ids)), sorted(set(hashes))
        rows: dict[tuple, dict] = {}
        for k in range(0, max(len(ids), len(hashes)), CHUNK):
            some_ids, some_hashes = ids[k:k + CHUNK], hashes[k:k + CHUNK]
            q = EXISTING_SOME % (_terms(map(ox.Literal, some_ids)), _terms(map(ox.Literal, some_hashes)),
                                 under("?g", self.base))
            for s in self.remote.query(q):
                row = {"g": s[0].value, "id": s[1].value, "hash": s[2].value, "run": s[3].value}
                rows[tuple(row.values())] = row
        return list(rows.values())

    def drop(self, graph: str) -> None:
        self.dropped.append(graph)

    def collect_rows(self) -> bool:
        return True  # the local store holds only this build's statements: the writer's rows are those

    def reviews(self, out: Path | str, settings: Settings) -> tuple[list[str], bool]:
        return [], False  # decisions live beside a graph folder (kg.review); a server has none

    # ---- positions and summaries ----------------------------------------------------
    def _old_rows(self, topics: list[str]) -> list[dict]:
        """POSITION_INPUT's rows, from the server, of the statements naming these
        topics, leaving out the graphs this build drops."""
        keep = under("?sg", self.base)
        if self.dropped:
            keep += f" FILTER(?sg NOT IN ({', '.join(str(n(g)) for g in self.dropped)}))"
        rows: dict[tuple, dict] = {}
        for some in _chunks(topics):
            for s in self.remote.query(TOPIC_ROWS % (_terms(map(n, some)), keep)):
                row = {k: _value(s[k]) for k in ("st", "actor", "rel", "target", "cond", "addr", "doc", "outlet", "issued")}
                rows[tuple(row.values())] = row
        return list(rows.values())

    def _dropped_topics(self) -> set[str]:
        out: set[str] = set()
        for some in _chunks(self.dropped):
            out |= {s[0].value for s in self.remote.query(TOUCHED % _terms(map(n, some)))}
        return out

    def positions(self, mint: Minter, lex: Lexicon, rows: list[dict] | None) -> int:
        """The positions and summaries of every topic a new or dropped statement
        names, recomputed from all of its statements; written to the local store."""
        from kg.load import load_nquads
        from kg.positions import position_nquads
        from kg.summary import summarise, summary_nquads

        new = position_input(self.store) if rows is None else rows
        self.topics = touched_topics(new) | self._dropped_topics()
        every = self._old_rows(sorted(self.topics)) + new
        acc = {k: a for k, a in aggregate(every, lex).items() if k[1] in self.topics}
        summaries = {t: s for t, s in summarise(acc, every).items() if t in self.topics}
        load_nquads(self.store, position_nquads(acc, mint))
        load_nquads(self.store, summary_nquads(summaries, mint))
        return len(acc)

    def replace_graph(self, graph: ox.NamedNode, path: Path, fmt: ox.RdfFormat) -> None:
        self.replaced.append(graph)
        self.store.load(path=str(path), format=fmt, to_graph=graph)

    # ---- the one request -----------------------------------------------------------
    def update(self, mint: Minter) -> str:
        """Drops, deletions of the touched topics' derived nodes, then the new quads."""
        graphs = [g for g in self.store.named_graphs()]
        outside = [g for g in graphs if not g.value.startswith(self.base)]
        if outside:
            raise StoreError(f"{self.remote.url}: kg writes only the named graphs under {self.base}; "
                             f"this change writes to {outside[0]}")
        ops = [f"DROP SILENT GRAPH {n(g)}" for g in self.dropped] + [f"DROP SILENT GRAPH {g}" for g in self.replaced]
        for derived in (mint.positions_graph, mint.summary_graph):
            ops += [DELETE_ABOUT % (derived, _terms(map(n, some)), derived) for some in _chunks(sorted(self.topics))]
        ops += insert_data({g: self.store.quads_for_pattern(None, None, None, g) for g in graphs})
        return " ;\n".join(ops)

    def publish(self, mint: Minter) -> None:
        """The build, applied on the server as one update request."""
        self.store.flush()
        request = self.update(mint)
        if not request:
            return
        try:
            self.remote.client.run_update(request)
        except StoreError as exc:
            raise StoreError(f"{exc}; the build is one update, applied whole or not at all: the server holds "
                             "the previous graph (or, had it read the whole update, the new one)") from None


# the build report's counts (kg.build._summarise), counted by the server
COUNTS = {
    "relations": "SELECT ?r (COUNT(?s) AS ?n) WHERE { GRAPH ?g { ?s a kg:Statement } %s OPTIONAL { ?s kg:relation ?r } } "
                 "GROUP BY ?r",
    "documents": "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?g ?id ?hash ?run WHERE { GRAPH ?g { ?g a kg:Document ; "
                 "dcterms:identifier ?id ; kg:contentHash ?hash ; prov:wasGeneratedBy ?run } %s } }",
    "actors": "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?s a kg:Statement } %s ?s kg:actor ?a }",
    "topics": "SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { GRAPH ?g { ?s a kg:Statement } %s ?s kg:target ?t "
              "FILTER(CONTAINS(STR(?t), \"/topic/\")) }",
    "positions": "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH ?g { ?p a kg:Position } %s }",
}


def server_counts(remote: RemoteStore, report: object, mint: Minter) -> None:
    """The report's counts of the graph as published, counted by the server
    (a few numbers over the network, not the statements)."""
    def one(name: str) -> int:
        q = COUNTS[name] % under("?g", mint.base)
        return int(next(iter(remote.query(q)))[0].value)

    answer = remote.query(COUNTS["relations"] % under("?g", mint.base))
    by_rel = {str(_value(s[0]) or "None").rsplit("#", 1)[-1]: int(s[1].value) for s in answer}
    report.by_relation = dict(sorted(by_rel.items()))  # type: ignore[attr-defined]
    report.statements = sum(by_rel.values())  # type: ignore[attr-defined]
    for name in ("documents", "actors", "topics", "positions"):
        setattr(report, name, one(name))
