"""A speaker announcing what his own body will not do: "his panel", "her party" under the one who
speaks refuses as he does; another's body stays another's. Each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_named_speakers_own_body_refusing_is_his_refusal(extract):
    got = labels(extract("Senator John Miller said his committee would not schedule hearings before the vote."))
    assert any(a == "John Miller" and r == "rejects" and "hearings" in (t or "") for a, r, t in got), got


def test_a_described_speakers_own_body_refusing_is_his_refusal(extract):
    got = labels(extract("The chairman said his company would not sell the factory."))
    assert any(r == "rejects" and "factory" in (t or "") for a, r, t in got), got


def test_another_sides_body_refusing_is_no_refusal_of_the_speaker(extract):
    got = labels(extract("Senator John Miller said the rival's committee would not schedule hearings before the vote."))
    assert not any(a == "John Miller" and r == "rejects" for a, r, _ in got), got
    got = labels(extract("Senator John Miller said the committee would not schedule hearings before the vote."))
    assert not any(a == "John Miller" and r == "rejects" for a, r, _ in got), got
