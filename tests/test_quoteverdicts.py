"""Verdicts spoken in quotations ('"It is a disgrace," he said of the plan', '"This is no way to make
law"'): coders read a position on the issue judged, not a bare ``says`` or a phrase lifted from the
quotation; each sentence here is written for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_a_pronoun_judged_in_a_quote_is_what_the_quote_is_said_of(extract, extract_learned):
    # '"It is a disgrace," X said of the closure': the closure is judged, not the disgrace
    text = ('Residents gathered outside the town hall on Tuesday. "It is a disgrace," Mr Tom Smith said of the '
            'closure of the library.')
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert ("Tom Smith", "opposes", "closure of library") in got, got


def test_a_verdict_supposed_on_a_clause_is_not_read_from_the_issue_before(extract):
    # "it would be unacceptable for a chief constable to say ...": no verdict on the issue said of
    got = labels(extract('Mr Tom Smith said of the plan: "It would be unacceptable for the council to say sorry."'))
    assert not any(r == "opposes" and t == "plan" for _, r, t in got), got
