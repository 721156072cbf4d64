"""Errors found on May 2025 news written in the house styles of outlets no shared set has
(CNN, Daily Mail, Jerusalem Post, Express Tribune, Notes from Poland, CNA); each sentence
here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_never_again_negates_the_act_it_modifies(extract):
    # the parser hangs "never" on "again", not on the verb; quoted or not, the act is ruled out
    for text in ('Lee Jae-myung told supporters that he would "never again" allow a military coup.',
                 "Lee Jae-myung told supporters that he would never again allow a military coup."):
        got = labels(extract(text))
        assert not any(r in {"proposes", "supports", "accepts"} for _, r, _ in got), got
        assert any(r in {"rejects", "opposes"} and "coup" in (t or "") for _, r, t in got), got


def test_a_vow_that_one_would_never_act_supports_nothing(extract):
    got = labels(extract("Lee Jae-myung vowed that he would never allow a military coup."))
    assert not any(r == "supports" for _, r, _ in got), got


def test_a_named_treaty_is_an_issue_not_an_actor(extract):
    # the tagger calls "Indus Waters Treaty" an organisation; a name ending in an instrument's noun is a thing
    got = labels(extract("Bilawal Bhutto Zardari called on India to restore the Indus Waters Treaty."))
    assert any(r == "demands" and "Indus Waters Treaty" in (t or "") for _, r, t in got), got


def test_the_pm_is_the_prime_minister(extract):
    got = labels(extract("Prime Minister Shehbaz Sharif spoke on Sunday. "
                         "The PM also thanked Saudi Arabia for its diplomatic efforts."))
    assert ("Shehbaz Sharif", "praises", "Saudi Arabia") in got, got
    got = labels(extract("The meeting ended at 5 pm. Talks will resume on Monday."))
    assert not got, got


def test_urging_others_to_act_against_a_thing_opposes_it(extract):
    # "campaign against it", "vote against the deal": the urger takes a stand against the deal, no demand for it
    got = labels(extract("Former Brexit negotiator Lord Frost said the deal was a disaster and called on the "
                         "Conservatives to campaign against the deal."))
    assert not any(r == "demands" and t == "deal" for _, r, t in got), got
    assert any(r == "opposes" and t == "deal" for _, r, t in got), got
    got = labels(extract("Lord Frost urged voters to vote against the deal."))
    assert not any(r == "demands" and t == "deal" for _, r, t in got), got
