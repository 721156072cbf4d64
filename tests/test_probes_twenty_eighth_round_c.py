"""Misses the probe writer found on 2025-style news written for it; each sentence here is written
for its test."""
from __future__ import annotations

from conftest import labels


def test_a_comma_participle_after_a_demand_is_the_askers_own_act(extract):
    got = labels(extract("Opposition leader Eric Chu urged Premier Cho Jung-tai to resign, accusing the Cabinet "
                         "of neglecting the economy."))
    assert any(a == "Eric Chu" and r == "accuses" for a, r, _ in got), got
    assert not any(r == "demands" and t and "accus" in t.lower() for _, r, t in got), got


def test_reporters_without_borders_is_one_actor(extract):
    got = labels(extract("Reporters Without Borders condemned the trial as a sham."))
    assert ("Reporters Without Borders", "opposes", "trial") in got, got


def test_a_named_one_called_for_to_be_released_is_a_release(extract):
    got = labels(extract("Britain called for Lai to be released."))
    assert ("United Kingdom", "demands", "release of Lai") in got, got


def test_an_ambiguous_acronym_is_not_taken_for_the_press_group(extract):
    got = labels(extract("Sudan's paramilitary Rapid Support Forces (RSF) said the RSF accepted the humanitarian truce."))
    assert not any(a == "Reporters Without Borders" for a, _, _ in got), got
