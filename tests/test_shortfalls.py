"""Verdicts in a reported clause carried by what an issue is said to lack, miss or change (BBC probe
misses: "said the plans lacked the roads, schools and hospitals", "said the reforms missed the point",
"said the change would make a real difference"); a neutral account gives no stance."""
from __future__ import annotations

from conftest import labels


def stances(got, actor):
    return {(r, t) for a, r, t in got if a == actor and r in {"supports", "opposes"}}


def test_an_issue_said_to_lack_things_is_opposed(extract):
    got = labels(extract("Liberal Democrat spokesman Ed Davey said the plans lacked the roads, schools and "
                         "hospitals the new towns would need."))
    assert ("Ed Davey", "opposes", "plans") in got, got
    got = labels(extract("Senator Jane Smith said the bill lacks any detail."))
    assert ("Jane Smith", "opposes", "bill") in got, got


def test_an_issue_said_to_miss_the_point_is_opposed(extract):
    got = labels(extract("The Liberal Democrats said the reforms missed the point."))
    assert ("Liberal Democrats", "opposes", "reforms") in got, got


def test_an_issue_said_to_make_a_difference_is_backed(extract):
    got = labels(extract("Its chairwoman, Julie Mellor, said the change would make a real difference."))
    assert ("Julie Mellor", "supports", "change") in got, got
    got = labels(extract("Senator Jane Smith said the scheme would make no difference."))
    assert ("Jane Smith", "opposes", "scheme") in got, got


def test_neutral_or_denied_or_personal_shortfalls_give_no_stance(extract):
    got = labels(extract("Senator Jane Smith said the plans included 200 new schools."))
    assert not stances(got, "Jane Smith"), got
    got = labels(extract("Senator Jane Smith said the plans did not lack ambition."))
    assert not stances(got, "Jane Smith"), got
    got = labels(extract("Senator Jane Smith said the governor lacked support in Congress."))
    assert not stances(got, "Jane Smith"), got  # a person's lack is no verdict on an issue
    got = labels(extract("Senator Jane Smith said the team missed the bus."))
    assert not stances(got, "Jane Smith"), got


def test_an_issue_said_to_have_failed_or_to_fail_people_is_opposed(extract):
    got = labels(extract("Senator Jane Smith has argued that the decades-old war on drugs has failed."))
    assert ("Jane Smith", "opposes", "decades-old war on drugs") in got, got
    got = labels(extract("Liz Kendall said the current system was failing the very people it was meant to help."))
    assert ("Liz Kendall", "opposes", "current system") in got, got
    # a bill's fate, a bare past and a denial are no verdict
    for text in ("Senator Jane Smith said the bill had failed to pass.", "Senator Jane Smith said the talks failed.",
                 "Senator Jane Smith said the policy had not failed."):
        got = labels(extract(text))
        assert not stances(got, "Jane Smith"), got


def test_an_issue_said_to_put_too_much_pressure_on_people_is_opposed_and_no_demand(extract):
    got = labels(extract("NUT general secretary Steve Sinnott said the tests put too much pressure on young children."))
    assert ("Steve Sinnott", "opposes", "tests") in got, got
    assert not any(r == "demands" for _, r, _ in got), got  # an excess complained of, no pressure asked for
    got = labels(extract("Senator Jane Smith said the tests did not put too much pressure on children."))
    assert not stances(got, "Jane Smith"), got
