"""Sentences where kg kept nothing: cues general English has and the lexicon lacked. Each sentence
is written for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_claiming_responsibility_for_an_attack_accepts_it(extract):
    got = labels(extract("Hamas has claimed responsibility for the bombing in the city centre."))
    assert any(a == "Hamas" and r == "accepts" and t and "bombing" in t for a, r, t in got), got


def test_warning_about_a_policy_opposes_it(extract):
    # as "warned against": the warner argues against what it warns about
    got = labels(extract("The union warned about the new contracts for junior doctors."))
    assert any(r == "opposes" and t and "contracts" in t for _, r, t in got), got
