"""Quotations coded ``says`` where the quote's own words carry a demand (the "both" misses: the right
speaker, the wrong relation and target); each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_duty_said_to_be_owed_is_demanded(extract_learned):
    got = labels(extract_learned('Amnesty International director Maria Lopez said: "All states have a duty to '
                                 'protect refugees."'))
    assert ("Maria Lopez", "demands", "protect refugees") in got, got


def test_ones_own_duty_is_no_demand(extract):
    got = labels(extract('"I have a responsibility to create an environment where that can happen," Mayor Tom '
                         'Reid said.'))
    assert not any(r == "demands" for _, r, _ in got), got


def test_what_anyone_must_have_under_if_you_is_demanded(extract_learned):
    got = labels(extract_learned('"If you want good community relations, you have to have firm immigration '
                                 'controls," Conservative leader Tom Harris said.'))
    assert ("Tom Harris", "demands", "firm immigration controls") in got, got


def test_you_must_without_if_stays_a_resolve(extract):
    got = labels(extract('"You have to go home now," Conservative leader Tom Harris told the crowd.'))
    assert not any(r == "demands" for _, r, _ in got), got


def test_a_quoted_verdict_after_the_thing_found_is_read(extract_learned):
    # train (bbc_05): the parser hangs the quoted adjective on the noun as its modifier
    got = labels(extract_learned('Tory leader Michael Howard spoke on Monday. He said he found BNP\'s policies '
                                 '"abhorrent" but he said the UK had to take a different approach to immigration.'))
    assert any(a == "Michael Howard" and r == "opposes" and t and "polic" in t for a, r, t in got), got
