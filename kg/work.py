"""What a build changes, whatever holds the graph.

A build (kg.build) asks the same few things of every store: which of these
documents are there already, drop that graph, here are new quads, recompute
the derived graphs. ``FolderWork`` answers them on a working copy of the
whole graph (a new generation of the embedded store); ``kg.delta.ServerWork``
answers them against a SPARQL server without copying its graph.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox

from kg.config import Settings
from kg.export import select
from kg.lexicon import Lexicon
from kg.rdf import KG, SPARQL_PREFIXES, Minter, n

EXISTING = SPARQL_PREFIXES + """
SELECT DISTINCT ?g ?id ?hash ?run WHERE { GRAPH ?g { ?g a kg:Document ; dcterms:identifier ?id ; kg:contentHash ?hash ;
                                             prov:wasGeneratedBy ?run } }
"""


class Work(Protocol):
    """One build's changes. ``store`` takes the new quads (ordinary ox.Store
    API); the rest is what differs between a folder and a server."""

    store: ox.Store

    def existing(self, ids: Iterable[str], hashes: Iterable[str]) -> list[dict]:
        """EXISTING's rows for the documents with these ids or content hashes."""
        ...

    def drop(self, graph: str) -> None:
        """Remove a document's graph."""
        ...

    def collect_rows(self) -> bool:
        """Whether the writer's own position rows are what ``positions`` needs."""
        ...

    def reviews(self, out: Path | str, settings: Settings) -> tuple[list[str], bool]:
        """Re-apply reviewers' decisions: their notes, and whether any rewrote a
        document (the writer's position rows are then stale)."""
        ...

    def positions(self, mint: Minter, lex: Lexicon, rows: list[dict] | None) -> int:
        """Recompute the positions and summary graphs (all of them, or those of
        the topics the build touched); how many positions were written."""
        ...

    def replace_graph(self, graph: ox.NamedNode, path: Path, fmt: ox.RdfFormat) -> None:
        """Replace a whole graph with a file's triples (the ontology)."""
        ...


class FolderWork:
    """A new generation of the embedded store: every question is asked of the
    whole graph, which is here."""

    def __init__(self, store: ox.Store):
        self.store = store

    def existing(self, ids: Iterable[str], hashes: Iterable[str]) -> list[dict]:
        ids, hashes = set(ids), set(hashes)
        return [r for r in select(self.store, EXISTING) if r["id"] in ids or r["hash"] in hashes]

    def drop(self, graph: str) -> None:
        self.store.remove_graph(n(graph))

    def collect_rows(self) -> bool:
        """No statement in the store yet: the positions can be computed from what
        the writer saw rather than read back (the whole graph is new)."""
        return not self.store.query(f"ASK {{ GRAPH ?g {{ ?s a <{KG}Statement> }} }}")

    def reviews(self, out: Path | str, settings: Settings) -> tuple[list[str], bool]:
        from kg.review.graph import sync

        done = sync(self.store, Path(out), settings)
        return done.notes(), bool(done.documents)

    def positions(self, mint: Minter, lex: Lexicon, rows: list[dict] | None) -> int:
        from kg.positions import refresh

        return refresh(self.store, mint, lex, rows)

    def replace_graph(self, graph: ox.NamedNode, path: Path, fmt: ox.RdfFormat) -> None:
        self.store.remove_graph(graph)
        self.store.load(path=str(path), format=fmt, to_graph=graph)
