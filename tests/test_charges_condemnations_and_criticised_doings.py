"""Accusations read as other positions: the wrong a speaker reports of another is the other's act,
not the speaker's, and the speaker accuses; each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


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


def test_a_broken_promise_told_of_another_accuses_it_and_proposes_nothing(extract):
    got = labels(extract("The Liberal Democrats said the Conservative Party had broken its promises on tuition fees."))
    assert ("Liberal Democrats", "accuses", "Conservative Party") in got, got
    assert not any(r == "proposes" for _, r, _ in got), got
    got = labels(extract("The UN envoy said the two sides broke the deadlock after long talks."))
    assert not any(r == "accuses" for _, r, _ in got), got
    # the parser reads "had [broken promises]": the same wrong
    got = labels(extract("The Tories had broken promises by raising taxes again and again, Mr Kennedy said."))
    assert any(a == "Kennedy" or "Kennedy" in a for a, r, t in got if r == "accuses" and t in {"Conservative Party", "Tories"}), got


def test_criticising_a_sides_doing_accuses_the_side(extract):
    got = labels(extract("Senior Labour MPs have criticised Gordon Brown's handling of the pensions row."))
    assert any(r == "accuses" and t == "Gordon Brown" for _, r, t in got), got
    assert any(r == "opposes" for _, r, _ in got), got  # the doing itself stays opposed
