"""Accusations and praise: the cues and constructions that name whom an actor blames or commends
(the guidelines: for ``accuses`` and ``praises`` the target is the other actor). Each sentence is
written for its test."""
from __future__ import annotations

from conftest import labels

import pytest


@pytest.mark.parametrize("text, accuser, accused", [
    ("Germany said Russia was responsible for the attack on the pipeline.", "Germany", "Russia"),
    ("Iran said Israel was behind the assassination of the scientist.", "Iran", "Israel"),
])
def test_a_reported_culprit_is_accused(extract, extract_learned, text, accuser, accused):
    # "X said Y was responsible for / behind <a wrong>": the speaker's verdict on Y, like "Y was to blame"
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert (accuser, "accuses", accused) in got, got


def test_responsible_for_a_duty_is_no_accusation(extract):
    # a duty is no wrong: "responsible for security" blames no one
    got = labels(extract("Germany said Russia was responsible for security at the border."))
    assert not any(r == "accuses" for _, r, _ in got), got


@pytest.mark.parametrize("text, accuser, accused", [
    ("Pakistan's accusations that India backed the militants were rejected by New Delhi.", "Pakistan", "India"),
    ("Britain's accusation that Moscow poisoned the former spy angered the Kremlin.", "United Kingdom", "Russia"),
])
def test_an_accusation_noun_accuses_the_subject_of_its_clause(extract, extract_learned, text, accuser, accused):
    # "X's accusation that Y did Z": Y is the accused, not the act alleged
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert (accuser, "accuses", accused) in got, got


@pytest.mark.parametrize("text, expected", [
    ("Germany held Russia responsible for the attack.", ("Germany", "accuses", "Russia")),
    ("The minister faulted the agency for its slow response.", ("Minister", "accuses", "agency")),
    ("The minister blamed the delays on the unions.", ("Minister", "accuses", "unions")),
    ("The mayor saluted the firefighters.", ("Mayor", "praises", "firefighters")),
    ("The mayor complimented the firefighters.", ("Mayor", "praises", "firefighters")),
])
def test_cues_of_blame_and_praise(extract, text, expected):
    # blame and praise in other words than "accuse" and "praise"; "blamed X on Y" blames Y
    assert expected in labels(extract(text)), labels(extract(text))


def test_two_acts_on_one_actor_both_stand(extract_learned):
    # "attacking Trump as reckless and accusing him of lying": the rules read an opposition and an
    # accusation of the same actor; the learned stage keeps both, not another target for the second
    text = ("Senator Lindsey Graham hit the campaign trail with Mitt Romney on Monday, attacking Donald Trump "
            "as reckless and accusing him of lying to voters.")
    got = labels(extract_learned(text))
    assert ("Lindsey Graham", "accuses", "Donald Trump") in got, got
    assert ("Lindsey Graham", "opposes", "Donald Trump") in got, got
    assert ("Lindsey Graham", "accuses", "Mitt Romney") not in got, got


def test_an_object_it_is_not_a_name_in_its_own_subject(extract, extract_learned):
    # "The Russian Foreign Ministry accused it": "it" is not Russia, named inside the subject
    text = "NATO held exercises near the border. The Russian Foreign Ministry accused it of provoking the conflict."
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert ("Russian Foreign Ministry", "accuses", "NATO") in got, got


@pytest.mark.parametrize("text, expected", [
    ("Merkel said Macron had done a great job.", ("Angela Merkel", "praises", "Emmanuel Macron")),
    ("Labour said the Home Office had done a terrible job.", ("Labour Party", "opposes", "Home Office")),
])
def test_a_verdict_on_how_an_actor_did_its_job(extract, text, expected):
    # "had done a great job": a verdict on the actor, as "was a strong leader" is
    assert expected in labels(extract(text)), labels(extract(text))


def test_the_journalists_own_verdict_on_a_job_is_no_statement(extract):
    assert not labels(extract("Macron has done a great job."))


def test_a_quoted_wrong_of_he_accuses_whom_he_stands_for(extract, extract_learned):
    # inside a quotation "he" is resolved like a name: the speaker accuses the one who "lied"
    text = 'Donald Trump held a rally in Ohio on Monday. "He lied to the American people," Joe Biden said.'
    for run in (extract, extract_learned):
        assert ("Joe Biden", "accuses", "Donald Trump") in labels(run(text)), labels(run(text))
