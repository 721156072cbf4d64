"""A document whose extraction raises (a rule's bug met on text no test had: the sentence of the
forty-first session that sent a pronoun's reading round in a circle killed whole builds) costs that
document only: the build reports it by name, builds the others, and keeps the graph it had of it.

The fault is injected (the real bug is fixed; tests/test_pronoun_loops_and_name_headlines.py holds
its sentence), on real texts and a real build."""
from __future__ import annotations

import json

import pytest

import kg.extract
from kg.build import build
from kg.errors import KGError

A_OLD = "Angela Merkel called for a ceasefire."
A_NEW = "Angela Merkel rejected the truce."
B = "Boris Johnson criticised the plan."


def rows(out):
    return sorted((r["doc"], r["actor"], r["relation"])
                  for r in map(json.loads, (out / "statements.jsonl").read_text(encoding="utf-8").splitlines()))


def fail_on_rejected(monkeypatch) -> None:
    """From now on extraction raises for any document whose text says "rejected"."""
    real = kg.extract.extract_document

    def sometimes(document, *args, **kwargs):
        if "rejected" in document.text:
            raise ValueError("a rule's bug")
        return real(document, *args, **kwargs)

    monkeypatch.setattr(kg.extract, "extract_document", sometimes)


@pytest.fixture
def failing(monkeypatch):
    fail_on_rejected(monkeypatch)


def test_the_others_are_built_and_the_failure_is_named(tmp_path, failing):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(A_NEW, encoding="utf-8")
    (src / "b.txt").write_text(B, encoding="utf-8")
    rep = build([src], tmp_path / "g", progress=False)
    assert rep.added == 1
    [problem] = rep.problems
    assert problem.path.endswith("a.txt") and "ValueError: a rule's bug" in problem.message
    assert any(line.startswith("skipped") and "a.txt" in line for line in rep.lines())
    assert [r[1:] for r in rows(tmp_path / "g")] == [("Boris Johnson", "opposes")]


def test_an_edited_document_that_fails_keeps_its_earlier_graph(tmp_path, monkeypatch):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(A_OLD, encoding="utf-8")
    (src / "b.txt").write_text(B, encoding="utf-8")
    build([src], tmp_path / "g", progress=False)
    before = rows(tmp_path / "g")
    assert ("a", "Angela Merkel", "demands") in before

    real = kg.extract.extract_document
    fail_on_rejected(monkeypatch)
    (src / "a.txt").write_text(A_NEW, encoding="utf-8")
    rep = build([src], tmp_path / "g", progress=False)
    assert rep.replaced == 0 and rep.unchanged == 1 and len(rep.problems) == 1
    assert rows(tmp_path / "g") == before          # the old graph of a.txt is still there

    monkeypatch.setattr(kg.extract, "extract_document", real)
    rep = build([src], tmp_path / "g", progress=False)   # the next build, with the bug gone, replaces it
    assert rep.replaced == 1 and not rep.problems
    assert ("a", "Angela Merkel", "rejects") in rows(tmp_path / "g")


def test_extract_text_raises_a_clear_error(failing):
    with pytest.raises(KGError, match="t1: extraction failed .ValueError: a rule's bug"):
        kg.extract.extract_text(A_NEW, "t1")
