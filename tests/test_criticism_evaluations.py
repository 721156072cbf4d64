"""Positions carried by an evaluative predicate inside a reported clause ("X said the report was biased"):
the words of criticism the evaluations list lacked and VADER rates weakly or not at all. The first
sentence is from a probe (world2016); the others are written for their tests."""
from __future__ import annotations

from conftest import labels


def opposed(statements) -> set[tuple]:
    return {(a, t) for a, r, t in labels(statements) if r == "opposes"}


def test_a_report_said_to_be_biased_is_opposed(extract):
    got = opposed(extract("Ugandan Foreign Minister Sam Kutesa said the EU report was biased."))
    assert ("Sam Kutesa", "EU report") in got, got


def test_weakly_rated_criticism_in_a_reported_clause(extract):
    got = opposed(extract("Labour leader Ed Miliband said the funding was inadequate."))
    assert ("Ed Miliband", "funding") in got, got
    got = opposed(extract("Labour leader Ed Miliband said the new rules were discriminatory."))
    assert ("Ed Miliband", "rules") in got, got
    got = opposed(extract("Labour leader Ed Miliband said the cuts were damaging."))
    assert ("Ed Miliband", "cuts") in got, got


def test_praise_is_not_read_as_criticism(extract):
    got = labels(extract("Labour leader Ed Miliband said the funding was adequate."))
    assert not any(r == "opposes" for _, r, _ in got), got

