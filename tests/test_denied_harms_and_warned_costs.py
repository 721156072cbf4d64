"""Negated and consequence predicates in reported speech read with the right polarity: a harm an
issue is said it will not bring backs the issue, and a harm it is said to bring opposes it. Each sentence here is written for its test (BBC-style news)."""
from __future__ import annotations

from conftest import labels


def test_a_harm_denied_backs_the_issue(extract_learned):
    got = labels(extract_learned("Health minister Rosie Winterton said the smoking ban would not harm pubs."))
    assert ("Rosie Winterton", "supports", "smoking ban") in got, got
    assert not any(r == "opposes" for _, r, _ in got), got


def test_a_harm_warned_of_opposes_the_subject_hung_as_an_object(extract_learned):
    # the small model makes "the cuts" the object of "warned", the cost clause subjectless
    got = labels(extract_learned("Union leader Bob Crow warned the cuts would cost jobs."))
    assert ("Bob Crow", "opposes", "cuts") in got, got
