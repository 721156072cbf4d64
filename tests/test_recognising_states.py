"""Recognising a state or a value endorses it (GUIDELINES: supports = endorses a target);
it is not agreeing to something another party put forward (accepts). Train codes no positive
recognition as accepts; the probes code it supports. Sentences written for this test."""
from __future__ import annotations

from conftest import labels


def test_recognising_a_state_supports_it(extract):
    got = labels(extract("Spain and Ireland formally recognized a Palestinian state on Tuesday."))
    assert any(r == "supports" and "Palestinian state" in (t or "") for _, r, t in got), got
    assert not any(r == "accepts" for _, r, _ in got), got


def test_refusing_to_recognise_still_rejects(extract):
    got = labels(extract("The opposition leader refused to recognise the result of the election."))
    assert any(r == "rejects" for _, r, _ in got), got
    assert not any(r == "supports" for _, r, _ in got), got


def test_recognising_a_problem_is_no_support(extract):
    # train: "recognise the funding pressures" is no endorsement of the pressures
    got = labels(extract('The minister said: "I recognise the funding pressures on councils."'))
    assert not any(r == "supports" for _, r, _ in got), got


def test_refusing_to_recognise_a_state_rejects_it(extract):
    got = labels(extract("The prime minister said his government would never recognise a Palestinian state."))
    assert any(r == "rejects" and "state" in (t or "") for _, r, t in got), got
    assert not any(r in {"supports", "opposes"} for _, r, _ in got), got
