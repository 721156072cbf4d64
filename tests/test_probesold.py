"""Fixes found by reading kg's statements on news written in the manner of BBC politics pages of
2004-05 and of 2016 world news wires; each sentence here is written for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_neither_nor_denies_both_verbs(extract, extract_learned):
    # "neither accepted nor recognised the award" rejects it; it had read as acceptance of the
    # statement the clause hangs on
    text = "The foreign ministry said in a statement that Beijing neither accepted nor recognised the verdict."
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert not any(r == "accepts" for _, r, _ in got), got
        assert any(r == "rejects" and t == "verdict" for _, r, t in got), got


def test_neither_on_the_subject_denies_the_verb(extract):
    text = "Neither Labour nor the Liberal Democrats support the new runway."
    got = labels(extract(text))
    assert not any(r == "supports" for _, r, _ in got), got
