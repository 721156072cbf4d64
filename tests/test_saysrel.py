"""Positions inside quotations that kg filed as a bare ``says``; each sentence here is written for its test."""
from __future__ import annotations


def test_a_run_of_quotations_whose_first_holds_a_position_is_no_further_says(extract_learned):
    # the first quotation opposes the plan in its sentence; the run of quotations it opens is no
    # further bare "says" in that sentence (the later sentences are heard one by one)
    text = ("The council wants to close the village school.\n\n"
            '"We strongly oppose the plan because the children would have to travel for an hour every day," said '
            'Jane Miller, who chairs the parents group. "The town schools are already full and the buses are old '
            'and slow. Parents would lose a whole morning every week."')
    got = [st for st in extract_learned(text) if st.actor.label == "Jane Miller"]
    assert any(st.relation.value == "opposes" and st.target and st.target.label == "plan" for st in got), got
    first = [st for st in got if st.sentence.text.startswith('"We strongly')]
    assert first and not any(st.relation.value == "says" for st in first), [(st.relation.value, st.quote) for st in got]
