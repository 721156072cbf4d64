"""Misses probe46w (world news 2016, wire style) showed, on its own sentences and ones written for these tests."""
from __future__ import annotations

from conftest import labels


def test_a_passive_told_with_an_unnamed_agent_is_not_the_speakers_act(extract):
    got = labels(extract("Government spokesman Thierry Moungalla accused the opposition of preparing an insurrection "
                         "and said Mokoko had been summoned by police for questioning."))
    assert not any(a == "Thierry Moungalla" and r == "consults" for a, r, _ in got), got
    assert ("Thierry Moungalla", "accuses", "opposition") in got, got


def test_a_plan_criticised_by_the_police_is_not_the_speakers_criticism(extract):
    got = labels(extract("Johnson said the plan had been criticised by the police."))
    assert not any(a == "Boris Johnson" for a, _, _ in got), got
    got = labels(extract("Moungalla said the envoy had been summoned by police."))
    assert ("Police", "consults", "envoy") in got or not any(r == "consults" for _, r, _ in got), got


def test_a_passive_told_with_a_named_agent_stays_the_agents(extract):
    got = labels(extract("The minister said the plan had been rejected by the opposition."))
    assert ("Opposition", "rejects", "plan") in got, got


def test_a_modal_passive_with_an_agent_stays_the_speakers_demand(extract):
    got = labels(extract('"The committee believes that these arguments should be rejected by sentencers," the report said.'))
    assert not any(a == "Sentencers" for a, _, _ in got), got


def test_whose_diplomats_act_for_the_country_the_clause_qualifies(extract):
    got = labels(extract("Russia, whose diplomats have floated a federal model for Syria, was more cautious."))
    assert not any(a.lower().startswith("whose") for a, _, _ in got), got
    assert any(a == "Russia" and r == "proposes" for a, r, _ in got), got


def test_a_named_whose_noun_is_not_handed_to_the_owner(extract):
    got = labels(extract("Former Prime Minister Silvio Berlusconi, whose Forza Italia party opposed the reform, said he "
                         "was ready to work with other parties on a new electoral law."))
    assert not any(a == "Silvio Berlusconi" and r == "opposes" for a, r, _ in got), got
