"""Constructions the rules did not read: relative clauses that carry the act, a summing-up
apposition ("an idea Turkey has championed"), a "whose" object the parser took for a subject,
verbs of scorn. Each sentence here is written for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_the_name_after_a_whose_noun_is_the_doer(extract):
    # the parser hangs "Trump" on "war record" as an apposition;
    # he attacks, the one whose record it is is attacked
    got = labels(extract("Kelli Ward challenged Senator John McCain, whose war record Trump attacked."))
    assert ("Donald Trump", "opposes", "John McCain") in got, got
    # and on the verb as a compound, the noun its passive subject
    got = labels(extract("Kelli Ward challenged Senator John McCain, whose war record Trump belittled."))
    assert ("Donald Trump", "opposes", "John McCain") in got, got


def test_verbs_of_scorn_oppose(extract):
    got = labels(extract("The opposition leader derided the budget."))
    assert any(r == "opposes" and t == "budget" for _, r, t in got), got
