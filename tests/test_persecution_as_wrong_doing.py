"""Sentences where kg took no statement at all though an act is reported ("uncovered" misses); the
sentence is train's."""
from __future__ import annotations

from conftest import labels


def test_persecution_reported_by_a_speaker_accuses_the_persecutor(extract_learned):
    got = labels(extract_learned("Moscow said it was protecting the local Russian-speaking population from "
                                 "persecution by the new authorities in Kiev."))
    assert any(a == "Russia" and r == "accuses" and t and "authorities" in t for a, r, t in got), got
