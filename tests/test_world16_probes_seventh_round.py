"""Stances a 2016 wire-news probe (probew16f) found missed on sentences written for these tests."""
from __future__ import annotations

from conftest import labels


def test_staged_protests_oppose_what_they_are_against(extract):
    """The small model lemmatizes "staged" as "stag": the light verb was lost and the protest with it."""
    got = labels(extract("Opposition parties staged protests across the country against the currency ban."))
    assert ("Opposition parties", "opposes", "currency ban") in got, got
    got = labels(extract("Students staged a protest against tuition fees in London."))
    assert ("Students", "opposes", "tuition fees") in got, got


def test_a_lodged_protest_opposes_what_it_is_against(extract):
    """"lodge" names the act in its object, as "file" or "issue" do."""
    got = labels(extract("The embassy lodged a formal protest against the arrests."))
    assert ("Embassy", "opposes", "arrests") in got, got


def test_a_protest_held_against_something_opposes_it(extract):
    """"held protests against" as "protested against"; talks held with someone still consult."""
    got = labels(extract("Students held a protest against tuition fees in London."))
    assert ("Students", "opposes", "tuition fees") in got, got
    got = labels(extract("The union held demonstrations across the country against the reform."))
    assert ("Union", "opposes", "reform") in got, got
    got = labels(extract("The unions held talks with the government on Monday."))
    assert ("Unions", "consults", "Government") in got, got


def test_lies_said_to_be_spread_accuse_the_one_spreading_them(extract):
    """Lies spread, told or peddled are reported wrongdoing, as "lied" is."""
    got = labels(extract("BJP president Amit Shah said the opposition was spreading lies."))
    assert ("Amit Shah", "accuses", "Opposition") in got, got
    got = labels(extract("The ministry said Russia was peddling disinformation about the attack."))
    assert ("Ministry", "accuses", "Russia") in got, got
