"""Errors the probe writers found on 2025 and 2004-05 news they wrote and left unfixed; each sentence
here is written for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_a_scare_quoted_verdict_keeps_what_is_dismissed(extract):
    # 'dismissed the claims as "nonsense"': the quote marks make the tagger read "claims" as a verb
    got = labels(extract('Labour dismissed the Tory claims as "nonsense".'))
    assert ("Labour Party", "rejects", "Tory claims") in got, got
