"""Misses the world-2016 probe writer (probew16j) found on news he wrote; each sentence here is
written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_refusal_told_to_another_after_that_is_the_teller_s(extract):
    # "told Trump that Mexico would not pay": the small model hangs "that" on "pay" as its object
    got = labels(extract("Mexican President Enrique Pena Nieto said on Wednesday he told Donald Trump that "
                         "Mexico would not pay for a wall on the border."))
    assert any(a == "Enrique Pena Nieto" and r == "rejects" and "pay" in (t or "") for a, r, t in got), got


def test_a_relative_that_stays_the_object_of_its_clause(extract):
    got = labels(extract("Merkel rejected the plan that the commission proposed."))
    assert ("Angela Merkel", "rejects", "plan") in got or any(r == "rejects" for _, r, _ in got), got


def test_a_spokesman_for_the_party_speaks_for_the_party_just_named(extract):
    got = labels(extract("The Labour Party rejected calls to postpone the vote. A spokesman for the party said "
                         "the government should resign."))
    assert any("Labour Party" in a and r == "demands" for a, r, _ in got), got
    assert not any(a == "Spokesman" for a, _, _ in got), got
