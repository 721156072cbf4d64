"""Misses the probe writer found on 2025-style wire news written for the probe; each sentence here
is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_side_that_could_not_accept_refuses(extract_learned):
    got = labels(extract_learned("Government spokesman Stefan Kornelius said Berlin could not accept a comprehensive "
                                 "increase of the budget."))
    assert any(r == "rejects" and t and "increase" in t for _, r, t in got), got


def test_regretting_a_decision_opposes_it(extract_learned):
    got = labels(extract_learned("The European Union regretted the U.S. decision to double steel tariffs."))
    assert any(a == "European Union" and r == "opposes" for a, r, _ in got), got


def test_a_charge_denied_after_it_is_still_made(extract_learned):
    got = labels(extract_learned("Israel has blamed Hamas for the deaths, a charge Hamas denies."))
    assert ("Israel", "accuses", "Hamas") in got, got


def test_a_hyphened_title_before_a_name_is_that_person(extract_learned):
    got = labels(extract_learned("The Left party's co-leader, Magdalena Biejat, blamed the government for the defeat."))
    assert ("Magdalena Biejat", "accuses", "government") in got, got
    assert not any(a == "Magdalena Biejat" and t and "co-leader" in t for a, _, t in got), got
