"""Leftovers other helpers found and had no time to fix; each sentence here is written for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_a_repeated_preposition_brings_its_own_target(extract):
    # "called for X and for Y": the second "for" is the first's conjunct, its object a target too
    got = labels(extract("The nurses pressed for higher pay and for safer staffing levels."))
    assert ("Nurses", "demands", "higher pay") in got, got
    assert ("Nurses", "demands", "safer staffing levels") in got, got
    got = labels(extract("Spain called for a truce and for the return of the prisoners."))
    assert any(r == "demands" and "return of" in (t or "") for _, r, t in got), got


def test_curbing_a_thing_reads_as_its_curbing(extract):
    # "curbs of water use" is no English: the act's noun is "curbing"
    got = labels(extract("The mayor urged residents to curb water use during the heatwave."))
    assert any(r == "demands" and t == "curbing of water use" for _, r, t in got), got
