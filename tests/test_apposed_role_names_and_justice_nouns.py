"""General errors the probe writers found on news they wrote: a name the parser read inside "the
leader of ...", and a passive act done to people that a demand asks for; each sentence here is
written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_name_after_the_leader_of_a_side_is_the_leader(extract):
    got = labels(extract("The leader of the hard left, Jean-Luc Melenchon, urged voters to back the union strike."))
    assert any(a == "Jean-Luc Melenchon" and r == "demands" for a, r, _ in got), got
    assert not any(a.startswith("Leader") for a, _, _ in got), got


def test_the_leader_of_a_body_named_after_it_stays_named(extract):
    got = labels(extract("The leader of the opposition, Keir Starmer, attacked the budget."))
    assert ("Keir Starmer", "opposes", "budget") in got, got


def test_a_demanded_punishment_of_people_is_the_target(extract):
    got = labels(extract("Strache demanded that the corrupt officials be punished."))
    assert any(a == "Strache" and r == "demands" and t and t.startswith("punishment of") for a, r, t in got), got
    got = labels(extract("The mayor demanded that Pedro Sanchez be prosecuted."))
    assert any(r == "demands" and t and t.startswith("prosecution of") for _, r, t in got), got
