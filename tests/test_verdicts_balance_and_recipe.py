"""Verdicts given in a reported clause with no stance verb (BBC-style probe misses): a balance
struck right or wrong, a recipe for a harm or a good; each sentence here is
written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_balance_struck_right_or_wrong_judges_what_strikes_it(extract):
    got = labels(extract("Labour said the proposals struck the right balance."))
    assert ("Labour Party", "supports", "proposals") in got, got
    got = labels(extract("The Tories said the bill struck the wrong balance between liberty and security."))
    assert ("Tories", "opposes", "bill") in got, got
    got = labels(extract("Mr Smith said the plan got the balance right."))
    assert ("Smith", "supports", "plan") in got, got


def test_a_recipe_is_judged_by_what_it_is_for(extract):
    got = labels(extract("Mr Smith said the plan was a recipe for chaos."))
    assert ("Smith", "opposes", "plan") in got, got
    got = labels(extract("Doctors said the reforms were a recipe for success."))
    assert ("Doctors", "supports", "reforms") in got, got


def test_no_verdict_where_none_is_given(extract):
    assert not labels(extract("Labour said the talks were in their final stage.")), "a state of things"
    got = labels(extract("Mr Smith said the plan did not strike the right balance."))
    assert not any(r == "supports" for _, r, _ in got), got
