"""Meetings and calls kg missed in shapes the probe writers met: a joint news conference, a call "by
telephone with", a phone call had, a summit travelled to; each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_joint_news_conference_meets_the_other_side(extract):
    got = labels(extract("Speaking at a joint news conference with French President Emmanuel Macron, Chancellor "
                         "Friedrich Merz said Europe must spend more on defence."))
    assert ("Friedrich Merz", "consults", "Emmanuel Macron") in got, got


def test_a_call_by_telephone_with_someone_consults_them(extract):
    got = labels(extract("President Donald Trump spoke by telephone with Egyptian President Abdel Fattah al-Sisi "
                         "on Tuesday."))
    assert any(a == "Donald Trump" and r == "consults" and "Sisi" in t for a, r, t in got), got


def test_a_phone_call_had_with_someone_consults_them(extract):
    got = labels(extract("President Joe Biden had a phone call with Prime Minister Benjamin Netanyahu on Thursday."))
    assert ("Joe Biden", "consults", "Benjamin Netanyahu") in got, got
    assert not any(r == "consults" and t == "phone" for _, r, t in got), got


def test_a_summit_travelled_to_meets_the_host(extract):
    got = labels(extract("Secretary of State Antony Blinken arrived in Cairo for a summit with President "
                         "Abdel Fattah al-Sisi."))
    assert any(a == "Antony Blinken" and r == "consults" and "Sisi" in t for a, r, t in got), got


def test_a_participle_leading_its_clause_states_its_act(extract):
    got = labels(extract("Meeting with President Volodymyr Zelensky in Kyiv, Prime Minister Keir Starmer pledged "
                         "more aid."))
    assert ("Keir Starmer", "consults", "Volodymyr Zelensky") in got, got
