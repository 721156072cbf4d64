"""Misses the probebbc9 writer found on BBC-style UK politics news written for the probe; each sentence
here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_plural_actor_backing_in_a_headline(extract):
    got = labels(extract("Peers back hunting ban\n\nThe House of Lords voted on Tuesday."))
    assert any(r == "supports" and t and "hunting ban" in t for _, r, t in got), got
    got = labels(extract("MSPs back pub smoking ban\n\nThe vote came on Thursday."))
    assert any(r == "supports" and t and "smoking ban" in t for _, r, t in got), got


def test_back_as_an_adverb_is_no_act(extract):
    got = labels(extract("Ministers back in talks\n\nThe meeting came on Thursday."))
    assert not any(r == "supports" for _, r, _ in got), got
