"""kg: read news articles and build a knowledge graph of who stands where.

    import kg
    kg.build(["seeds/"], "out/")        # extract, store, export
    g = kg.open("out/")                 # query the graph
    g.query("SELECT ...")
"""
from __future__ import annotations

import logging

__version__ = "0.1.0"
__all__ = ["__version__", "build", "open"]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def build(paths, out, **kwargs):  # noqa: ANN001 - thin re-export
    from kg.build import build as _build

    return _build(paths, out, **kwargs)


def open(path, reviewed: bool = False):  # noqa: A001 - the public name users expect
    """A built graph; ``reviewed=True``: only the statements reviewers accepted,
    edited or added (positions computed from them)."""
    from kg.query import Graph

    return Graph.open(path, reviewed=reviewed)
