"""Positions given as a reported verdict on an issue, with no stance verb ("said the plan would mean
higher bills"): ``reported_evaluation`` and ``outcomes``. The first sentence is from train
(train_bbc_08); the others are written for their tests."""
from __future__ import annotations

from conftest import labels


def stances(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value) for st in statements}


def test_an_issue_said_to_mean_rising_costs_is_opposed(extract):
    got = stances(extract("But opposition parties said rebanding of council taxes would mean steep rises."))
    assert ("Opposition parties", "opposes") in got, got
    got = stances(extract("The Tories said the plan would mean job losses."))
    assert ("Tories", "opposes") in got, got


def test_a_rise_in_a_good_is_no_verdict(extract):
    got = labels(extract("The Tories said the plan would mean a rise in living standards."))
    assert not any(r == "opposes" for _, r, _ in got), got


def test_an_issue_said_to_allow_a_thing_is_supported(extract):
    got = labels(extract("Local Government Minister Nick Raynsford said the delay would allow an independent "
                         "inquiry into local government funding to report first."))
    assert ("Nick Raynsford", "supports", "delay") in got, got


def test_an_issue_said_to_allow_people_to_act_is_no_verdict(extract):
    got = labels(extract("The council said the tax would allow criminals to escape."))
    assert not any(r == "supports" for _, r, _ in got), got


def test_an_issue_said_to_be_working_is_supported(extract):
    got = labels(extract("Tory spokesman David Davis said the curfew scheme is working well."))
    assert ("David Davis", "supports", "curfew scheme") in got, got


def test_a_stopgap_verdict_opposes(extract):
    got = labels(extract("Lib Dem spokesman Edward Davey said revaluation would only ever be a sticking plaster."))
    assert ("Edward Davey", "opposes", "revaluation") in got, got


def test_an_issue_said_to_put_a_good_at_risk_is_opposed(extract):
    got = labels(extract("Tony Blair said a Conservative government would put the economy at risk."))
    assert ("Tony Blair", "opposes", "Conservative government") in got, got
