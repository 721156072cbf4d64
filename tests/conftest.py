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
    """The rules' statements of one text (the pipeline is cached): the rules
    are the learned stages' evidence and their fallback, tested on their own."""
    from kg.config import Settings
    from kg.extract import extract_text

    rules = Settings.from_env(learned=False)

    def run(text: str, **meta: str):
        return extract_text(text, settings=rules, **meta)

    return run


@pytest.fixture(scope="session")
def extract_learned():
    """Statements of one text as a build makes them (learned stages on)."""
    from kg.config import Settings
    from kg.extract import extract_text

    learned = Settings.from_env(learned=True)

    def run(text: str, **meta: str):
        return extract_text(text, settings=learned, **meta)

    return run


@pytest.fixture
def extract_unkept(monkeypatch):
    """Statements of one text as a build makes them with nothing kept (the threshold above
    every confidence), so each credited quotation falls to the quotations' fallback."""
    from dataclasses import replace

    import kg.extract.learned as learned
    from kg.config import Settings
    from kg.extract import extract_text

    strict = replace(learned.load_models(), threshold=1.01)
    monkeypatch.setattr(learned, "load_models", lambda *a, **k: strict)
    settings = Settings.from_env(learned=True)

    def run(text: str, **meta: str):
        return extract_text(text, settings=settings, **meta)

    return run

def issue(target) -> str | None:
    """A target as the tests name it: the vocabulary concept a phrase names
    ("truce" -> "ceasefire"; the label keeps the words, tested on its own)."""
    if target is None:
        return None
    return getattr(target, "concept", None) or target.label


def labels(statements) -> set[tuple]:
    """(actor, relation, target label) of each statement: the words kg wrote, where ``triples`` names concepts."""
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def triples(statements) -> set[tuple]:
    return {(s.actor.label, s.relation.value, issue(s.target)) for s in statements}
