"""Misses the probe writers found on 2025 news they wrote (outlets no shared set has); each sentence here
is written for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_a_party_wing_acts_as_a_body(extract):
    got = labels(extract("Pakatan Harapan's youth wing criticised the ruling and demanded a stay of execution."))
    assert any(a.endswith("youth wing") and r == "opposes" for a, r, _ in got), got
    assert any(a.endswith("youth wing") and r == "demands" for a, r, _ in got), got
    got = labels(extract("Hamas's armed wing said it rejected the proposal."))
    assert any("wing" in a and r == "rejects" for a, r, _ in got), got

