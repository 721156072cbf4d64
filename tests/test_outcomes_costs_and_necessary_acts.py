"""Positions carried by what a reported clause says, with no stance verb of the speaker's own;
each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_an_issue_said_to_leave_things_better_or_worse_is_backed_or_opposed(extract):
    got = labels(extract("Senator Jane Smith said the treaty would make the country safer."))
    assert ("Jane Smith", "supports", "treaty") in got, got
    got = labels(extract("Senator Jane Smith said the new tax would make things worse for farmers."))
    assert ("Jane Smith", "opposes", "tax") in got, got
    got = labels(extract("Senator Jane Smith said the cuts would make Britain less safe."))
    assert ("Jane Smith", "opposes", "cuts") in got, got
    # an act in the past, or a person who makes, is no verdict on an issue
    got = labels(extract("Senator Jane Smith said the reforms made the police stronger."))
    assert not any(a == "Jane Smith" and r in {"supports", "opposes"} for a, r, _ in got), got


def test_an_issue_said_to_cost_jobs_or_lives_is_opposed(extract):
    got = labels(extract("Senator Jane Smith said the spending cuts would cost thousands of jobs."))
    assert ("Jane Smith", "opposes", "spending cuts") in got, got
    got = labels(extract("Senator Jane Smith said the delay could cost lives."))
    assert ("Jane Smith", "opposes", "delay") in got, got
    got = labels(extract("Senator Jane Smith said the scheme would cost five million dollars."))
    assert not any(a == "Jane Smith" and r == "opposes" for a, r, _ in got), got  # a price, no harm


def test_an_act_said_to_be_vital_is_called_for(extract):
    got = labels(extract("Senator Jane Smith said it was essential that the tax was scrapped."))
    assert any(a == "Jane Smith" and r == "demands" and "tax" in (t or "") for a, r, t in got), got
    got = labels(extract("Senator Jane Smith said it was vital to cut the deficit."))
    assert any(a == "Jane Smith" and r == "demands" and "deficit" in (t or "") for a, r, t in got), got
