"""Precision of the learned stages: statements they read with no rule behind them that the
sentence does not assert. Each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_no_learned_stance_inside_an_if_clause(extract_learned):
    # the budget is backed; scrapping the tax is the condition put, which nobody supports
    text = ("Labour leader Tom Hale said the party would back the budget if ministers agreed to scrap "
            "the tax on pensions.")
    got = labels(extract_learned(text))
    assert ("Tom Hale", "supports", "budget") in got, got
    assert not any(r in {"supports", "demands", "proposes", "accepts"} and t and "tax" in t for _, r, t in got), got
