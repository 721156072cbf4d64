"""Retreats refused: "would not back down on the tariffs" holds the stance on the tariffs, and
"would not hesitate to reimpose sanctions" refuses no act (the probe writer's own sentences, 2025-style news)."""
from __future__ import annotations

from conftest import labels


def test_not_backing_down_on_a_thing_supports_it(extract):
    got = labels(extract("President Donald Trump said he would not back down on the auto tariffs."))
    assert not any(r == "opposes" for _, r, _ in got), got
    assert ("Donald Trump", "supports", "auto tariffs") in got, got


def test_backing_down_is_no_backing(extract):
    got = labels(extract("Prime Minister Mark Carney backed down on the digital services tax."))
    assert not any(r == "supports" for _, r, _ in got), got


def test_not_hesitating_refuses_nothing(extract):
    got = labels(extract('French Foreign Minister Jean-Noel Barrot said Paris would "not hesitate for a single '
                         'second" to reimpose sanctions if Europe\'s security interests were threatened.'))
    assert not any(r == "rejects" for _, r, _ in got), got


def test_taking_part_in_a_thing_is_about_the_thing(extract):
    got = labels(extract("Prime Minister Shehbaz Sharif offered to take part in a neutral investigation into the attack."))
    assert any(a == "Shehbaz Sharif" and r == "proposes" and "investigation" in t for a, r, t in got), got


def test_travelling_for_talks_with_someone_consults_them(extract):
    got = labels(extract("Ishiba said Japan's chief tariff negotiator, Ryosei Akazawa, would travel to Washington "
                         "this week for talks with Commerce Secretary Howard Lutnick."))
    assert ("Ryosei Akazawa", "consults", "Howard Lutnick") in got, got
    got = labels(extract("The coalition called for talks with the unions."))
    assert not any(r == "consults" for _, r, _ in got), got
