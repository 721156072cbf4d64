"""Stances held as a noun after "have" or "lose" (``kg.extract.held_idioms``): trust in someone,
and a plan or intention denied; each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_no_plans_to_act_rejects_the_act(extract):
    got = labels(extract("Chancellor Rishi Sunak said he had no plans to raise fuel duty."))
    assert any(a == "Rishi Sunak" and r == "rejects" and t and "fuel duty" in t for a, r, t in got), got


def test_no_plans_reported_by_a_spokesman_rejects_the_act(extract):
    got = labels(extract("Prime Minister Boris Johnson has no plans to call an early election, his spokesman said."))
    assert any(a == "Boris Johnson" and r == "rejects" for a, r, _ in got), got


def test_confidence_in_a_person_supports_him(extract):
    got = labels(extract("President Emmanuel Macron said he had every confidence in Prime Minister Edouard Philippe."))
    assert ("Emmanuel Macron", "supports", "Edouard Philippe") in got, got


def test_lost_confidence_in_a_person_opposes_him(extract):
    got = labels(extract("The nurses' union said it had lost confidence in Health Secretary Jeremy Hunt."))
    assert any(r == "opposes" and t == "Jeremy Hunt" for _, r, t in got), got
    assert not any(r == "supports" and t == "Jeremy Hunt" for _, r, t in got), got


def test_confidence_without_a_party_or_in_a_vote_is_no_stance(extract):
    got = labels(extract("Chancellor Rishi Sunak said he was confident the economy would recover."))
    assert not any(r == "supports" and t == "economy" for _, r, t in got), got
    got = labels(extract("Labour MPs will hold a vote of no confidence in Jeremy Corbyn."))
    assert not any(r == "supports" and t == "Jeremy Corbyn" for _, r, t in got), got


def test_not_leaving_without_a_thing_demands_it(extract):
    got = labels(extract('"We will not leave without a solution," Greek Prime Minister Alexis Tsipras said.'))
    assert ("Alexis Tsipras", "demands", "solution") in got, got
    assert not any(a == "Alexis Tsipras" and r == "rejects" for a, r, _ in got), got
