"""Sentences where kg took no statement at all though an act is reported ("uncovered" misses); the
sentence is train's."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_persecution_reported_by_a_speaker_accuses_the_persecutor(extract_learned):
    got = labels(extract_learned("Moscow said it was protecting the local Russian-speaking population from "
                                 "persecution by the new authorities in Kiev."))
    assert any(a == "Russia" and r == "accuses" and t and "authorities" in t for a, r, t in got), got
