"""Proposals announced for the country or city one speaks for ("Blair said Britain would send more troops"):
the speaker's own act to come, as "he said he would" is; each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_leader_announcing_his_countrys_act_proposes_it(extract):
    got = labels(extract("Tony Blair said Britain would send more troops to Afghanistan."))
    assert any(a == "Tony Blair" and r == "proposes" and t and "troops" in t for a, r, t in got), got


def test_a_mayor_announcing_the_citys_act_proposes_its_object(extract):
    got = labels(extract("The mayor, Gergely Karacsony, said the city would hold the march on Saturday."))
    assert ("Gergely Karacsony", "proposes", "march") in got, got


def test_another_countrys_act_or_a_forecast_is_no_proposal(extract):
    got = labels(extract("Barack Obama said Russia would send more troops to Syria."))
    assert not any(a == "Barack Obama" and r == "proposes" for a, r, _ in got), got
    got = labels(extract("The economist said Britain would enter a recession next year."))
    assert not any(r == "proposes" for _, r, _ in got), got


def test_fighting_or_regarding_is_no_proposal(extract):
    got = labels(extract("Mark Carney said Canada will fight the new tariffs with counter-tariffs of its own."))
    assert not any(a == "Mark Carney" and r == "proposes" and t and "tariffs" in t and "counter" not in t
                   for a, r, t in got), got
    got = labels(extract("Sergei Lavrov said Russia would regard any foreign troops as legitimate targets."))
    assert not any(a == "Sergei Lavrov" and r == "proposes" for a, r, _ in got), got


def test_considering_anothers_request_is_no_proposal(extract):
    got = labels(extract("John Kerry said Washington would consider any extradition request."))
    assert not any(a == "John Kerry" and r == "proposes" for a, r, _ in got), got
