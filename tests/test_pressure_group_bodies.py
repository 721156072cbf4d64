"""probebbc18's misses (BBC politics 2004-05 written for the probe): sentences written for each test."""
from __future__ import annotations


def actors(statements) -> set[str]:
    return {st.actor.label for st in statements}


def test_a_spokesman_for_the_group_is_an_institute_named_before(extract):
    # "the group" takes up a pressure group whose name ends in Institute, Trust, Alliance ...
    got = actors(extract("The Christian Institute said the bill would undermine marriage.\n"
                         "A spokesman for the group urged MPs to reject the bill."))
    assert "Spokesman" not in got and any(a.startswith("Christian Institute") for a in got), got


def test_the_group_is_a_trust_named_before(extract):
    got = actors(extract("Clinic row\n\nThe Terrence Higgins Trust criticised the cuts.\n\n"
                         "A spokesman for the group said the cuts should be reversed."))
    assert "Spokesman" not in got and any(a.startswith("Terrence Higgins Trust") for a in got), got

