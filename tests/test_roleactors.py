"""Actors named by a role, a body or a collective ("the party", "the militant group", "the
coach") where the article named the holder before; each sentence here is written for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_a_described_group_is_the_group_just_named(extract):
    got = labels(extract("Hamas rejected the proposal late on Tuesday. "
                         "The militant group demanded a full Israeli withdrawal from Gaza."))
    assert ("Hamas", "demands", "Israeli withdrawal") in got, got
    # "the new group" brings in another body
    got = labels(extract("Hamas rejected the proposal late on Tuesday. The new group demanded a full withdrawal."))
    assert not any(a == "Hamas" and r == "demands" for a, r, _ in got), got
