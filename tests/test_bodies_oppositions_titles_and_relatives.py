"""Actors kg could not name: bodies written after the noun that describes them, oppositions;
each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_body_named_after_its_description_is_its_name(extract):
    # the NER tags none of these names: the body is the name, not "anti-tax group Club"
    got = labels(extract("The anti-tax group Club for Growth opposed the tax bill."))
    assert ("Club for Growth", "opposes", "tax bill") in got, got
    got = labels(extract("The employers' federation Medef rejected the pension reform."))
    assert ("Medef", "rejects", "pension reform") in got, got
    got = labels(extract("The union Unite called for a strike."))
    assert ("Unite", "demands", "strike") in got, got


def test_the_opposition_is_an_actor(extract):
    got = labels(extract("The opposition accused the government of lying about the figures."))
    assert ("Opposition", "accuses", "government") in got, got
    got = labels(extract("Syria's main opposition bloc rejected the peace plan."))
    assert ("Syrian opposition", "rejects", "peace plan") in got, got


def test_an_opposition_to_something_is_no_actor(extract):
    got = labels(extract("The opposition to the plan has grown, and ministers rejected the proposal."))
    assert not any(a == "Opposition" for a, _, _ in got), got


def test_a_title_says_which_pronoun_is_a_persons(extract):
    # the name list calls Robin a woman's name; "Mr Cook" says the article's Robin Cook is a man
    text = ("Former foreign secretary Robin Cook attacked the plan on Monday. Mr Cook told MPs the war had been "
            "a mistake. He demanded an inquiry into the intelligence.")
    got = labels(extract(text))
    assert ("Robin Cook", "demands", "inquiry") in got, got


def test_a_relative_speaks_for_themself(extract):
    text = ("Senator Jim Black criticised the ruling. Black's wife, a lawyer, said she supported the appeal. "
            "Black denied any wrongdoing.")
    got = labels(extract(text))
    assert ("Jim Black's wife", "supports", "appeal") in got, got
    assert not any(a == "Jim Black" and r == "supports" for a, r, _ in got), got
