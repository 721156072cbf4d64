"""The sign and the kind of stance relations (support or opposition, demand or proposal,
rejection or opposition) on sentences written for these tests."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_a_denial_failed_is_no_position(extract):
    got = labels(extract("The minister failed to deny the claims about the contract."))
    assert not any(r in {"rejects", "accepts"} for _, r, _ in got), got
