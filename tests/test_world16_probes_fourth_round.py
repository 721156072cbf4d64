"""Fixes found by reading kg's statements on world news written in the style of a 2016 wire desk
(Syria talks, Turkey's purge, the South China Sea ruling, Duterte, Colombia, North Korea, the EU-Turkey
migrant deal); each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_rapporteur_named_in_apposition_is_the_actor(extract, extract_learned):
    # "the UN special rapporteur, Agnes Callamard,": an office, so the name set off by commas is a person
    text = ("The United Nations special rapporteur on extrajudicial executions, Agnes Callamard, urged Manila "
            "to stop the killings.")
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert any(a == "Agnes Callamard" and r == "demands" for a, r, _ in got), got


def test_a_blow_to_a_cause_is_no_praise_of_what_is_called_so(extract, extract_learned):
    # "calling it a historic blow to human rights": the blow, not "historic", is the verdict
    text = 'Amnesty International condemned the agreement, calling it "a historic blow to human rights".'
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert ("Amnesty International", "opposes", "agreement") in got, got
        assert not any(r == "supports" for _, r, _ in got), got


def test_readiness_to_respond_to_a_provocation_is_a_warning(extract, extract_learned):
    # "ready to respond to any provocation": no acceptance of the provocation, a threat to answer it
    text = "South Korea's defence ministry said it was ready to respond to any provocation."
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert any(r == "threatens" for _, r, _ in got), got
        assert not any(r == "accepts" for _, r, _ in got), got
    # a response to no hostile act is still readiness
    got = labels(extract("The ministry said it was ready to respond to the concerns of farmers."))
    assert not any(r == "threatens" for _, r, _ in got), got


def test_a_headline_verb_tagged_an_adverb_still_cues(extract, extract_learned):
    # "EU leaders back migrant deal": the small model tags "back" an adverb, with a subject and an object
    text = "EU leaders back migrant deal with Turkey, rights groups cry foul"
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert ("EU leaders", "supports", "migrant deal") in got, got


def test_a_body_named_after_a_comma_is_the_actor(extract, extract_learned):
    # "the main opposition bloc, the High Negotiations Committee,": the name, not "Opposition"
    text = "The main opposition bloc, the High Negotiations Committee, rejected the plan."
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert ("High Negotiations Committee", "rejects", "plan") in got, got
    # the same for a rights group named after a comma
    got = labels(extract("The rights group, Human Rights Watch, condemned the plan."))
    assert ("Human Rights Watch", "opposes", "plan") in got, got
