"""Refusals, proposals and accusations the rules missed (proposes, rejects, accuses recall); each
sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_the_unnamed_side_blamed_is_the_one_accused_not_the_issue_after_it(extract):
    got = labels(extract("Russia blamed the opposition for the collapse of the peace talks."))
    assert ("Russia", "accuses", "opposition") in got, got
    assert not any(r == "accuses" and "talks" in (t or "") for _, r, t in got), got
