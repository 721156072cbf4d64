"""Errors found on 2016 world news written for probing (Gambia, Yemen, Mosul, Zika, Ethiopia,
South Sudan, the Panama Papers); each sentence here is written for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_a_surname_learned_while_reading_candidates_does_not_crash(extract, extract_learned):
    # the full name is read only by the candidates' pass; the surname later must still resolve
    text = ("The bloc said it would send a delegation led by Liberian President Ellen Johnson Sirleaf to Banjul.\n"
            "Sirleaf met Jammeh and Barrow in Banjul on Tuesday but left without a deal.\n")
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert any(a == "Ellen Johnson Sirleaf" for a, _, _ in got), got
