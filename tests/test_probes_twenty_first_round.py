"""Fixes found by reading kg's statements on news written for the twenty-first round (Le Monde,
Radio Free Europe, Bloomberg and Anadolu styles of 2025); each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_thing_that_threatens_is_no_speakers_threat(extract, extract_learned):
    # "saying the attacks threatened its independence": the attacks endanger; the senator threatens nothing
    for text in ("Senator Mary Jones criticised the president's attacks on the central bank, saying they "
                 "threatened its independence.",
                 "Senator Mary Jones said the cuts threatened the survival of rural schools."):
        for run in (extract, extract_learned):
            got = labels(run(text))
            assert not any(r == "threatens" for _, r, _ in got), got


def test_a_named_party_that_threatens_is_still_read(extract):
    got = labels(extract("Senator Mary Jones said Russia had threatened to cut gas supplies to Europe."))
    assert any(a == "Russia" and r == "threatens" for a, r, _ in got), got


def test_a_name_right_after_the_noun_it_names_is_the_actor(extract):
    # "the militant group Hamas": Hamas acts, not "Militant group"
    got = labels(extract("The militant group Hamas rejected the proposal. The rights group Amnesty International "
                         "condemned the decision."))
    assert ("Hamas", "rejects", "proposal") in got, got
    assert ("Amnesty International", "opposes", "decision") in got, got


def test_a_vow_to_fight_opposes_what_is_fought(extract):
    # a headline's "vow to fight X" (parsed as an adverbial clause) and a fight kept up "against X"
    got = labels(extract("Rebels vow to fight top-up fees"))
    assert ("Rebels", "opposes", "top-up fees") in got, got
    got = labels(extract("Labour rebels have vowed to keep up their fight against university top-up fees."))
    assert ("Labour rebels", "opposes", "university top-up fees") in got, got
    assert not any(r == "supports" for _, r, _ in got), got


def test_a_state_of_mind_is_no_verdict_on_a_person(extract):
    # "was confident of winning the vote" says how Blair feels; the spokesman does not praise him
    got = labels(extract("A Downing Street spokesman said Mr Blair was confident of winning the vote."))
    assert not any(r == "praises" for _, r, _ in got), got
    got = labels(extract("Mr Brown said Mr Blair was a brilliant leader."))
    assert any(r == "praises" and t == "Tony Blair" for _, r, t in got), got


def test_a_counted_group_is_named_without_its_count(extract):
    # "More than 100 MPs" had been the actor "Than 100 MPs"; "Over 100 MPs" kept its count
    got = labels(extract("More than 100 MPs criticised the plan. Over 100 peers backed the amendment. "
                         "At least 20 countries rejected the resolution."))
    assert ("MPs", "opposes", "plan") in got, got
    assert ("Peers", "supports", "amendment") in got, got
    assert ("Countries", "rejects", "resolution") in got, got


def test_signing_a_paper_is_no_acceptance_of_it(extract):
    # the letter's or motion's content is the position; a signed agreement is still accepted
    got = labels(extract("Some 160 Labour MPs have signed a Commons motion opposing variable fees."))
    assert ("Labour MPs", "opposes", "variable fees") in got, got
    assert not any(r == "accepts" for _, r, _ in got), got
    got = labels(extract("Putin and Erdogan met in Sochi. Both leaders signed the agreement on Tuesday."))
    assert any(r == "accepts" and t == "agreement" for _, r, t in got), got


def test_a_passive_undoing_names_what_is_undone(extract):
    # "British troops to be withdrawn from Iraq": the troops' withdrawal, not "withdraw from Iraq"
    got = labels(extract("Respect has called for British troops to be withdrawn from Iraq."))
    assert ("Respect", "demands", "withdrawal of British troops") in got, got


def test_meeting_people_named_by_a_plural_noun(extract):
    # "meet rebels", "met officials": the group nouns are listed as plurals, the check read lemmas
    got = labels(extract("Mr Clarke will meet rebels on Monday. The minister met officials in Brussels."))
    assert any(r == "consults" and t == "Rebels" for _, r, t in got), got
    assert any(r == "consults" and t == "Officials" for _, r, t in got), got


def test_a_warning_of_ones_own_vote_is_a_threat(extract):
    # "warned that her party would vote against the budget": her party's act to come, with no object
    for text in ("Marine Le Pen warned that her party would vote against the budget if pensions were not "
                 "indexed to inflation.", "Marine Le Pen warned that she would vote against the budget."):
        got = labels(extract(text))
        assert ("Marine Le Pen", "threatens", "vote against budget") in got, got


def test_a_group_of_people_is_named_by_the_people(extract):
    # "a group of hard-line House Republicans": the Republicans (a party's name, tagged a nationality) act
    got = labels(extract("A group of hard-line House Republicans threatened to vote against the package. "
                         "A group of Labour MPs criticised the plan."))
    assert any(a == "Hard-line House Republicans" and r == "threatens" for a, r, _ in got), got
    assert ("Labour MPs", "opposes", "plan") in got, got


def test_pressing_someone_to_act_demands_the_act(extract):
    # "pressed the South African leader to explain": the infinitive, parsed as an adverbial, is asked
    got = labels(extract("Trump pressed the South African leader to explain the deaths of farmers."))
    assert any(r == "demands" and t and t.startswith("explain") for _, r, t in got), got


def test_an_acting_subjects_label_says_its_verb_once(extract):
    # "only if the bill's authors agreed to exempt ...": a word before the verb made the label repeat it
    text = ("Two aides said the speaker would allow a vote only if the bill's authors agreed to exempt "
            "diversified mutual funds.")
    got = labels(extract(text))
    assert got and not any(t and "agree agree" in t for _, _, t in got), got
