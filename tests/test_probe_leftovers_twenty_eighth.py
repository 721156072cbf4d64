"""Errors three probe rounds left (written 2025 news, BBC 2004-05, world news 2016); each sentence
here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_the_way_a_thing_was_done_is_the_doing_of_it(extract):
    got = labels(extract("Labour backbencher Glenda Jackson criticised the way the affair had been handled."))
    assert ("Glenda Jackson", "opposes", "handling of affair") in got, got
    got = labels(extract("The union attacked the way the strike was run."))
    assert any(r == "opposes" and t == "running of strike" for _, r, t in got), got


def test_gerund_of_a_regular_verb():
    from kg.extract.targets import gerund
    assert [gerund(v) for v in ("handle", "run", "tie", "manage", "see")] == \
        ["handling", "running", "tying", "managing", "seeing"]


def test_what_the_actor_went_on_to_say_is_no_second_thing_rejected(extract_learned):
    got = labels(extract_learned("Mr Blair rejected the charge and said the government had done everything it "
                                 "could to save the company."))
    assert ("Tony Blair", "rejects", "charge") in got, got
    assert not any(r == "rejects" and t != "charge" for _, r, t in got), got


def test_an_acronym_written_as_a_word_names_its_long_form(extract):
    got = labels(extract("Action on Smoking and Health (Ash) called for a ban on smoking in all pubs."))
    assert any(a == "Action on Smoking and Health" and r == "demands" for a, r, _ in got), got


def test_initials_spell_a_title_case_acronym_and_no_name():
    from kg.extract.acronyms import defined_acronyms
    assert [a.long for a in defined_acronyms("Action on Smoking and Health (Ash) said")] == \
        ["Action on Smoking and Health"]
    assert defined_acronyms("the North Atlantic Treaty Organisation (Nato) said")[0].long == \
        "North Atlantic Treaty Organisation"
    assert defined_acronyms("Mr John Smith (Reuters) said") == []


def test_a_bill_expected_to_clear_a_house_is_foretold_not_demanded(extract):
    got = labels(extract("The home secretary said he expected the bill to clear the Lords."))
    assert not any(r == "demands" for _, r, _ in got), got
    got = labels(extract("The foreign secretary expects Iran to comply with the resolution."))
    assert any(r == "demands" for _, r, _ in got), got
