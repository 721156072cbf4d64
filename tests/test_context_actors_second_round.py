"""Actors not named in their sentence (second round): who a pronoun, a document or a quotation's
context names; each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_they_after_a_counted_group_in_a_clause_is_that_group(extract):
    # the sentence before has a thing for its main subject; the group marches in its "as" clause
    got = labels(extract("The minister's remarks came as thousands of farmers marched in the capital. "
                         "They demanded an end to the tax."))
    assert ("Farmers", "demands", "end to tax") in got, got


def test_a_campaign_document_speaks_for_its_party(extract):
    got = labels(extract("A Green Party advert calls for a ban on fracking."))
    assert ("Green Party", "demands", "ban") in got, got
    got = labels(extract("The Labour manifesto promises to scrap tuition fees."))
    assert any(a == "Labour Party" and r == "proposes" for a, r, _ in got), got


def test_they_after_a_partys_posters_is_the_party(extract):
    got = labels(extract("Labour's new posters say Britain is enjoying the lowest inflation for decades. "
                         "They urge voters not to let the Tories take things backwards."))
    assert any(a == "Labour Party" for a, _, _ in got), got


def test_a_document_judged_in_a_reported_clause_stays_the_target(extract):
    # its author is known, but "the poster was an attempt ..." is what Cameron says of it
    got = labels(extract("A poster was unveiled by Leave campaigners on Monday. "
                         "Prime Minister David Cameron said the poster was an attempt to scare voters."))
    assert ("David Cameron", "opposes", "poster") in got, got


def test_a_name_after_in_before_he_is_a_place_not_his_antecedent(extract):
    # the tagger reads "Naha" as a person's name; "in Naha" says where, the governor speaks
    got = labels(extract("Members won a majority, providing support for Governor Takeshi Onaga's plan. "
                         "In Naha, he said he would support the plan."))
    assert ("Takeshi Onaga", "supports", "plan") in got, got
    assert not any(a == "Naha" and t == "plan" for a, _, t in got), got
