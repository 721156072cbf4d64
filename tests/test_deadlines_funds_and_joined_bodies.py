"""Wire-style targets the 2025 probe rounds left: a thing called for with its purpose, a deadline demanded,
the bodies joined in an opposed act; each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_thing_called_for_with_its_purpose_is_the_thing(extract):
    got = labels(extract("Its chair, Kenya's envoy Ruth Mbeki, called for a new fund to compensate countries for "
                         "losses caused by droughts."))
    assert any(a == "Ruth Mbeki" and r == "demands" and t and "fund" in t for a, r, t in got), got
    got = labels(extract("Maria Lopez called for Spain to support the workers."))  # a named side asked to act
    assert any(a == "Maria Lopez" and r == "demands" for a, r, t in got), got
    assert ("Maria Lopez", "demands", "Spain") not in got, got


def test_a_deadline_demanded_is_the_target_not_each_thing_it_ends(extract):
    got = labels(extract("The campaign group WWF demanded a firm deadline for closing mines, power plants and "
                         "steel works."))
    assert any(a == "WWF" and r == "demands" and t and "deadline" in t for a, r, t in got), got
    assert not any(a == "WWF" and t in {"power plants", "steel works"} for a, r, t in got), got


def test_each_body_joined_in_an_opposed_act_is_joining_it(extract):
    got = labels(extract("Nawrocki has said he opposes Ukraine joining NATO and the EU."))
    assert ("Karol Nawrocki", "opposes", "join NATO") in got or ("Nawrocki", "opposes", "join NATO") in got, got
    assert any(r == "opposes" and t and "join" in t and "European Union" in t and "NATO" not in t
               for a, r, t in got), got
