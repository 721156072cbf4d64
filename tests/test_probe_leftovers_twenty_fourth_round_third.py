"""Leftovers a probe writer found on 2025 news it wrote; each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_thing_no_one_agreed_is_no_acceptance(extract):
    got = labels(extract("The ministry said no talks on any other matter had been agreed."))
    assert not any(r in {"accepts", "rejects"} for _, r, _ in got), got
    # an agreement the speaker states as its own stays one (an agentless "the talks had been agreed" is
    # no longer the speaker's act since the thirty-first session's BBC round: exempting agreements cost dev 0.0002)
    got = labels(extract("The ministry said it had agreed to the talks."))
    assert any(r == "accepts" for _, r, _ in got), got


def test_a_pair_unnamed_agreeing_is_not_the_reporters_acceptance(extract):
    got = labels(extract("Macron, who said both countries had agreed to a truce, left Paris on Monday."))
    assert not any(a == "Emmanuel Macron" and r == "accepts" for a, r, _ in got), got
    got = labels(extract("Merkel said the two sides had agreed to a truce."))
    assert not any(a == "Angela Merkel" and r == "accepts" for a, r, _ in got), got


def test_a_feeling_in_single_quotes_keeps_its_cause(extract):
    # the parser hangs "by the verdict" on "was", not on the quoted participle
    got = labels(extract("The federation said it was 'appalled' by the verdict."))
    assert any(a.lower() == "federation" and r == "opposes" and t == "verdict" for a, r, t in got), got


def test_a_body_named_with_and_stays_whole(extract):
    got = labels(extract("The Victims and Bereaved Relatives Network criticised the plan."))
    assert any(a == "Victims and Bereaved Relatives Network" for a, _, _ in got), got
    got = labels(extract("Britain and France criticised the plan."))  # two named countries stay two
    assert {a for a, _, _ in got} == {"United Kingdom", "France"}, got


def test_a_headline_title_before_an_unknown_name_and_the_reason_after_the_one_thanked(extract):
    got = labels(extract("PM Rahmonov thanks Trump for ceasefire role\n\nThe prime minister spoke on Monday."))
    assert ("Rahmonov", "praises", "Donald Trump") in got, got
    got = labels(extract("PM Rutte thanks Macron for support\n\nThe prime minister spoke on Monday."))
    assert ("Mark Rutte", "praises", "Emmanuel Macron") in got, got


def test_a_group_of_countries_leaders_is_one_actor_named_as_written(extract):
    got = labels(extract("The leaders of Britain, Italy and Canada accused Russia of violating the truce."))
    assert ("leaders of Britain, Italy and Canada", "accuses", "Russia") in got, got
