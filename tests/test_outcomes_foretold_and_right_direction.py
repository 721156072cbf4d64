"""Positions taken with no stance verb, by a verdict on how an issue will turn out ("the plan will
never work", "sanctions alone could not solve the problem"); each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_foretold_failure_opposes_the_issue(extract):
    for text, target in (("The shadow chancellor said the new tax will never work.", "tax"),
                         ("Farmers' leaders warned that the subsidy scheme would backfire.", "subsidy scheme"),
                         ("Teachers' unions said the exam reforms would fail.", "exam reforms"),
                         ("The charity said fines alone could not solve the problem.", "fines")):
        got = labels(extract(text))
        assert any(r == "opposes" and t and target in t.lower() for _, r, t in got), (text, got)


def test_a_plan_that_does_not_add_up_is_opposed(extract):
    got = labels(extract("The Liberal Democrats said the spending plan simply does not add up."))
    assert any(r == "opposes" and t and "spending plan" in t.lower() for _, r, t in got), got


def test_a_plan_said_to_work_is_supported(extract):
    got = labels(extract("The immigration minister said the new border checks will work."))
    assert any(r == "supports" and t and "border checks" in t.lower() for _, r, t in got), got


def test_how_people_work_or_what_a_sum_adds_up_to_is_no_verdict(extract):
    for text in ("The minister said the two parties will work together on the bill.",
                 "The union said its members would not work on Sundays.",
                 "The pollster said the numbers do not add up for the challenger.",
                 "The minister said the government had failed to deliver cleaner hospitals."):
        got = labels(extract(text))
        assert not any(r in {"supports", "opposes"} for _, r, _ in got), (text, got)


def test_a_step_in_the_right_or_wrong_direction_is_a_verdict(extract):
    got = labels(extract("The union leader said the pension reform was a step in the right direction."))
    assert any(r == "supports" and t and "reform" in t.lower() for _, r, t in got), got
    got = labels(extract("Critics said the new curfew was a move in the wrong direction."))
    assert any(r == "opposes" and t and "curfew" in t.lower() for _, r, t in got), got
    got = labels(extract("The minister said the country had taken a step in the direction of peace."))
    assert not any(r in {"supports", "opposes"} for _, r, _ in got), got
