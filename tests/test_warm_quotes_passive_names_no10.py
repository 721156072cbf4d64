"""General errors seen on written news in probe rounds: a critical quotation VADER scores warm, a name
in apposition after a passive agent taken into the target. Each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_critical_quote_vader_scores_warm_still_accuses():
    from kg.extract.quote_fallback import no_accusation
    from kg.records import Actor, Relation, Span, Statement

    st = Statement(doc_id="d", sentence=Span(0, 60, "x"), actor=Actor("Nikos Androulakis", kind="person"),
                   relation=Relation.ACCUSES, target=Actor("Kyriakos Mitsotakis", kind="person"),
                   quote=Span(10, 50, "He has lost the trust of Greek society"), confidence=0.05)
    assert no_accusation(st).relation is Relation.ACCUSES
    warm = Statement(doc_id="d", sentence=Span(0, 60, "x"), actor=Actor("Samia Suluhu Hassan", kind="person"),
                     relation=Relation.ACCUSES, target=Actor("East Africa", kind="place"),
                     quote=Span(10, 50, "We have lost a true friend and a great leader"), confidence=0.05)
    assert no_accusation(warm).relation is Relation.SAYS


def test_a_name_after_a_passive_agent_is_the_agent_not_the_target(extract_learned):
    got = labels(extract_learned("The reasoned amendment, tabled by the Treasury select committee chair, Meg Hillier, "
                                 "was defeated by 320 votes to 180."))
    assert not any(t and "Hillier" in t for _, _, t in got), got
    assert ("Meg Hillier", "proposes", "reasoned amendment") in got, got


def test_no_10_as_a_subject_is_downing_street_not_a_negation(extract_learned):
    got = labels(extract_learned("No 10 rejected the claims on Tuesday. No 10 has urged MPs to back the bill."))
    assert ("Downing Street", "rejects", "claims") in got, got
    assert any(a == "Downing Street" and r == "demands" for a, r, _ in got), got
    got = labels(extract_learned("No Labour MP backed the plan."))  # a "no" before the name still negates
    assert not got, got
