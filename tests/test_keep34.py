"""What the learned stage keeps of the acts the rules read in one sentence: a meeting takes no place of
the actor's stances, and the place a party is met in is no party met. Each sentence is written for its test."""
from __future__ import annotations

from conftest import labels


def test_the_place_a_leader_is_met_in_is_not_consulted(extract_learned):
    got = labels(extract_learned("Trump met Putin in Alaska on Friday."))
    assert ("Donald Trump", "consults", "Vladimir Putin") in got, got
    assert ("Donald Trump", "consults", "Alaska") not in got, got

