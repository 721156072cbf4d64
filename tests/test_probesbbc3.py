"""Errors found on 2004-05 BBC politics stories written for the third BBC probe; each sentence is
written for its test (or taken from train)."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_a_refusal_to_back_rejects(extract):
    # "refuse" is a cue of rejection: a refused backing rejects its object, it does not argue against it
    got = labels(extract("But the United States has so far refused to back the plan."))
    assert ("United States", "rejects", "plan") in got, got
    assert ("United States", "opposes", "plan") not in got, got


def test_the_wrong_alleged_by_of_is_no_part_of_the_accused(extract):
    # "accused the executive of a cover-up": the executive is accused; "of a cover-up" is the wrong alleged
    got = labels(extract("The Tory leader accused the executive of a cover-up."))
    assert ("Tory leader", "accuses", "executive") in got, got
    got = labels(extract("The union accused the minister of gross incompetence."))
    assert any(r == "accuses" and t == "minister" for _, r, t in got), got
    # a name's own "of" stays: "the Bank of England" is the one accused
    got = labels(extract("The union accused the Bank of England of complacency."))
    assert any(r == "accuses" and t == "Bank of England" for _, r, t in got), got
