"""Praise and threats kg missed: each sentence here is written for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_a_vow_to_respond_threatens_a_response(extract):
    # coders name the threatened act as said: a response, not a retaliation
    got = labels(extract("Prime Minister Jan Novak warned that Ruritania would respond strongly to any new attack."))
    assert any(r == "threatens" and t == "response" for _, r, t in got), got
    got = labels(extract('"If they fire again, we will respond," Defence Minister Jan Novak said.'))
    assert any(r == "threatens" and t == "response" for _, r, t in got), got
