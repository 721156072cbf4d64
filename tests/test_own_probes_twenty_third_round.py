"""Errors seen in this session's probe reports and fixed beside the helpers' rounds; each sentence
here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_teller_the_article_calls_she_is_no_he(extract):
    # "Clinton said he opposed": the teller rule gives "he" to Clinton, but the article has twice called her "she"
    text = ("Hillary Clinton said she would win Ohio. In Cleveland, Clinton said she would raise taxes on the rich. "
            "After meeting Donald Trump at the debate, Clinton said he opposed the minimum wage increase.")
    got = labels(extract(text))
    assert ("Donald Trump", "opposes", "minimum wage increase") in got, got
    assert ("Hillary Clinton", "opposes", "minimum wage increase") not in got, got
    # a teller the article has not gendered still tells of himself ("Lindsey" is mostly a woman's name in the list)
    got = labels(extract("Senator Lindsey Graham said he opposed the minimum wage increase."))
    assert ("Lindsey Graham", "opposes", "minimum wage increase") in got, got


def test_a_chamber_s_party_members_are_the_ones_praised(extract):
    # "praised House Republicans": the group, not the chamber whose name modifies it
    got = labels(extract("Speaker Mike Johnson praised House Republicans for passing the bill."))
    assert ("Mike Johnson", "praises", "House Republicans") in got, got
    got = labels(extract("Donald Trump accused Senate Democrats of obstruction."))
    assert ("Donald Trump", "accuses", "Senate Democrats") in got, got


def test_it_opposed_is_the_thing_done_the_sentence_before(extract):
    # no position was taken just before: "it" is the bill passed, not the place named
    got = labels(extract("The House passed the bill in Washington on Thursday. All Democrats opposed it."))
    assert ("Democrats", "opposes", "bill") in got, got
    assert not any(t == "United States" for _, _, t in got), got


def test_an_obligation_under_a_denied_opinion_opposes_the_act(extract):
    # "I don't think we should be cutting health care" says what "we should not be cutting" says
    got = labels(extract('"I don\'t think we should be cutting health care," Senator Susan Collins said.'))
    assert ("Susan Collins", "opposes", "cutting health care") in got, got
    got = labels(extract("The minister said he did not think the council should raise taxes."))
    assert any(r == "opposes" and t and "taxes" in t for _, r, t in got), got


def test_it_voted_against_is_the_thing_passed(extract):
    # "with two Republicans voting against it": the bill passed, not the chamber that passed it
    got = labels(extract("The House passed the bill by one vote, with two Republicans voting against it."))
    assert ("Republicans", "opposes", "bill") in got, got
    assert ("Republicans", "opposes", "House") not in got, got
