"""Misses the probe writer found on 2025-style news written for it; each sentence here is written
for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_a_comma_participle_after_a_demand_is_the_askers_own_act(extract):
    got = labels(extract("Opposition leader Eric Chu urged Premier Cho Jung-tai to resign, accusing the Cabinet "
                         "of neglecting the economy."))
    assert any(a == "Eric Chu" and r == "accuses" for a, r, _ in got), got
    assert not any(r == "demands" and t and "accus" in t.lower() for _, r, t in got), got
