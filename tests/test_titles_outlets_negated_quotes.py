"""Misses the probe writer found on 2025-style news written for it (probe26a); each sentence here is
written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_name_after_an_office_for_a_place_is_the_person(extract):
    got = labels(extract("U.S. Senior Adviser for Africa Massad Boulos urged both sides to seize the opportunity."))
    assert any(a == "Massad Boulos" and r == "demands" for a, r, _ in got), got
    got = labels(extract("Special Adviser for Europe Jonas Haugen accused Moscow of sabotage."))
    assert any(a == "Jonas Haugen" and r == "accuses" for a, r, _ in got), got


def test_the_outlet_told_is_not_what_a_quote_is_about(extract_learned):
    got = labels(extract_learned(
        "Frederiksen tells Washington: 'Greenland is not for sale'\n\n"
        "Danish Prime Minister Mette Frederiksen on Thursday rejected calls by US President Donald Trump to take "
        "control of Greenland, standing beside Greenland's prime minister, Jens-Frederik Nielsen.\n\n"
        "Nielsen said Greenland wanted close cooperation with the US. \"We are not for sale and we will never be "
        "for sale,\" he told Le Monde."))
    assert not any(t == "Le Monde" for _, _, t in got), got


def test_a_quote_that_denies_its_word_is_no_support_for_it(extract_learned):
    got = labels(extract_learned(
        "Frederiksen tells Washington: 'Greenland is not for sale'\n\n"
        "Danish Prime Minister Mette Frederiksen on Thursday rejected calls by US President Donald Trump to take "
        "control of Greenland, standing beside Greenland's prime minister, Jens-Frederik Nielsen.\n\n"
        "Nielsen said Greenland wanted close cooperation with the US. \"We are not for sale and we will never be "
        "for sale,\" he told Le Monde."))
    assert ("Jens-Frederik Nielsen", "supports", "sale") not in got, got
