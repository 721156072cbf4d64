"""Targets the world-news probe (2016 wire stories written for it) found wrong; each sentence here
is written for its test."""
from __future__ import annotations

from conftest import labels


def test_what_is_asked_for_is_the_target_not_its_purpose(extract):
    got = labels(extract("President Barack Obama asked Congress for $1.8 billion in emergency funding to fight "
                         "the virus."))
    assert ("Barack Obama", "demands", "emergency funding") in got, got


def test_an_offer_to_mediate_between_parties_proposes_mediation(extract):
    got = labels(extract("Russia offered to mediate between the two regional powers on Monday."))
    assert ("Russia", "proposes", "mediation") in got, got


def test_a_dropped_qualifier_takes_its_and_along(extract):
    got = labels(extract("German Chancellor Angela Merkel urged the 27 members not to draw quick and simple "
                         "conclusions from the vote."))
    assert not any(t and " and simple" in t for _, _, t in got), got


def test_using_something_as_a_pretext_accuses_the_user(extract):
    got = labels(extract("Iran's foreign ministry spokesman Hossein Jaber Ansari said Riyadh was using the embassy "
                         "incident as a pretext to fuel tensions."))
    assert any(a == "Hossein Jaber Ansari" and r == "accuses" and t in {"Saudi Arabia", "Riyadh"} for a, r, t in got), got


def test_what_a_thing_is_called_stays_in_the_act_as_a_noun_too(extract):
    got = labels(extract("The State Department said it had confidence in Brazil's democratic institutions and "
                         "declined to call the process a coup."))
    assert any(r == "rejects" and t and "coup" in t for _, r, t in got), got


def test_an_act_called_urgent_is_demanded(extract):
    got = labels(extract('"It is urgent to reform the pension system," Finance Minister Henrique Meirelles said on Friday.'))
    assert any(a == "Henrique Meirelles" and r == "demands" for a, r, _ in got), got
