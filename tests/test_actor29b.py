"""Actors named through their organisation or role: an officer named after the body's name, a
spokesman "for the charity", "the union" after "the union Unison" (a BBC probe round's misses; each
sentence here is written for its test)."""
from __future__ import annotations


def actors(statements) -> set[str]:
    return {st.actor.label for st in statements}


def test_the_officer_after_a_bodys_name_speaks_not_the_body(extract):
    got = actors(extract("Commission for Racial Equality chairman Trevor Phillips said the posters were divisive."))
    assert got == {"Trevor Phillips"}, got


def test_a_spokesman_for_the_charity_speaks_for_the_charity_named_before(extract):
    got = extract("The Refugee Council criticised the quota plan. A spokesman for the charity criticised the plan.")
    second = {st.actor.label for st in got if st.sentence.text.startswith("A spokesman")}
    assert second == {"Refugee Council spokesman"}, second


def test_a_spokeswoman_for_the_group_speaks_for_the_group_named_before(extract):
    got = extract("The Countryside Alliance condemned the ban. A spokeswoman for the group attacked the ban.")
    second = {st.actor.label for st in got if st.sentence.text.startswith("A spokeswoman")}
    assert second and all(a.startswith("Countryside Alliance") for a in second), second


def test_the_union_is_the_body_the_article_called_a_union(extract):
    got = actors(extract("The union Unison blamed private cleaning firms for cutting corners. The union has "
                         "demanded that cleaning services be brought back in-house."))
    assert got == {"Unison"}, got
    got = actors(extract("Unison, the public sector union, attacked the pay offer. The union said it would "
                         "ballot members on strike action."))
    assert got == {"Unison"}, got
