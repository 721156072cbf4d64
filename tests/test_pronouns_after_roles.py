"""Pronouns and role phrases: who a "he" after an office or a second verb is; each sentence here is
written for its test."""
from __future__ import annotations

from conftest import labels


def actors(statements) -> set[str]:
    return {st.actor.label for st in statements}


def test_a_name_closing_an_office_of_phrase_is_the_holder(extract):
    got = extract("Shehbaz Sharif offered talks. The Congress party backed the government's response. Leader of the "
                  "Opposition Rahul Gandhi said after an all-party meeting that he would support any action the "
                  "government takes.")
    assert "Rahul Gandhi" in actors(got), labels(got)
    assert not any(a == "Shehbaz Sharif" and t == "action" for a, _, t in labels(got)), labels(got)


def test_he_after_a_second_verb_of_the_named_subject_is_that_subject(extract):
    got = extract("Karol Nawrocki beat Rafal Trzaskowski in the runoff. Speaking in Warsaw, Nawrocki promised to "
                  "defend Polish sovereignty and said he would veto any attempt to adopt the euro.")
    assert any(a == "Karol Nawrocki" and r == "rejects" for a, r, _ in labels(got)), labels(got)
    assert not any(a == "Rafal Trzaskowski" and r == "rejects" for a, r, _ in labels(got)), labels(got)


def test_an_age_for_a_name_is_the_last_sentence_s_subject(extract):
    got = extract("Senator John McCain met Hillary Clinton in Washington. The 79-year-old criticised the deal.")
    assert ("John McCain", "opposes", "deal") in labels(got), labels(got)
