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


def test_confusion_brought_is_a_verdict_against_what_brings_it(extract):
    # probebbc13 (written): muddle, which VADER rates weakly, as what an issue causes or does
    got = labels(extract("The Police Federation said the downgrade had caused confusion on the streets."))
    assert ("Police Federation", "opposes", "downgrade") in got
    got = labels(extract("But the drugs charity DrugScope warned that moving the drug back to class B would confuse "
                         "young people."))
    assert any(a == "DrugScope" and r == "opposes" and "class B" in t for a, r, t in got)


def test_a_name_s_own_s_is_kept_where_the_name_owns_nothing(extract):
    # probebbc13 (written): "Barnardo's", "Sainsbury's" are names with their "'s"; a possessor's "'s" still goes
    got = labels(extract("Barnardo's called on ministers to review the law within two years."))
    assert {a for a, _, _ in got} == {"Barnardo's"}
    got = labels(extract("Sainsbury's welcomed the decision."))
    assert ("Sainsbury's", "supports", "decision") in got
    got = labels(extract("Russia's foreign ministry condemned the sanctions."))
    assert {a for a, _, _ in got} and all("'s" not in a or a.startswith("Russia's ") for a, _, _ in got)
