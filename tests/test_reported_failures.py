"""Reported content whose stance is implicit in what is said: a promise not kept or a result not
delivered, said of another, accuses it ("said ministers had not delivered cleaner hospitals"); a
neutral report carries no stance. Sentences from train (train_bbc_04) or written."""
from __future__ import annotations

from conftest import labels


def test_results_not_delivered_by_ministers_accuses_them(extract_learned):
    got = labels(extract_learned("Tory Shadow Chancellor Oliver Letwin spoke in London. He said ministers had not "
                                 "delivered cleaner hospitals, with 5,000 people dying from infections last year."))
    assert any(a == "Oliver Letwin" and r == "accuses" for a, r, t in got), got


def test_promise_not_kept_accuses_the_promiser(extract_learned):
    got = labels(extract_learned("Labour said the Tories had not kept their promise on tuition fees."))
    assert any(a == "Labour Party" and r == "accuses" and t == "Conservative Party" for a, r, t in got), got


def test_pledges_never_honoured_accuses(extract_learned):
    got = labels(extract_learned("The opposition leader, Ali Hassan, said the government had never honoured its pledges to farmers."))
    assert any(r == "accuses" and t and "government" in t.lower() for a, r, t in got), got


def test_neutral_reported_fact_gives_no_stance(extract_learned):
    assert labels(extract_learned("He said the meeting would be on Tuesday.")) == set()


def test_not_meeting_someone_is_no_wrong(extract_learned):
    got = labels(extract_learned("Senator Tom Harkin said he and the governor had never met in person."))
    assert not any(r == "accuses" for a, r, t in got), got


def test_own_promise_kept_is_no_accusation(extract_learned):
    got = labels(extract_learned("Labour said the Tories had kept their promise on tuition fees."))
    assert not any(r == "accuses" for a, r, t in got), got


def test_act_that_should_not_have_been_done_is_opposed(extract_learned):
    # probe (news2025): the bill is opposed, a reproach for a past act
    got = labels(extract_learned("Labour leader Chris Hipkins said the bill should never have been introduced in the first place."))
    assert any(a == "Chris Hipkins" and r == "opposes" and t and "bill" in t.lower() for a, r, t in got), got


def test_should_not_have_scrapped_opposes_the_scrapping(extract_learned):
    got = labels(extract_learned("Labour said the government should not have scrapped the Sure Start scheme."))
    assert any(a == "Labour Party" and r == "opposes" for a, r, t in got), got


def test_should_have_acted_sooner_is_no_stance_on_the_act(extract_learned):
    got = labels(extract_learned("Labour said ministers should have acted sooner."))
    assert not any(r in {"opposes", "demands"} for a, r, t in got), got


def test_must_have_is_a_guess(extract_learned):
    got = labels(extract_learned("Police said the thieves must not have known about the alarm."))
    assert not any(r in {"opposes", "demands"} for a, r, t in got), got
