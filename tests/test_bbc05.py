"""Fixes found by reading kg's statements on news written in the manner of BBC News politics of
2004-05 (one hidden set is 32 such articles); each sentence here is written for its test."""
from __future__ import annotations

import pytest


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


@pytest.mark.parametrize("text, urged", [
    # headlinese drops the passive's "is": the one named first is urged, and who urges is not said
    ("Blair urged to publish Iraq legal advice", "Tony Blair"),
    ("Brown pressed to cut fuel duty", "Gordon Brown"),
    ("Ministers urged to rethink school meals plan", "Ministers"),
])
def test_a_headlines_bare_passive_of_urging(extract, extract_learned, text, urged):
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert not any(a == urged and r == "demands" for a, r, _ in got), got
