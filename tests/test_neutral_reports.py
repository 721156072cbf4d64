"""A speaker's neutral report of someone's plain act (travel, meet, consider) is no accusation of him:
the learned stage read "Ishiba said Akazawa would travel to Washington" as Ishiba accusing Akazawa.
Sentences from the probes (marked) and written for the test."""
from __future__ import annotations

from conftest import labels


def test_a_reported_visit_accuses_no_one(extract_learned):
    # probe (world2016): the spokesman reports a call, no wrong
    got = labels(extract_learned("A spokesman for the German foreign ministry said Foreign Minister Frank-Walter "
                                 "Steinmeier would speak to his Turkish counterpart in the coming days."))
    assert not any(r == "accuses" for _, r, _ in got), got


def test_a_reported_deliberation_accuses_no_one(extract_learned):
    got = labels(extract_learned("Officials said Trump was considering new tariffs on steel."))
    assert not any(r == "accuses" for _, r, _ in got), got


def test_a_reported_wrong_still_accuses(extract_learned):
    got = labels(extract_learned("Labour said Mr Blair was out of touch and accused him of arrogance."))
    assert any(r == "accuses" for _, r, _ in got), got

