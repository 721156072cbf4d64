"""Verbs of scorn read as criticism: "mocked the plan" opposes it, as "ridiculed" does, and "did not mock"
takes no position. Each sentence here is written for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_mocking_a_plan_opposes_it(extract):
    got = labels(extract("Senator Alan Breck mocked the governor's housing plan on Tuesday."))
    assert any(a == "Alan Breck" and r == "opposes" and "plan" in (t or "") for a, r, t in got), got


def test_not_mocking_a_plan_is_no_position(extract):
    got = labels(extract("Senator Alan Breck did not mock the governor's housing plan."))
    assert not any(a == "Alan Breck" and r in ("opposes", "supports") for a, r, t in got), got
