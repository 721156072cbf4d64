"""Accusations read as other positions: the wrong a speaker reports of another is the other's act,
not the speaker's, and the speaker accuses; each sentence here is written for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_a_wrong_reported_of_a_party_is_no_act_of_the_speaker(extract):
    got = labels(extract("Jane Porter charged that the Labour Party had long ignored the fishermen."))
    assert ("Jane Porter", "accuses", "Labour Party") in got, got
    assert not any(a == "Jane Porter" and r == "rejects" for a, r, _ in got), got
    got = labels(extract("Jane Porter said that the Labour Party ignored the fishermen."))
    assert not any(a == "Jane Porter" and r == "rejects" for a, r, _ in got), got


def test_a_charge_that_another_acts_accuses_it(extract):
    got = labels(extract("Mayor Tom Baker charged that the city council wanted to sell the old park."))
    assert ("Tom Baker", "accuses", "city council") in got or any(
        a == "Tom Baker" and r == "accuses" and "council" in (t or "").lower() for a, r, t in got), got
    assert not any(a == "Tom Baker" and r == "supports" for a, r, _ in got), got


def test_condemning_a_sides_attack_accuses_the_side(extract):
    got = labels(extract("The Polish foreign minister condemned Russia's attack on the hospital in Kharkiv."))
    assert any(r == "accuses" and t == "Russia" for _, r, t in got), got
