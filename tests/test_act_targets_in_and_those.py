"""Fixes found by reading kg's statements on probe40a (May 2025 news in the styles of the Financial Times,
RFE/RL, Xinhua, Anadolu and the Daily Nation); the sentences are the probe's or written for the test."""
from __future__ import annotations

from conftest import labels


def test_an_act_in_a_place_keeps_its_verb(extract, extract_learned):
    # "warned foreign activists against meddling in Tanzania's affairs": the meddling is opposed,
    # not the affairs it would be meddling in
    text = "On Monday, President Samia Suluhu Hassan warned foreign activists against meddling in Tanzania's affairs."
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert ("Samia Suluhu Hassan", "opposes", "meddling in Tanzania's affairs") in got, got
        assert not any(t == "Tanzania's affairs" for _, _, t in got), got


def test_an_act_asked_for_in_a_field_keeps_its_verb(extract):
    # the same on an infinitive asked for: the investing, not the schools
    got = labels(extract("The mayor urged the government to invest in rural schools."))
    assert any(r == "demands" and t == "invest in rural schools" for _, r, t in got), got


def test_those_held_are_named_by_the_act(extract, extract_learned):
    # "called on the authorities to release all those detained for political reasons": "those" names no
    # issue, so the demand was dropped; the act asked for names it
    text = ("EU foreign policy chief Kaja Kallas said the sentences were \"another step backwards\" for Georgia and "
            "called on the authorities to release all those detained for political reasons.")
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert ("Kaja Kallas", "demands", "release all those detained for political reasons") in got, got
