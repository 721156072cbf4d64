"""Verdicts a speaker gives on an issue by what the reported clause says it will do or be, with no stance
verb: "said the scheme would be expensive" (against it), "said the plan would lift millions out of poverty"
(for it). Sentences from the BBC 2004 and news probes, or written for their tests."""
from __future__ import annotations

from conftest import labels


def test_an_issue_said_to_be_expensive_is_opposed(extract):
    # probebbc10
    got = labels(extract("Mr Dobson said the scheme would be expensive."))
    assert ("Dobson", "opposes", "scheme") in got, got
    got = labels(extract("The Tories said the scheme would be costly and bureaucratic."))
    assert ("Tories", "opposes", "scheme") in got, got


def test_an_issue_said_to_lift_people_out_of_poverty_is_supported(extract):
    # probebbc13
    got = labels(extract("Hilary Benn said the plan would lift millions out of poverty."))
    assert ("Hilary Benn", "supports", "plan") in got, got


def test_lifting_a_ban_is_no_verdict(extract):
    got = labels(extract("Hilary Benn said the plan would lift the ban."))
    assert not any(r == "supports" and t == "plan" for _, r, t in got), got


def test_an_issue_said_to_cut_a_burden_is_supported(extract):
    # probebbc7, probe29b
    got = labels(extract("The mayor said the extension would cut traffic."))
    assert ("Mayor", "supports", "extension") in got, got
    got = labels(extract("The minister said the deal would cut red tape for businesses."))
    assert ("Minister", "supports", "deal") in got, got


def test_cutting_a_good_is_no_verdict(extract):
    got = labels(extract("The mayor said the extension would cut services."))
    assert not any(r == "supports" for _, r, _ in got), got


def test_an_issue_said_to_raise_costs_is_opposed(extract):
    # probe37a
    got = labels(extract("The group said tariffs on European goods would raise costs for consumers."))
    assert ("Group", "opposes", "tariffs") in got, got


def test_an_issue_said_to_bring_a_good_is_supported(extract):
    # probew16f, probebbc3
    got = labels(extract("The minister said membership would bring stability to the region."))
    assert ("Minister", "supports", "membership") in got, got
    got = labels(extract("The council said the casino would bring much-needed jobs."))
    assert ("Council", "supports", "casino") in got, got


def test_an_issue_said_to_radicalise_or_stifle_is_opposed(extract):
    # probew16o
    got = labels(extract("Critics said the crackdown would only radicalise young Muslims."))
    assert ("Critics", "opposes", "crackdown") in got, got
    got = labels(extract("The campaigners said the new law would stifle debate."))
    assert ("Campaigners", "opposes", "law") in got, got


def test_a_government_that_cuts_a_burden_is_not_judged(extract):
    # news2025 probe33b: a body's act, no verdict on it
    got = labels(extract("The Confederation of Production and Commerce said in a statement that it expected the new "
                         "government to cut red tape and revive investment in mining."))
    assert not any(r in {"supports", "praises"} and t and "government" in t.lower() for _, r, t in got), got


def test_an_issue_said_to_make_a_thing_unworkable_or_cheaper(extract):
    # probebbc13, probebbc8, probe29b
    got = labels(extract("Anti-smoking group Ash said exemptions for pubs that do not serve food would make the ban "
                         "unworkable."))
    assert ("Ash", "opposes", "exemptions for pubs") in got, got
    got = labels(extract("Party leader Charles Kennedy said the change would make local taxation fairer for pensioners "
                         "and low earners."))
    assert ("Charles Kennedy", "supports", "change") in got, got
    got = labels(extract("The minister said the agreement would make food cheaper."))
    assert ("Minister", "supports", "agreement") in got, got
