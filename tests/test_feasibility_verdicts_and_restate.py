"""Verdict words and light verbs missing from the general lists: a stance noun restated ("restated his
opposition to the war"), and a plan judged beyond or within reach ("said the plan was impossible").
Each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def rels(statements, actor: str) -> set[str]:
    return {st.relation.value for st in statements if st.actor.label == actor}


def test_restated_stance_noun_is_the_stance(extract):
    got = extract("Tony Blair restated his opposition to the war.")
    assert "opposes" in rels(got, "Tony Blair"), labels(got)


def test_a_plan_called_impossible_is_opposed(extract):
    got = extract("Michael Howard said the plan was impossible.")
    assert "opposes" in rels(got, "Michael Howard"), labels(got)
    got = extract("Michael Howard said the target was unachievable.")
    assert "opposes" in rels(got, "Michael Howard"), labels(got)


def test_a_scheme_called_workable_is_supported(extract):
    got = extract("Michael Howard said the scheme was workable.")
    assert "supports" in rels(got, "Michael Howard"), labels(got)


def test_an_act_impossible_after_it_is_no_stance(extract):
    # what cannot be done is told, not opposed (as in a train sentence)
    got = extract("Steve Hilton wrote that it was impossible for the government to meet its immigration target.")
    assert "opposes" not in rels(got, "Steve Hilton"), labels(got)
