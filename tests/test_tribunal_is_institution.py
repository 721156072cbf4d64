"""Misses the probe34a round found on news it wrote (2025 outlets); each sentence is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_tribunal_is_a_body_that_rejects(extract_learned):
    """A tribunal, like a court, rules and rejects; "tribunal" was no institution noun, so the
    sentence gave nothing."""
    got = labels(extract_learned("The electoral tribunal rejected Morales's claims."))
    assert any(r == "rejects" and "tribunal" in a.lower() for a, r, _ in got), got
