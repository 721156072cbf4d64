"""Sentences where kg kept no statement at all: constructions that carry a position and that
no rule read; each sentence here is written for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_a_call_to_act_tagged_as_a_verb_names_its_act(extract, extract_learned):
    # the parser tags "call" a verb and hangs the infinitive on it as its xcomp: the call still
    # names the act it asks for
    text = "George Will's call to abandon Trump was ignored."
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert any(a == "George Will" and r == "demands" and t and "abandon" in t for a, r, t in got), got
