"""Shared fixtures: the spaCy pipeline loads once; the seeds are built once."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds_graph(tmp_path_factory, seeds_dir) -> Path:
    """The seeds built once into a graph directory (read-only for tests)."""
    from kg.build import build

    out = tmp_path_factory.mktemp("seeds-graph")
    build([seeds_dir], out, progress=False)
    return out


@pytest.fixture(scope="session")
def extract():
    """Extract statements from one text (the pipeline is cached)."""
    from kg.extract import extract_text

    def run(text: str, **meta: str):
        return extract_text(text, **meta)

    return run


def triples(statements) -> set[tuple]:
    return {(s.actor.label, s.relation.value, s.target.label if s.target else None) for s in statements}
