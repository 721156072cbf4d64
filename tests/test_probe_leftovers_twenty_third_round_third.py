"""Errors the probe writers found on news they wrote and left unfixed (fourth round of leftovers);
each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_an_embedded_question_asserts_no_stance(extract, extract_learned):
    # "refused to say which candidate he supports": what he supports is asked about, not stated
    for run in (extract, extract_learned):
        for text in ("The senator refused to say which candidate he supports.",
                     "The governor would not reveal what reforms she backs."):
            got = labels(run(text))
            assert not any(r == "supports" for _, r, _ in got), got
    # an object clause that is no question keeps its stance
    got = labels(extract("The senator said that he supports the new candidate."))
    assert any(r == "supports" for _, r, _ in got), got


def test_a_blow_dealt_to_a_cause_opposes_what_dealt_it(extract, extract_learned):
    # "the bombing had dealt a serious blow to the peace process": the bombing is judged, the process is no target
    text = "The minister said the bombing had dealt a serious blow to the peace process."
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert ("Minister", "opposes", "bombing") in got, got
        assert not any(t == "peace process" for _, _, t in got), got


def test_a_need_or_due_in_a_quote_is_a_demand_of_the_thing(extract, extract_learned):
    # '"We need smaller classes"': the classes are demanded; those who deserve are not accused
    for run in (extract, extract_learned):
        got = labels(run('"We need smaller classes," Jane Smith said.'))
        assert ("Jane Smith", "demands", "smaller classes") in got, got
        got = labels(run('"The people of the valley deserve answers," Jane Smith said.'))
        assert ("Jane Smith", "demands", "answers") in got, got
        assert not any(r == "accuses" for _, r, _ in got), got
    # one's own need, or a merit earned, demands nothing
    got = labels(extract('"I need a long rest," Jane Smith said.'))
    assert not any(r == "demands" for _, r, _ in got), got
    got = labels(extract('"The nurses deserve credit for this," Jane Smith said.'))
    assert not any(r == "demands" for _, r, _ in got), got


def test_both_men_or_the_two_countries_are_the_pair_named_before(extract):
    # "Both men", "the two countries": the pair named just before, never an actor "Men" or "Countries"
    got = labels(extract("Macron and Merz met in Paris on Monday. Both men called for a ceasefire."))
    assert ("Emmanuel Macron and Friedrich Merz", "demands", "ceasefire") in got, got
    got = labels(extract("France and Germany held talks in Berlin. The two countries backed the sanctions."))
    assert ("France and Germany", "supports", "sanctions") in got, got
    got = labels(extract("The vote was close. Both parties promised to cut the fuel tax."))
    assert not any(a == "Parties" for a, _, _ in got), got


def test_a_bare_title_means_the_holder_named_with_a_bare_title(extract):
    # "President X ... Mexican President Y ... the president": X, whom the article titles with no country
    text = ("President Tom Harlan flew to Mexico City on Monday. Mexican President Luis Ortega greeted him at "
            "the airport. The president then travelled to the palace, where he met the foreign minister.")
    got = labels(extract(text))
    assert any(a == "Tom Harlan" and r == "consults" for a, r, _ in got), got
    assert not any(a == "Luis Ortega" and r == "consults" and t != "Tom Harlan" for a, r, t in got), got


def test_a_threat_that_another_would_act_threatens_the_act(extract):
    # "threatened that Israel would hold on to the territory": the act threatened, whoever does it
    got = labels(extract("Jane Smith threatened that Israel would hold on to the occupied territory."))
    assert any(a == "Jane Smith" and r == "threatens" and t and "territory" in t for a, r, t in got), got
    got = labels(extract("Jane Smith threatened that the union would strike."))
    assert ("Jane Smith", "threatens", "strike") in got, got
    # a warning of what others will do is a forecast, no threat
    got = labels(extract("Jane Smith warned that prices would rise."))
    assert not any(r == "threatens" for _, r, _ in got), got
