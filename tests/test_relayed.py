"""Positions relayed inside another actor's sentence: the second actor's own act, named by a
possessed noun or a clause of its own, is credited to it; each sentence here is written for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_a_described_owner_of_a_demand_demands(extract):
    # "the unions' demand for ..." as "demands by the unions for ...": the owner, though unnamed, asks
    got = labels(extract("The minister dismissed the teaching unions' demand for a pay rise."))
    assert any(a.lower() == "teaching unions" and r == "demands" and t == "pay rise" for a, r, t in got), got
    assert any(a == "Minister" and r == "rejects" for a, r, _ in got), got
