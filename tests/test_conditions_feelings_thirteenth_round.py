"""Conditions and feelings the rules learned to read in the thirteenth round, one test each, from
train sentences or written for the test (never the seeds): a condition keeps the stance it
qualifies ("will not stand down unless ..."), an "until" on an act put off is a condition, a
warning against a plan "unless" something is secured is conditioned on it, and a
feeling in the passive ("angered by X") is its holder's stance on X."""
from __future__ import annotations

from conftest import triples


def test_a_condition_keeps_the_stance_it_qualifies(extract):
    # from a train article (BBC politics 2004-05): coded rejects standing down AND conditions the party's instruction
    got = triples(extract("Howard Flight says he will not stand down as a candidate unless his local party "
                          "instructs him to do so at an extraordinary general meeting."))
    rels = {r for a, r, _ in got if a == "Howard Flight"}
    assert {"rejects", "conditions"} <= rels


def test_until_on_an_act_put_off_is_a_condition(extract):
    # from a train article (BBC politics 2004-05): coded demands the delay AND conditions the problems solved
    got = triples(extract("The Conservatives have called for 24-hour drinking to be shelved until the problems "
                          "of binge drinking are solved."))
    assert ("Conservatives", "conditions") in {(a, r) for a, r, _ in got}
    assert ("Conservatives", "demands") in {(a, r) for a, r, _ in got}


def test_a_warning_against_unless_is_conditioned_on_the_means(extract):
    # from a train article (2016 world news): coded opposes the plan AND conditions the refugees' safety
    got = triples(extract("The U.N. has warned against the plan unless there was a way to guarantee the "
                          "refugees' safety in the war-torn state."))
    assert any(r == "conditions" and "safety" in str(t) for a, r, t in got)
    assert ("United Nations", "opposes") in {(a, r) for a, r, _ in got}


def test_a_temporal_until_is_no_condition(extract):
    # written for this test: "until" on an ordinary act is time, not a condition
    got = triples(extract("The minister said she would work until the budget was passed."))
    assert not [t for t in got if t[1] == "conditions"]


def test_a_feeling_in_the_passive_is_its_holders_stance(extract):
    # from a train article (2016 world news): coded China opposes the nuclear and missile tests
    got = triples(extract("China is reclusive North Korea's only major ally but has been angered by Pyongyang's "
                          "nuclear and missile tests and signed up to tough UN sanctions against it."))
    assert any(a == "China" and r == "opposes" and "tests" in str(t) for a, r, t in got)


def test_a_feeling_at_a_plan_is_opposition_to_it(extract):
    # written for this test: the one alarmed holds the stance, not a passive's agent
    got = triples(extract("The mayor was alarmed at the plan to close the hospital."))
    assert any(a == "Mayor" and r == "opposes" and "plan" in str(t) for a, r, t in got)


def test_a_feeling_on_a_noun_names_no_holder(extract):
    # written for this test: "people worried about outsiders" is nobody's stated stance
    got = triples(extract("Many people, worried about outsiders, stayed home."))
    assert not [t for t in got if t[1] == "opposes"]
