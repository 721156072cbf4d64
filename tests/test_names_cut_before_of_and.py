"""Organisations whose names the small NER model cuts: before "of" and a place ("the Muslim
Council" + "of Britain"), before the last "and" of a name "for" something ("the Organisation for
Economic Co-operation" + "and Development"). Sentences from the probes (bbc2004, world2016) or
written for the test."""
from __future__ import annotations

from conftest import labels


def test_a_body_named_for_its_country_keeps_the_country(extract):
    # (probe bbc2004) NER: ORG "The Muslim Council" + GPE "Britain"
    got = labels(extract("The Muslim Council of Britain welcomed the plans."))
    assert ("Muslim Council of Britain", "supports", "plans") in got, got


def test_a_party_of_a_country_is_one_name(extract):
    # written: the country is part of the party's name, not the actor
    got = labels(extract("The Democratic Party of Kosovo rejected the agreement."))
    assert any(a == "Democratic Party of Kosovo" and r == "rejects" for a, r, _ in got), got


def test_a_name_for_something_runs_on_after_and(extract):
    # (probe world2016) NER: ORG "the Organisation for Economic Co-operation and"
    text = ("In Paris, the Organisation for Economic Co-operation and Development urged Panama to comply with "
            "international standards on tax transparency.")
    got = labels(extract(text))
    assert any(a == "Organisation for Economic Co-operation and Development" and r == "demands"
               for a, r, _ in got), got


def test_two_bodies_joined_by_and_stay_apart(extract):
    # written: a second body ("Treasury" after "and") is not the end of the first's name
    got = labels(extract("The Bank of England and the Treasury rejected the proposal."))
    assert not any("England and" in a for a, _, _ in got), got
