"""Fixes found by reading kg's statements on news written for the 2016 probes (AP, Reuters and
Politico styles of the 2016 US campaign and world news); each sentence here is written for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_a_dateline_with_its_state_is_no_actor(extract, extract_learned):
    # "WARREN, Mich. —": the city in capitals, its state in Title Case; the place takes no position
    text = "WARREN, Mich. — Hillary Clinton on Thursday promised to oppose the Trans-Pacific Partnership."
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert ("Hillary Clinton", "opposes", "Trans-Pacific Partnership") in got, got
        assert not any(a.lower().startswith("warren") for a, _, _ in got), got
