"""The second half of a condition the probe writers found lost: a second clause joined by "and" is
a condition too, a condition "agreed to" do something is that act, and a bare "the army withdrew"
is the army's withdrawal, not the army; each sentence is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_second_condition_joined_by_and_is_kept(extract):
    got = labels(extract("Senator Susan Collins said she would back the bill only if the government delayed the "
                         "tax rise and if the Senate cut spending."))
    assert ("Susan Collins", "conditions", "delay of tax rise") in got, got
    assert any(r == "conditions" and t is not None and "spending" in t for _, r, t in got), got


def test_a_condition_agreed_to_is_the_act_agreed(extract):
    got = labels(extract("Chuck Schumer said Democrats would not vote for the budget until Republicans agreed to "
                         "extend the subsidies."))
    assert any(r == "conditions" and t is not None and "subsidies" in t and "agree" not in t for _, r, t in got), got


def test_an_unnamed_side_acting_is_its_act(extract):
    got = labels(extract("The rebel leader said his fighters would not return to talks unless the army withdrew."))
    assert any(r == "conditions" and t == "army's withdrawal" for _, r, t in got), got


def test_an_act_kept_up_until_another_acts_is_conditioned_on_it(extract):
    got = labels(extract("Chuck Schumer told reporters that Democrats would keep voting no until Republicans "
                         "agreed to extend the subsidies."))
    assert any(r == "conditions" and t is not None and "subsidies" in t for _, r, t in got), got
