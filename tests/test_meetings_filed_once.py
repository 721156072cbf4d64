"""Meetings, calls and visits (``consults``) the probe writers found missed on news they wrote; each
sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_each_party_met_in_a_second_act_is_kept(extract_learned):
    got = labels(extract_learned("Prime Minister Anthony Albanese condemned the missile launch and said he had spoken "
                                 "with President Lee Jae-myung and Prime Minister Shigeru Ishiba."))
    assert ("Anthony Albanese", "consults", "Lee Jae-myung") in got, got
    assert ("Anthony Albanese", "consults", "Shigeru Ishiba") in got, got


def test_two_who_met_on_a_day_consult_each_other(extract):
    got = labels(extract("Kenyan President William Ruto and Indian Prime Minister Narendra Modi met on Thursday."))
    assert ("William Ruto", "consults", "Narendra Modi") in got, got
    got = labels(extract("President William Ruto and Prime Minister Narendra Modi met for three hours on Thursday."))
    assert ("William Ruto", "consults", "Narendra Modi") in got, got


def test_two_who_spoke_by_phone_consult_each_other(extract):
    got = labels(extract("Kenyan President William Ruto and Indian Prime Minister Narendra Modi spoke by phone "
                         "on Thursday."))
    assert ("William Ruto", "consults", "Narendra Modi") in got, got
    got = labels(extract("Ruto and Modi spoke on Thursday about the floods."))  # no call named: left alone
    assert not any(r == "consults" for _, r, _ in got), got


def test_a_meeting_of_two_is_filed_once_by_the_first_named(extract):
    got = labels(extract("William Ruto and Narendra Modi held talks in Nairobi."))
    assert ("William Ruto", "consults", "Narendra Modi") in got, got
    assert ("Narendra Modi", "consults", "William Ruto") not in got, got
    got = labels(extract("Talks between President William Ruto and Prime Minister Narendra Modi ended on Friday."))
    assert ("Narendra Modi", "consults", "William Ruto") not in got, got
