"""Praise of a person or body said in a quotation ("Olaf has shown great leadership", "she is a woman of
great integrity", "my thanks go to the nurses", "he has done a tremendous job"): news sentences written
for these tests."""
from __future__ import annotations

from conftest import labels


def test_a_merit_shown_praises_who_shows_it(extract):
    got = labels(extract("Maria Lopez met Olaf Scholz in Berlin. \"Olaf Scholz has shown great leadership,\" "
                         "Lopez said."))
    assert ("Maria Lopez", "praises", "Olaf Scholz") in got, got
    got = labels(extract("Maria Lopez met Olaf Scholz in Berlin. \"He has shown great courage,\" Lopez said."))
    assert ("Maria Lopez", "praises", "Olaf Scholz") in got, got


def test_a_person_of_a_quality_is_praised(extract):
    got = labels(extract("Maria Lopez spoke about her deputy, Anna Weiss. \"She is a woman of great integrity,\" "
                         "Lopez said."))
    assert ("Maria Lopez", "praises", "Anna Weiss") in got, got


def test_a_job_done_tremendously_is_praise(extract):
    got = labels(extract("Maria Lopez spoke about the health secretary, Anna Weiss. \"She has done a tremendous "
                         "job,\" Lopez said."))
    assert ("Maria Lopez", "praises", "Anna Weiss") in got, got


def test_thanks_that_go_to_a_party_praise_it(extract):
    got = labels(extract("Maria Lopez visited the hospital in Leeds. \"My thanks go to the nurses,\" Lopez said."))
    assert ("Maria Lopez", "praises", "nurses") in got, got
    got = labels(extract("Maria Lopez visited the hospital in Leeds. \"Our thanks to the nurses for their hard "
                         "work,\" Lopez said."))
    assert ("Maria Lopez", "praises", "nurses") in got, got


def test_they_judged_in_a_quotation_are_praised(extract):
    got = labels(extract("Labour MPs backed the bill on Monday. \"They have been fantastic,\" Maria Lopez said."))
    assert ("Maria Lopez", "praises", "Labour MPs") in got, got
