"""General English shapes kg read wrongly on news written for probes (shapes33); each sentence here
is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_rejection_in_a_that_clause_the_parser_hung_as_acl_is_kept(extract):
    got = labels(extract("The ministry published a plan that the Green Party rejected."))
    assert ("Green Party", "rejects", "plan") in got, got
    got = labels(extract("The Green Party rejected a plan that the cabinet approved."))
    assert ("Green Party", "rejects", "plan") in got, got


def test_a_body_that_adopts_a_resolution_calling_for_something_demands_it(extract):
    got = labels(extract("The UN General Assembly adopted a resolution calling for an immediate ceasefire in Gaza."))
    assert any(a == "UN General Assembly" and r == "demands" and "ceasefire" in (t or "") for a, r, t in got), got
    got = labels(extract("The Security Council vetoed a resolution condemning the government."))
    assert not any(a == "UN Security Council" and r in {"opposes", "demands"} for a, r, _ in got), got


def test_an_ask_by_whoever_is_no_demand_of_the_speaker(extract):
    got = labels(extract('Hezbollah leader Naim Qassem said: "Whoever asks us to give up our weapons is asking us '
                         'to surrender."'))
    assert not any(a == "Naim Qassem" and r == "demands" for a, r, _ in got), got


def test_no_objection_held_is_consent(extract):
    got = labels(extract("Russia has no objections to the peace plan, Peskov said."))
    assert ("Dmitry Peskov", "accepts", "peace plan") in got or any(
        r == "accepts" and t == "peace plan" for _, r, t in got), got
    assert not any(r in {"opposes", "rejects"} for _, r, _ in got), got
