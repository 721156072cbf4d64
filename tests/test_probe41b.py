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

