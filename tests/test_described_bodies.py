"""A definite description of a body ("the movement", "the union", "a spokesman for the charity") is the
one body the article just named; with two bodies named there it stays a description. Each sentence
here is written for its test."""
from __future__ import annotations


def actors(statements) -> set[str]:
    return {st.actor.label for st in statements}


def test_the_movement_is_the_group_named_before(extract):
    got = actors(extract("The Sunrise Movement staged a sit-in at the Capitol on Monday.\n"
                         "The movement has demanded an end to oil drilling."))
    assert "Sunrise Movement" in got, got


def test_the_union_is_the_one_union_named(extract):
    got = actors(extract("Unison has criticised the pay offer from ministers.\n"
                         "The union has rejected the offer."))
    assert "Union" not in got, got


def test_a_kind_described_with_lower_case_words(extract):
    got = actors(extract("Greenpeace staged a protest outside parliament on Monday.\n"
                         "The campaign group has called for a ban on fracking."))
    assert "Greenpeace" in got and "Campaign group" not in got, got


def test_a_spokesman_for_the_group_speaks_for_it(extract):
    got = actors(extract("Hamas fired rockets at Israel on Monday, the army said.\n"
                         "A spokesman for the group rejected the ceasefire proposal."))
    assert "Hamas spokesman" in got and "Spokesman" not in got, got


def test_two_bodies_named_leave_the_description_alone(extract):
    got = {(st.actor.label, st.relation.value) for st in extract(
        "Amnesty International accused the army of torture. Human Rights Watch said the abuses were widespread.\n"
        "The rights group called for an inquiry.")}
    assert ("Amnesty International", "demands") not in got and ("Human Rights Watch", "demands") not in got, got
    got = {(st.actor.label, st.relation.value) for st in extract(
        "Unite announced a strike at the port on Monday. Hutchison Ports said talks had failed.\n"
        "The union has rejected the pay offer.")}
    assert ("Hutchison Ports", "rejects") not in got, got  # Unite, untagged, may be the union
