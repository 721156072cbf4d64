"""Errors the probe writers found on news they wrote and left unfixed (fourth round of leftovers);
each sentence here is written for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_an_embedded_question_asserts_no_stance(extract, extract_learned):
    # "refused to say which candidate he supports": what he supports is asked about, not stated
    for run in (extract, extract_learned):
        for text in ("The senator refused to say which candidate he supports.",
                     "The governor would not reveal what reforms she backs."):
            got = labels(run(text))
            assert not any(r == "supports" for _, r, _ in got), got
    # an object clause that is no question keeps its stance
    got = labels(extract("The senator said that he supports the new candidate."))
    assert any(r == "supports" for _, r, _ in got), got


def test_a_blow_dealt_to_a_cause_opposes_what_dealt_it(extract, extract_learned):
    # "the bombing had dealt a serious blow to the peace process": the bombing is judged, the process is no target
    text = "The minister said the bombing had dealt a serious blow to the peace process."
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert ("Minister", "opposes", "bombing") in got, got
        assert not any(t == "peace process" for _, _, t in got), got
