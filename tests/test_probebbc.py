"""Misses of the BBC politics probe probebbc13 (written news, 2004-05 style), one general shape each."""
from __future__ import annotations

from conftest import labels


def test_a_step_forward_is_a_verdict_for_what_it_is_said_of(extract):
    # probebbc13 (written): the parser hangs "a step" on "forward" as a noun of measure, or "forward" on
    # "step"; either way the step's direction judges the plan, as "a step in the right direction" does
    got = labels(extract("The Jubilee Debt Campaign said the plan was a step forward but demanded that all debts "
                         "of the poorest countries be cancelled without conditions."))
    assert ("Jubilee Debt Campaign", "supports", "plan") in got
    got = labels(extract("The union said the pension reforms would be a step forward for low-paid workers."))
    assert ("Union", "supports", "pension reforms") in got


def test_a_step_backwards_is_a_verdict_against(extract):
    # written for the test: the other direction
    got = labels(extract("The Law Society said the new rules were a step backwards for justice."))
    assert ("Law Society", "opposes", "rules") in got
