"""Coordinated targets, one statement each (the gold codes one per actor, relation and target): a time
asked for ("shorter hours") is a further target of the list, not a date the target reader drops."""
from __future__ import annotations

from conftest import labels


def test_shorter_hours_are_a_demand_not_a_date(extract):
    # written for this test: the tagger calls "shorter hours" a time
    got = labels(extract("The union demanded better pay and shorter hours."))
    assert {("Union", "demands", "better pay"), ("Union", "demands", "shorter hours")} <= got
