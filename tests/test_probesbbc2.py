"""Fixes found by reading kg's statements on BBC News Online politics stories of 2004-05 written
for this probe (control orders, tuition fees, smoking ban, pensions); each sentence is written here."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_a_total_ban_is_not_a_partial_ban(extract):
    # the degree of a ban is the issue itself: "a complete ban" is what the doctors want, not "a ban"
    got = labels(extract("BMA chairman James Johnson urged ministers to introduce a complete ban."))
    assert ("James Johnson", "demands", "complete ban") in got, got
    got = labels(extract("The Liberal Democrats said they would support a total ban on smoking."))
    assert any(a == "Liberal Democrats" and r == "supports" and t.startswith("total ban") for a, r, t in got), got
