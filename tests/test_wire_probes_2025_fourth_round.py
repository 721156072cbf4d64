"""Fixes found by reading kg's statements on news written in the styles of AP, Politico Europe, the
South China Morning Post, the Times of India, the Irish Times and the Japan Times (May 2025); each
sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_failing_to_agree_is_no_acceptance(extract, extract_learned):
    # "fail to agree on a ceasefire": the agreement is what did not happen
    for text in ("Russia and Ukraine hold first direct talks in three years but fail to agree on a ceasefire",
                 "The two delegations failed to agree on a ceasefire after two hours of talks."):
        for run in (extract, extract_learned):
            got = labels(run(text))
            assert not any(r == "accepts" for _, r, _ in got), got


def test_a_successful_agreement_stays(extract):
    got = labels(extract("The two delegations agreed to a prisoner exchange on Friday."))
    assert any(r == "accepts" for _, r, _ in got), got


def test_a_name_after_an_office_of_a_place_is_the_holder(extract):
    # "Leader of Opposition Rahul Gandhi", "Chief Minister of Delhi Rekha Gupta": the office's "of"
    # runs on into the name; the person acts, not "the leader" nor the whole title
    got = labels(extract("Leader of Opposition Rahul Gandhi wrote to the PM urging him to convene the session "
                         "immediately. Chief Minister of Delhi Rekha Gupta rejected the offer."))
    assert ("Rahul Gandhi", "demands", "session") in got, got
    assert ("Rekha Gupta", "rejects", "offer") in got, got


def test_the_wife_of_a_named_man_stays_herself(extract):
    got = labels(extract("The wife of John Smith rejected the offer."))
    assert not any(a == "John Smith" for a, _, _ in got), got


def test_a_name_written_with_initials_after_a_title(extract):
    # "Former Army chief General V P Malik": initials open the name the NER missed
    got = labels(extract("Former Army chief General V P Malik said the government must not lower its guard."))
    assert any(a == "V P Malik" for a, _, _ in got), got


def test_unconscionable_and_its_kin_are_criticism(extract):
    # "described X as unconscionable": the parser hangs the bare adjective on "as"
    got = labels(extract("The Taoiseach has described the new visa regime as \"unconscionable\". "
                         "The senator said the new rules were intolerable."))
    assert any(r == "opposes" and t and "visa regime" in t for _, r, t in got), got
    assert any(r == "opposes" and t and "rules" in t for _, r, t in got), got


def test_a_role_in_doing_is_the_owners_act(extract):
    # "praised the U.K. for its role in supporting Ukraine": the U.K. supports, not the one who praises
    got = labels(extract("Macron praised Britain for its role in supporting Ukraine."))
    assert not any(a == "Emmanuel Macron" and r == "supports" for a, r, _ in got), got
    assert ("United Kingdom", "supports", "Ukraine") in got, got


def test_a_passive_subjunctive_after_insist_is_owed(extract):
    # "insisted that the fish question be settled": a demand, as "insisted that Georgia remain neutral"
    got = labels(extract("Paris insisted that the fishing rules be settled before the summit."))
    assert any(r == "demands" for _, r, _ in got), got
    got = labels(extract("Paris insisted that the fishing rules had been settled before the summit."))
    assert not any(r == "demands" for _, r, _ in got), got
