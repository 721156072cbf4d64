"""Actors the probe pool found wrong: a body's name after the noun that describes it; each
sentence here is written for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_a_bloc_before_its_name_is_no_part_of_it(extract):
    got = labels(extract("The regional bloc IGAD urged Kiir to accept the force."))
    assert any(a == "IGAD" and r == "demands" for a, r, _ in got), got
