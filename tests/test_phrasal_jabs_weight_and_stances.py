"""Phrasal stance cues of US campaign news that the lexicon lacked (PolNeAR train cue spans: "jabbed at
Clinton", "throwing her weight behind"); each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_potshot_taken_at_someone_opposes_them(extract):
    got = labels(extract("Senator Ted Cruz took a potshot at Jeb Bush during the debate."))
    assert ("Ted Cruz", "opposes", "Jeb Bush") in got, got


def test_a_jab_taken_at_someone_opposes_them(extract):
    got = labels(extract("Senator Marco Rubio took a jab at Donald Trump on Tuesday."))
    assert ("Marco Rubio", "opposes", "Donald Trump") in got, got


def test_jabbing_at_someone_opposes_them(extract):
    got = labels(extract("Donald Trump continued to jab at Hillary Clinton on trade."))
    assert ("Donald Trump", "opposes", "Hillary Clinton") in got, got


def test_weight_thrown_or_put_behind_someone_supports_them(extract):
    got = labels(extract("Senator Elizabeth Warren threw her weight behind Hillary Clinton on Thursday."))
    assert ("Elizabeth Warren", "supports", "Hillary Clinton") in got, got
    got = labels(extract("Governor Greg Abbott put his weight behind Ted Cruz."))
    assert ("Greg Abbott", "supports", "Ted Cruz") in got, got


def test_a_firm_stance_taken_against_a_thing_opposes_it(extract):
    got = labels(extract("Governor Chris Christie has taken a firm stance against the Iran deal."))
    assert ("Chris Christie", "opposes", "Iran deal") in got, got
    got = labels(extract("Senator Marco Rubio took a tough stance on Cuba."))
    assert ("Marco Rubio", "opposes", "Cuba") in got, got
    got = labels(extract("Senator Marco Rubio refused to take a stance on Cuba."))  # a stance, no side named
    assert not any(r == "opposes" for _, r, _ in got), got
