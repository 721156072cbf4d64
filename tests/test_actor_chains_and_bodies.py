"""Actors the probe pool found wrong: a body's name after the noun that describes it; each
sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_bloc_before_its_name_is_no_part_of_it(extract):
    got = labels(extract("The regional bloc IGAD urged Kiir to accept the force."))
    assert any(a == "IGAD" and r == "demands" for a, r, _ in got), got


def test_a_he_as_main_subject_carries_its_person_past_a_name_in_passing(extract):
    # "Warwick" (tagged a person) is named inside the "he" sentence; the next "he" is still the union leader
    text = ("Union leader John Smith warned that unions would not give the party a blank cheque. He said members "
            "expected Labour to deliver on the promises it made in the Warwick agreement.\n\n"
            '"We will campaign for a Labour victory, but we want something back," he said.')
    got = labels(extract(text))
    assert any(a == "John Smith" and t == "Labour victory" for a, _, t in got), got
    assert not any(a == "Warwick" for a, _, _ in got), got


def test_the_group_is_the_body_the_sentence_before_was_about(extract):
    text = ("The Countryside Alliance has vowed to challenge the ban in the courts after MPs forced it through.\n\n"
            "The group said it would seek a judicial review of the act.")
    got = labels(extract(text))
    assert any(a == "Countryside Alliance" and r == "demands" for a, r, _ in got), got
    assert not any(a == "MPs" and r == "demands" for a, r, _ in got), got
