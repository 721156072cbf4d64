"""Errors the probe31a writer found on 2025-style news written for these tests: the anonymity an
unnamed source asks for is no demand, and an infinitive's object pronoun is not its own controller."""
from __future__ import annotations

from conftest import labels


def test_requested_anonymity_is_no_demand(extract_learned):
    for text in ("The ministry will appeal the ruling, an official said, requesting anonymity.",
                 "The deal is almost done, said a diplomat who requested anonymity."):
        got = labels(extract_learned(text))
        assert not any(t is not None and "anonymity" in t.lower() for _, _, t in got), got


def test_an_infinitives_object_pronoun_is_not_its_controller(extract_learned):
    got = labels(extract_learned("The Commission presented the plan on Monday. Hungary threatened to veto it."))
    assert ("Hungary", "threatens", "veto Hungary") not in got, got


def test_an_act_passed_over_by_rather_than_is_not_demanded(extract_learned):
    got = labels(extract_learned("The union urged the government to raise wages rather than cut jobs."))
    assert not any(t == "cut jobs" for _, r, t in got if r == "demands"), got
