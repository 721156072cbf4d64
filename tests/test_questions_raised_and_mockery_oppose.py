"""Stances whose cue kg had no entry for: questions raised about an issue (train: "has raised
questions about whether the evidence was gathered through torture") and the verbs of mockery
PolNeAR train's cue spans use ("mocked" 18 times there). Sentences written for these tests."""
from __future__ import annotations

from conftest import labels


def rels(statements, actor: str) -> set[str]:
    return {st.relation.value for st in statements if st.actor.label == actor}


def test_questions_raised_about_an_issue_oppose_it(extract):
    got = extract("The Labour MP Louise Ellman has raised questions about the new surveillance powers.")
    assert "opposes" in rels(got, "Louise Ellman"), labels(got)


def test_mocking_a_rival_opposes_him(extract):
    got = labels(extract("Donald Trump mocked Jeb Bush at a rally in Iowa."))
    assert ("Donald Trump", "opposes", "Jeb Bush") in got, got
