"""Probe41b's misses (May 2025 news in the styles of Yonhap, Notes from Poland, The Hill, Haaretz and the
Kyiv Post). Sentences from bench/probes/news2025/probe41b or written for the test."""
from __future__ import annotations

from conftest import labels


def test_an_untagged_name_apposed_to_a_person_noun_is_a_person(extract):
    # the tagger left "Grzegorz Braun" untagged: an apposed "the far-right candidate" makes him a person,
    # so his own "he" is his, not the man named in the sentence before
    got = labels(extract(
        "PiS leader Jarosław Kaczyński praised Nawrocki's decision and called on right-wing voters to unite behind him.\n\n"
        "Grzegorz Braun, the far-right candidate who came fourth, urged his supporters to vote for Nawrocki "
        "but said he would not sign any agreements with either camp."))
    assert ("Grzegorz Braun", "rejects", "agreements") in got, got
    assert ("Jarosław Kaczyński", "rejects", "agreements") not in got, got


def test_a_count_hyphened_to_its_noun_stays_in_a_described_body(extract):
    # "A three-judge panel", "A five-member committee": the count is part of the compound, not a count of
    # bodies to drop (which left an actor "-member committee of lawmakers")
    got = labels(extract("Court blocks tariffs\n\n"
                         "A five-member committee of lawmakers demanded an inquiry into the deal."))
    assert ("Five-member committee of lawmakers", "demands", "inquiry") in got, got


def test_a_countrys_side_is_the_country(extract):
    # "the Russian side", "the U.S. side" in diplomatic reports: the country, not no one (probe37a and probe40a
    # code them so too)
    got = labels(extract("Talks end in Istanbul\n\n"
                         "The source said the Russian side had also threatened to seize the Kharkiv and Sumy regions if Kyiv refused."))
    assert any(a == "Russia" and r == "threatens" for a, r, _ in got), got
