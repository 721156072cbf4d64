"""Leftovers found on 2025 news written by a probe helper (ninth round); each sentence here is
written for its test."""
from __future__ import annotations

from conftest import labels


def test_an_outcome_conceded_or_respected_is_accepted(extract):
    got = labels(extract("The opposition leader conceded defeat on Sunday night."))
    assert any(r == "accepts" and "defeat" in (t or "") for _, r, t in got), got
    got = labels(extract("Governor Ted Banks acknowledged the result of the election."))
    assert ("Ted Banks", "accepts", "election") in got, got
    got = labels(extract("Senator Maria Lopez said she respects the decision of the voters."))
    assert any(a == "Maria Lopez" and r == "accepts" for a, r, _ in got), got
    # what one acknowledges in a clause is speech, no acceptance
    got = labels(extract("Mr Diaz acknowledged that the result was disappointing."))
    assert not any(r == "accepts" for _, r, _ in got), got


def test_going_to_court_if_another_acts_threatens_legal_action(extract):
    got = labels(extract('"We will go to court if the law is passed," the union leader Tom Reed said.'))
    assert ("Tom Reed", "threatens", "legal action") in got, got
    sts = extract("The union leader Tom Reed said the union would take Microsoft to court if the deal went ahead.")
    threat = next(st for st in sts if st.relation.value == "threatens")
    assert threat.target.label == "legal action" and threat.addressee is not None, sts
    # a past visit to court is an event, no threat
    got = labels(extract("The union leader Tom Reed went to court last year."))
    assert not any(r == "threatens" for _, r, _ in got), got


def test_a_joint_subject_that_holds_talks_or_discusses_a_matter_consults_each_other(extract):
    got = labels(extract("Theresa May and Emmanuel Macron held talks in London."))
    assert ("Theresa May", "consults", "Emmanuel Macron") in got, got
    got = labels(extract("Theresa May and Emmanuel Macron discussed trade on Tuesday."))
    assert ("Theresa May", "consults", "Emmanuel Macron") in got, got  # the first named's, one direction
    # one who discusses a matter alone meets no one
    got = labels(extract("Theresa May discussed trade on Tuesday."))
    assert not any(r == "consults" for _, r, _ in got), got


def test_an_outcome_to_be_respected_by_another_stays_in_the_demand(extract):
    got = labels(extract("The bishop urged the president to respect the verdict of the court."))
    assert any(r == "demands" and "respect" in (t or "") for _, r, t in got), got
    got = labels(extract("The mayor refused to acknowledge the outcome of the vote."))
    assert ("Mayor", "rejects", "outcome of vote") in got, got


def test_a_demand_to_reject_keeps_the_rejection_in_its_target(extract):
    got = labels(extract("The union leader urged councillors to reject the budget."))
    assert any(r == "demands" and t == "rejection of budget" for _, r, t in got), got
    got = labels(extract("The union leader rejected the budget."))  # the rejection itself is no reversal
    assert any(r == "rejects" and t == "budget" for _, r, t in got), got
