"""Sentences where kg kept nothing (the uncovered group of the fourth round); each sentence here is
written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_vow_or_promise_named_by_a_noun_proposes_its_act(extract_learned):
    # "Russia's offer of direct talks" with the nouns of pledging ("pledge" was one already)
    got = labels(extract_learned("Donald Trump's vow to build a border wall angered Mexico."))
    assert any(a == "Donald Trump" and r == "proposes" and "wall" in (t or "") for a, r, t in got), got
    got = labels(extract_learned("Voters remembered the Liberal Democrats' promise to scrap tuition fees."))
    assert any(a == "Liberal Democrats" and r == "proposes" and "tuition fees" in (t or "") for a, r, t in got), got
