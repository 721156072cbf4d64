"""Errors the probe writers found on news they wrote and left unfixed (third leftovers round); each
sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_expecting_a_change_to_come_is_a_forecast_no_demand(extract, extract_learned):
    # "expected the virus to spread": what is expected to happen, not an act asked of someone
    for run in (extract, extract_learned):
        got = labels(run("The health agency said it expected the disease to spread across the region."))
        assert not any(r == "demands" for _, r, _ in got), got
        got = labels(run("The bank expects prices to rise next year."))
        assert not any(r == "demands" for _, r, _ in got), got
    # an act expected of someone stays a demand
    got = labels(extract("The mayor expects the council to scrap the tax."))
    assert any(r == "demands" for _, r, _ in got), got


def test_an_armed_operation_announced_is_no_proposal(extract, extract_learned):
    # "announced the start of an offensive": a military operation under way is an event, not a measure put forward
    for run in (extract, extract_learned):
        got = labels(run("The army announced the start of a new offensive in the north."))
        assert not any(r == "proposes" for _, r, _ in got), got
        got = labels(run("The rebels announced an attack on the airport."))
        assert not any(r == "proposes" for _, r, _ in got), got
    # a measure announced is still proposed
    got = labels(extract("The minister announced a crackdown on fly-tipping."))
    assert any(r == "proposes" for _, r, _ in got), got


def test_an_act_away_from_a_place_keeps_its_verb(extract):
    # "urged the rebels to withdraw from the cities": the withdrawal is asked, not the cities
    got = labels(extract("The president urged the rebels to withdraw from the towns."))
    assert any(r == "demands" and t and "withdraw" in t for _, r, t in got), got
    assert not any(t == "towns" for _, _, t in got), got


def test_a_time_limit_given_for_an_act_is_an_ultimatum(extract):
    # "had given X 48 hours to return or be replaced": the act is demanded, its alternative threatened
    got = labels(extract("The president had given the army chief 48 hours to return to the capital or be replaced."))
    assert any(r == "demands" and t and t.startswith("return") for _, r, t in got), got
    assert any(r == "threatens" and t and "replacement" in t for _, r, t in got), got
    got = labels(extract("UEFA gave the club a week to pay its debts."))
    assert any(r == "demands" and t and "debts" in t for _, r, t in got), got
    # time given for nothing asked is no demand
    got = labels(extract("The court gave the lawyers two weeks."))
    assert not any(r == "demands" for _, r, _ in got), got


def test_an_acronym_spelt_like_a_wh_word_is_a_name(extract):
    # "WHO declares emergency, calls for ...": the parser reads the acronym the article defines as "who"
    text = ("WHO declares emergency, calls for global response\n\n"
            "The World Health Organization (WHO) on Monday declared a global health emergency over the outbreak.")
    got = labels(extract(text))
    assert ("World Health Organization", "demands", "global response") in got, got


def test_a_spokesmans_principal_is_the_one_described_not_a_third_person(extract):
    # "Machar's spokesman said the rebel leader would not return": the spokesman's principal, not
    # another leader the article named
    text = ("President Tom Arka had given Sam Odolo 48 hours to return to the capital.\n\n"
            "Odolo's spokesman said the rebel leader would not return until the army left the city.")
    got = labels(extract(text))
    assert not any(a == "Tom Arka" and r == "conditions" for a, r, _ in got), got
    assert any(a in {"Sam Odolo", "Odolo"} and r == "conditions" for a, r, _ in got), got


def test_a_praised_host_meets_no_side_of_the_praiser(extract):
    # "The UN envoy praised Kuwait for hosting them": "them" is no meeting of Kuwait with the UN
    text = ("Delegations from the government and the rebels met in Kuwait City on Monday. "
            "The UN envoy Tom Arka praised Kuwait for hosting them.")
    got = labels(extract(text))
    assert not any(a == "Kuwait" and r == "consults" and t == "United Nations" for a, r, t in got), got
    assert any(r == "praises" and t == "Kuwait" for _, r, t in got), got
