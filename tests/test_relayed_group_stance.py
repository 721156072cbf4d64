"""Whose stance a speaker relays: a plural named by kind ("rebels", "diplomats") under a named
speaker takes its own stance (GUIDELINES: relayed positions credit the original actor); each
sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_group_named_by_kind_keeps_its_relayed_stance(extract):
    got = labels(extract("Opposition leader Mark Brown said rebels would oppose the tax rise."))
    assert ("Rebels", "opposes", "tax rise") in got, got
    got = labels(extract("Foreign Minister Anna Smith said diplomats would support the deal."))
    assert ("Diplomats", "supports", "deal") in got, got


def test_the_speakers_own_it_stays_the_speakers(extract):
    got = labels(extract("Union leader Mark Brown said the union would oppose the pay offer."))
    assert not any(a.lower() == "union" for a, _, _ in got), got
