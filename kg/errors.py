"""Errors that say what went wrong, where, and how to fix it."""
from __future__ import annotations


class KGError(Exception):
    """Base of every error kg raises on purpose; the CLI prints it in one line."""


class InputError(KGError):
    """A file cannot be read as an article (empty, binary, undecodable, too large)."""


class StoreError(KGError):
    """The graph directory is missing, locked or damaged."""


class ClusterError(KGError):
    """Parallel extraction failed: a Dask worker kept dying or the scheduler went away."""


class QueryError(KGError):
    """A SPARQL query is malformed or a parameter names nothing in the graph."""
