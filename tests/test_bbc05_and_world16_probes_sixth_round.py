"""Errors found on probe articles written in the style of BBC politics 2004-05 and 2016 wire news;
each sentence is taken from those articles, written for the probe."""
from __future__ import annotations

from conftest import labels


def test_a_threat_after_and_is_the_reporters_own(extract):
    # the parser hangs "threatened" on the reported clause's copula; the test does not threaten
    got = labels(extract("North Korea said the test was a response to hostile U.S. policy "
                         "and threatened to carry out more tests."))
    assert any(a == "North Korea" and r == "threatens" for a, r, _ in got), got


def test_the_group_after_an_alliance_is_the_alliance(extract):
    got = labels(extract("Labour backbenchers have demanded that ministers use the Parliament Act. The Countryside "
                         "Alliance condemned the move. Its chairman, John Jackson, said: \"We will see the government "
                         "in court.\" The group also accused ministers of pandering to class prejudice."))
    assert ("Countryside Alliance", "accuses", "ministers") in got, got
