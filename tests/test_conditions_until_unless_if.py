"""An act refused, boycotted or kept up "until" another is done is conditioned on that other act, as a
negated act is ("will not sign until"): probe sentences (world2016) and one written for the test."""
from __future__ import annotations

from conftest import labels


def test_a_boycott_until_a_guarantee_is_conditioned_on_it(extract):
    got = labels(extract("Kurdish lawmakers walked out of the session earlier in the week and said they would "
                         "boycott parliament until their safety was guaranteed."))
    assert any(r == "conditions" and t is not None and "safety" in t for _, r, t in got), got


def test_a_refusal_until_another_acts_is_conditioned_on_the_act(extract):
    got = labels(extract("The Houthi movement had refused to travel to Kuwait until the Saudi-led coalition "
                         "halted air strikes."))
    assert any(r == "conditions" and t is not None and "air strikes" in t for _, r, t in got), got
    assert any(r == "rejects" for _, r, t in got), got  # the refusal stays


def test_a_stay_until_a_reversal_is_conditioned_on_it(extract):
    got = labels(extract("The protesters said they would stay in the square until the decision was reversed."))
    assert any(r == "conditions" and t is not None and "reversal" in t for _, r, t in got), got


def test_a_boycott_unless_reforms_are_made_is_conditioned_on_them(extract):
    got = labels(extract("Chadema has vowed to boycott the polls unless the reforms are made."))
    assert any(r == "conditions" and t is not None and "reforms" in t for _, r, t in got), got


def test_an_abstention_unless_another_acts_is_conditioned_on_the_act(extract):
    got = labels(extract("Former health secretary Frank Dobson said he would abstain unless the government narrowed "
                         "the definition of the offence."))
    assert any(r == "conditions" and t is not None and "definition" in t for _, r, t in got), got


def test_but_only_if_joined_to_the_reporting_verb_conditions_the_reported_offer(extract):
    got = labels(extract("Officials in Caracas said they were open to talks with Washington on migration and drug "
                         "trafficking, but only if the US withdrew its warships from the southern Caribbean."))
    assert any(r == "conditions" and t is not None and "warships" in t for _, r, t in got), got


def test_a_readiness_on_an_if_clause_is_conditioned_on_it(extract):
    got = labels(extract("Iranian President Hassan Rouhani said Tehran was ready to resume talks with Riyadh if the "
                         "Saudis guaranteed the security of pilgrims."))
    assert any(a == "Hassan Rouhani" and r == "conditions" and t is not None and "security" in t for a, r, t in got), got
    got = labels(extract("Iranian President Hassan Rouhani said Tehran was ready to resume talks with Riyadh."))
    assert not any(r == "conditions" for _, r, t in got), got  # no if-clause, no condition


def test_a_readiness_negated_on_the_copula_rejects_once(extract):
    """"was not willing to compromise": the cue's own negation flips it; the act under it, negated only
    through the cue, does not flip it back (probe world2016; written)."""
    got = labels(extract("Netanyahu said he was not willing to compromise on the blockade."))
    assert any(r == "rejects" for _, r, t in got) and not any(r == "accepts" for _, r, t in got), got
    got = labels(extract("Mr Blunkett said he was not prepared to go on pouring money into a failing system."))
    assert not any(r == "accepts" for _, r, t in got), got
    got = labels(extract("Trump urged Beijing not to establish an air defence zone."))  # a negated act under the cue: a demand to refrain
    assert any(r == "demands" and t is not None and t.startswith("no ") and "zone" in t for _, r, t in got), got


def test_a_thing_that_stays_or_a_readiness_to_fight_is_no_condition(extract):
    """"The sanctions will remain until ...": a thing kept, no one's stay; "ready to fight Turkish forces if they
    advanced": a readiness for a hostile act on an if-clause threatens, it is no offer's condition (probe world2016)."""
    got = labels(extract("A spokesman for the militias, Ahmed al-Asadi, said they were ready to fight Turkish forces "
                         "if they advanced."))
    assert not any(r == "conditions" for _, r, t in got), got
    got = labels(extract("Kirby said the sanctions would stay until Russia met its commitments."))
    assert not any(r == "conditions" for _, r, t in got), got
