"""Praise and threats the rules missed: a praised name the parser took for an adverb, a vowed
reprisal; each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_lone_name_after_congratulated_is_the_one_praised(extract):
    # the parser reads "Dan" as an adverb of time (npadvmod), like "Monday"
    got = labels(extract("The mayor congratulated Dan after the race."))
    assert any(a == "Mayor" and r == "praises" and t == "Dan" for a, r, t in got), got


def test_a_vowed_reprisal_is_a_threat(extract):
    got = labels(extract("The rebel group vowed to retaliate for the killings of its commanders."))
    assert any(r == "threatens" for _, r, _ in got), got
    assert not any(r == "supports" for _, r, _ in got), got
    # a vow of help stays support
    got = labels(extract("The minister vowed to support the farmers."))
    assert any(r == "supports" for _, r, _ in got), got
