"""Errors found on probe36a (2025 news written in the styles of The Hindu, Politico Europe, The Japan
Times, the Kyiv Independent and Daily Maverick); each sentence comes from a probe article."""
from __future__ import annotations

from conftest import labels


def test_who_after_a_persons_office_is_the_person(extract):
    # "who" takes up the person the apposition describes, not the body his office is "of"
    got = labels(extract("The Ukrainian delegation was led by Andrii Yermak, the head of the Presidential Office, "
                         "who thanked the U.S. side for its \"strong engagement\"."))
    assert any("Yermak" in a and r == "praises" and t == "United States" for a, r, t in got), got
    assert not any(a == "Presidential Office" for a, _, _ in got), got
    got = labels(extract("The talks were chaired by Jane Doe, a senior official of the Foreign Ministry, "
                         "who praised Canada for its support."))
    assert any(a == "Jane Doe" and r == "praises" for a, r, _ in got), got


def test_the_name_after_a_bracketed_partys_office_acts(extract):
    # the parser hangs the bracket, the office and the name on the party's name (tagged a person)
    got = labels(extract("Lok Janshakti Party (Ram Vilas) chief Chirag Paswan, whose party won 19 seats, "
                         "welcomed the result."))
    assert ("Chirag Paswan", "supports", "result") in got, got
    got = labels(extract("Janata Dal (United) leader Sanjay Jha welcomed the result."))
    assert ("Sanjay Jha", "supports", "result") in got, got


def test_a_first_name_and_surname_closing_an_office_of_phrase_are_a_person(extract):
    # the NER ran "International Relations and Cooperation Ronald Lamola" into one body
    got = labels(extract("Minister of International Relations and Cooperation Ronald Lamola rejected the proposal."))
    assert ("Ronald Lamola", "rejects", "proposal") in got, got
    got = labels(extract("Minister of Foreign Affairs Sergei Lavrov rejected the proposal."))
    assert ("Sergei Lavrov", "rejects", "proposal") in got, got
