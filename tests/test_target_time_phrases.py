"""Targets given the right actor (pool "tgt" errors): what a target's phrase keeps and drops; each
sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_phrase_saying_when_is_no_part_of_the_target(extract):
    got = labels(extract("The union welcomed the new agreement on Monday night."))
    assert any(r == "supports" and t == "agreement" for _, r, t in got), got
    got = labels(extract("The two parties announced an unusual alliance on Sunday night."))
    assert not any(t and "Sunday" in t for _, _, t in got), got
