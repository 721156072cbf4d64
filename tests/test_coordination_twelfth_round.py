"""Coordinations and visits the rules read better in the twelfth round, one test each, from train
sentences or written for the test (never the seeds): each of two coordinated infinitives a
demand or pledge names is a target of its own; a visit or talks named by a noun, with its
visitor as possessor or as the subject the occasion belongs to, consult whom or where it names."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, expected", [
    # from a train article (BBC politics 2004-05): coded TUC · demands · more spending on safety inspections
    ("The TUC has called on the government to appoint \"roving\" safety reps and to increase spending on "
     "health and safety work inspections.",
     ("Trades Union Congress", "demands", "increase spending on health inspections")),
    # written for this test: a pledge of two acts, the second without its own "to"
    ("The senator pledged to cut taxes and balance the budget.", ("Senator", "proposes", "balance budget")),
])
def test_each_coordinated_infinitive_is_a_target(extract, text, expected):
    assert expected in triples(extract(text))


def test_a_coordinated_verb_with_its_own_subject_is_no_further_target(extract):
    # written for this test: "and Labour said" is a new clause, not a second demand
    got = triples(extract("The TUC urged ministers to raise the minimum wage and Labour agreed."))
    assert ("Trades Union Congress", "demands", "raise minimum wage") in got
    assert not any(a == "Trades Union Congress" and t and "agree" in t for a, _, t in got)


@pytest.mark.parametrize("text, expected", [
    # from a train article (North Korea 2016): coded Ri Su Yong · consults · China
    ("There was no indication of any link between the latest failed missile launch and Ri's visit to China.",
     ("Ri", "consults", "China")),
    # from a train article (South China Sea 2016): coded John Kerry · consults · Mongolia
    ("During a visit to Mongolia on Sunday, U.S. Secretary of State John Kerry urged Beijing not to establish "
     "an air defense identification zone over the South China Sea.", ("John Kerry", "consults", "Mongolia")),
    # from a train article (US news 2016): coded Donald Trump · consults · Mexico
    ("Trump's trip to Mexico was something of a Hail Maria.", ("Donald Trump", "consults", "Mexico")),
    # written for this test
    ("Putin's meeting with Erdogan lasted three hours.", ("Vladimir Putin", "consults", "Recep Tayyip Erdogan")),
])
def test_a_visit_or_talks_named_by_a_noun_consult(extract, text, expected):
    assert expected in triples(extract(text))


@pytest.mark.parametrize("text", [
    # written for this test: talks called for are a demand, not talks held
    "Russia called for talks with Ukraine.",
    # written for this test: a visit to a place that is no actor
    "Merkel's visit to a refugee camp drew crowds.",
])
def test_talks_without_a_visitor_or_a_visited_actor_consult_no_one(extract, text):
    assert not any(r == "consults" for _, r, _ in triples(extract(text)))


def test_a_visit_called_off_consults_no_one(extract):
    # written for this test: a trip cancelled is no visit made
    got = triples(extract("Netanyahu cancelled his trip to Washington after the vote."))
    assert not any(r == "consults" for _, r, _ in got)
