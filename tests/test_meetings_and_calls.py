"""Consultations and meetings (``consults``): the constructions news uses for them; each sentence
here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_in_a_meeting_with_is_an_occasion_of_the_clause(extract):
    # "In a meeting with X, Y raised ...": Y met X, as "during a visit to X, Y urged"
    text = "In a meeting with Emmanuel Macron on Friday, Theresa May raised the border issue."
    got = labels(extract(text))
    assert ("Theresa May", "consults", "Emmanuel Macron") in got, got


def test_a_possessive_before_the_subject_is_the_subjects(extract):
    # "During his visit to X, Y urged ...": "his" looks ahead to Y, not back to the last man named
    text = ("Boris Johnson resigned on Monday. During his visit to Brazil, Olaf Scholz urged the government "
            "to protect the forest.")
    got = labels(extract(text))
    assert ("Olaf Scholz", "consults", "Brazil") in got, got
    assert not any(a == "Boris Johnson" and r == "consults" for a, r, _ in got), got


def test_discussing_a_matter_with_someone_consults_them(extract):
    text = "Theresa May discussed the budget with Emmanuel Macron on Tuesday."
    got = labels(extract(text))
    assert ("Theresa May", "consults", "Emmanuel Macron") in got, got


def test_two_who_met_consult_each_other(extract):
    # "A and B met": the first named met the other (the gold codes one direction: 0 reverse pairs of 37 on train)
    text = "Theresa May and Emmanuel Macron met in Paris last week."
    got = labels(extract(text))
    assert ("Theresa May", "consults", "Emmanuel Macron") in got, got
    assert ("Emmanuel Macron", "consults", "Theresa May") not in got, got


def test_where_or_why_one_met_is_no_second_party(extract_learned):
    # "met X at the conference in Y", "visited X to lobby for more funds": X is the one consulted;
    # the place and the purpose ride along as no second consultation
    for text, met in [("Three teaching unions met John Prescott at the Labour party conference in Brighton.",
                       "John Prescott"),
                      ("A delegation of farmers visited Theresa May to lobby for more subsidies.", "Theresa May")]:
        got = labels(extract_learned(text))
        consulted = {t for _, r, t in got if r == "consults"}
        assert consulted == {met}, got


def test_talks_between_two_sides_consult_each_other(extract):
    for text in ["Talks between Theresa May and Emmanuel Macron broke down on Thursday.",
                 "A phone call between Theresa May and Emmanuel Macron took place on Wednesday."]:
        got = labels(extract(text))
        assert ("Theresa May", "consults", "Emmanuel Macron") in got, (text, got)
        assert ("Emmanuel Macron", "consults", "Theresa May") not in got, (text, got)  # once, the first named's


def test_in_a_phone_call_with_is_an_occasion_of_the_clause(extract):
    text = "In a phone call with Emmanuel Macron, Theresa May raised the border issue."
    got = labels(extract(text))
    assert ("Theresa May", "consults", "Emmanuel Macron") in got, got


def test_the_one_met_is_the_person_a_noun_describes_not_its_party(extract):
    # "met the Liberal leader": the leader, not the Liberal party
    text = "Theresa May met the Labour leader on Monday."
    got = labels(extract(text))
    assert ("Theresa May", "consults", "Labour leader") in got, got
