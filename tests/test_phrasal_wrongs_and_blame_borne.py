"""Accusations kg missed in news the probe writers wrote: a wrong done by a phrase ("had let down
pensioners", "had taken Scotland for granted", "had let standards slip") reported of an actor
accuses it; each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_letting_down_is_a_reported_wrong(extract):
    got = labels(extract("Conservative leader Michael Howard said Tony Blair had let down pensioners."))
    assert ("Michael Howard", "accuses", "Tony Blair") in got, got
    got = labels(extract("Conservative leader Michael Howard said Tony Blair had let pensioners down."))
    assert ("Michael Howard", "accuses", "Tony Blair") in got, got


def test_taking_for_granted_is_a_reported_wrong(extract):
    got = labels(extract("Scottish National Party leader Alex Salmond said Tony Blair had taken Scotland for granted."))
    assert ("Alex Salmond", "accuses", "Tony Blair") in got, got


def test_letting_things_slip_is_a_reported_wrong(extract):
    got = labels(extract("Liberal Democrat leader Charles Kennedy said Tony Blair had let standards slip for years."))
    assert ("Charles Kennedy", "accuses", "Tony Blair") in got, got


def test_letting_talks_go_on_is_no_wrong(extract):
    got = labels(extract("Liberal Democrat leader Charles Kennedy said Tony Blair had let the talks go on."))
    assert not any(r == "accuses" for _, r, _ in got), got


def test_intruding_is_a_reported_wrong(extract):
    got = labels(extract("Chinese foreign ministry spokesman Lin Jian said the Philippines had illegally intruded "
                         "into Chinese waters."))
    assert ("Lin Jian", "accuses", "Philippines") in got, got


def test_blame_borne_is_blame_laid(extract):
    got = labels(extract("Polish Foreign Minister Witold Waszczykowski said Germany bore part of the blame for the "
                         "outcome."))
    assert ("Witold Waszczykowski", "accuses", "Germany") in got, got
    got = labels(extract("Opposition leader Kemal Kilicdaroglu said Recep Tayyip Erdogan bears responsibility for the deaths."))
    assert ("Kemal Kilicdaroglu", "accuses", "Recep Tayyip Erdogan") in got, got
    got = labels(extract("Opposition leader Kemal Kilicdaroglu said Recep Tayyip Erdogan bears responsibility for security."))
    assert not any(r == "accuses" for _, r, _ in got), got
