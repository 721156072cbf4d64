"""Threats the probe writer (probew16h, 2016 wire news) found missed; each sentence is written for its test."""
from __future__ import annotations

from conftest import labels


def test_wrongdoers_who_will_face_consequences_are_threatened(extract):
    got = labels(extract('"Those who undermine democracy and commit human rights violations will face consequences," '
                         "State Department spokesman John Kirby told a daily briefing."))
    assert any(a == "John Kirby" and r == "threatens" for a, r, _ in got), got


def test_those_who_obstruct_the_vote_would_face_sanctions(extract):
    got = labels(extract("Kirby said officials who obstruct the vote would face sanctions."))
    assert any(r == "threatens" for _, r, _ in got), got
