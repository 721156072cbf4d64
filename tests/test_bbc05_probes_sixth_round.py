"""Errors found on BBC politics news of 2004-05 written for probing (fourth round); each sentence
here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_title_listing_departments_names_the_person_after_it(extract):
    # the parser roots the subject in the title's first word or splits it at its "and"
    got = labels(extract("The pensions report was published. Work and Pensions Secretary Alan Johnson welcomed the report."))
    assert ("Alan Johnson", "supports", "report") in got, got
    assert not any(a == "Work" for a, _, _ in got), got
    got = labels(extract("Culture, Media and Sport Secretary Tessa Jowell backed the plan."))
    assert ("Tessa Jowell", "supports", "plan") in got, got
    assert not any(a in {"Culture", "Media"} for a, _, _ in got), got
    got = labels(extract("Tony Blair and Chancellor Gordon Brown backed the plan."))  # two people stay two
    assert {("Tony Blair", "supports", "plan"), ("Gordon Brown", "supports", "plan")} <= got, got


def test_a_name_whose_last_word_names_a_thing_still_acts(extract):
    # "concern" is a thing ("Concern grew"); capitalised inside the sentence it ends a name
    got = labels(extract("Pensioners face a bleak winter. Age Concern urged the government to restore the link."))
    assert any(a == "Age Concern" and r == "demands" for a, r, _ in got), got
    got = labels(extract("Pensioners face a bleak winter. Concern grew over the plans."))
    assert not any(a == "Concern" for a, _, _ in got), got


def test_a_descriptor_the_parser_made_a_second_subject_gives_way_to_the_name(extract):
    got = labels(extract("Pensioners face a bleak winter. The charity Age Concern urged the government to restore the link."))
    assert any(a == "Age Concern" and r == "demands" for a, r, _ in got), got
    assert not any(a == "Charity" for a, _, _ in got), got


def test_leaders_of_a_list_of_countries_stay_one_subject(extract):
    # the parser splits "the leaders of Spain, Italy, Austria, and the UK" into two subjects; the last
    # country is no name after a descriptor, and the group keeps the acts
    got = labels(extract("On Monday, however, the leaders of Spain, Italy, Austria, and the UK joined Polish President "
                         "Andrzej Duda in calling for an immediate ceasefire, warning that Russia would face tough new "
                         "sanctions if it refused the offer."))
    assert not any(a == "United Kingdom" for a, _, _ in got), got
    assert any(r == "demands" and t == "ceasefire" for _, r, t in got), got
