"""Sentences where kg named the right actor but read the wrong act (the 'both wrong' misses of train):
each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_visitors_lobby_themselves(extract):
    # "visited Ms Jones to lobby for more money": a purpose of the visitors, no order to the one visited
    got = labels(extract("On Tuesday, a delegation of Kent farmers visited Ms Jones to lobby for higher subsidies."))
    assert any(r == "demands" and t == "higher subsidies" and "farmers" in a for a, r, t in got), got
    assert not any(a.endswith("Jones") and r == "demands" for a, r, _ in got), got


def test_a_thing_said_to_need_review_is_a_demand_for_its_review(extract):
    # "said the plans should be reviewed": the review of the plans is demanded (the reason given is no target)
    got = labels(extract('The fire chief said the plans for late-night opening should be reviewed because of a '
                         'violence "epidemic".'))
    assert ("Fire chief", "demands", "review of plans for late-night opening") in got, got
    got = labels(extract("The mayor said the contract must be investigated urgently."))
    assert ("Mayor", "demands", "investigation of contract") in got, got


def test_what_would_ward_off_a_warned_harm_is_demanded(extract):
    # "warned ... strikes unless the government cut fuel duty": the cut is asked for, the strikes threatened
    got = labels(extract("The hauliers warned that there would be blockades unless the government cut fuel duty."))
    assert ("Hauliers", "demands", "cut fuel duty") in got, got
    assert any(r == "threatens" for _, r, _ in got), got


def test_a_person_judged_by_pronoun_is_praised(extract):
    # '"she has been a prudent minister"': a verdict on the person the pronoun names, not a bare say
    got = labels(extract('Sir John Smith spoke about the finance minister, Mary Brown. "I have to say she has been '
                         'a prudent minister right the way through," he said.'))
    assert ("John Smith", "praises", "Mary Brown") in got, got


def test_scottish_and_welsh_name_their_nations(extract):
    # "Scottish calls for another referendum": Scotland's call, as "Russian demands" are Russia's
    got = labels(extract("The prime minister dismissed Scottish calls for a new vote on independence."))
    assert any(a == "Scotland" and r == "demands" for a, r, _ in got), got
    got = labels(extract("The Welsh Assembly Government rejected the bill."))
    assert ("Welsh Assembly Government", "rejects", "bill") in got, got
