"""Cue words frequent in PolNeAR train's cue spans that kg's lexicon did not know (each counted there, at
least 5 uses); each sentence here is written for its test, in the shape PolNeAR's cues show."""
from __future__ import annotations

from conftest import labels


def test_ripping_into_a_target_opposes_it(extract_learned):
    # PolNeAR train: "has repeatedly ripped", "ripped into Sanders for" (6)
    got = labels(extract_learned("Bernie Sanders ripped into Hillary Clinton on Tuesday."))
    assert ("Bernie Sanders", "opposes", "Hillary Clinton") in got, got


def test_outlining_a_plan_proposes_it(extract_learned):
    # PolNeAR train: "is outlining", "hasn't outlined a plan" (9), as "lay out"
    got = labels(extract_learned("Governor Andrew Cuomo outlined a plan to cut property taxes."))
    assert any(a == "Andrew Cuomo" and r == "proposes" for a, r, _ in got), got


def test_supportive_of_supports(extract_learned):
    # PolNeAR train: "have been generally supportive of" (5)
    got = labels(extract_learned("Senator Marco Rubio has been supportive of the trade deal."))
    assert any(a == "Marco Rubio" and r == "supports" for a, r, _ in got), got


def test_dislike_opposes(extract_learned):
    # PolNeAR train: "dislike for", "tend to dislike" (7)
    got = labels(extract_learned("Senator Ted Cruz dislikes the health care law."))
    assert any(a == "Ted Cruz" and r == "opposes" for a, r, _ in got), got


def test_acquiescing_accepts(extract_learned):
    # PolNeAR train: "acquiesced to", "are acquiescing to" (5)
    got = labels(extract_learned("Prime Minister Tony Blair acquiesced to the demand for an inquiry."))
    assert any(a == "Tony Blair" and r == "accepts" for a, r, _ in got), got


def test_enthusiasm_for_supports(extract_learned):
    # PolNeAR train: "enthusiasm for", "showed limited enthusiasm for" (5)
    got = labels(extract_learned("Senator Marco Rubio expressed enthusiasm for the trade deal."))
    assert any(a == "Marco Rubio" and r == "supports" for a, r, _ in got), got


def test_a_critique_of_opposes(extract_learned):
    # PolNeAR train: "’s been ratcheting up his critique of", "critique of" (6)
    got = labels(extract_learned("Bernie Sanders delivered a sharp critique of the trade deal."))
    assert any(a == "Bernie Sanders" and r == "opposes" for a, r, _ in got), got

