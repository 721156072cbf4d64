"""Warned penalties on people (probes: gold threatens, kg missed): "warned that anyone taking part could be
prosecuted", "would face arrest", "would be held to account"; warned harms not brought by the speaker's side
are no threats."""
from __future__ import annotations

from conftest import labels


def threats(got):
    return {(a, t) for a, r, t in got if r == "threatens"}


def test_warned_that_anyone_taking_part_could_be_prosecuted(extract):
    got = labels(extract("Justice Minister Bence Tuzson wrote to foreign embassies to warn that anyone taking part "
                         "could be prosecuted."))
    assert any(a == "Bence Tuzson" and "prosecut" in t for a, t in threats(got)), got


def test_warned_that_protesters_would_face_arrest(extract):
    got = labels(extract("Meanwhile, police warned that anyone taking part in unsanctioned gatherings would face arrest."))
    assert any("arrest" in t for _, t in threats(got)), got


def test_warned_that_wrongdoers_would_be_held_to_account(extract):
    got = labels(extract("Speaking after a cabinet meeting in Ankara, Turkish President Recep Tayyip Erdogan warned that "
                         "those who damaged property or attacked police would be held to account."))
    assert any(t == "held to account" for _, t in threats(got)), got


def test_warned_rise_in_prices_is_no_threat(extract):
    got = labels(extract("Economists warned that prices could rise sharply next year."))
    assert not threats(got), got


def test_warned_dismissal_of_workers_is_no_threat(extract):
    got = labels(extract("The union warned that hundreds of workers could be dismissed if the plant closes."))
    assert not threats(got), got


def test_warned_arrest_of_critics_is_no_threat_of_the_warner(extract):
    got = labels(extract("Critics warned that journalists who criticise the government could be arrested under the new law."))
    assert not threats(got), got
