"""Misses the probebbc8 round found on BBC-style politics news written for it; each sentence here is
written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_fight_announced_for_oneself_opposes_its_object(extract):
    got = labels(extract("The civil rights group Liberty said it would challenge the control orders in the courts."))
    assert any(a == "Liberty" and r == "opposes" and t and "order" in t for a, r, t in got), got
    assert not any(r == "proposes" for _, r, _ in got), got
    got = labels(extract("The Labour Party said it would fight the council tax plans."))
    assert any(a == "Labour Party" and r == "opposes" and t and "plan" in t for a, r, t in got), got
    assert not any(r == "proposes" for _, r, _ in got), got


def test_an_act_judged_arrogant_is_opposed_not_proposed(extract):
    got = labels(extract('"It is arrogant to announce a third term," Mr Kennedy said.'))
    assert not any(r == "proposes" for _, r, _ in got), got
    assert any(r == "opposes" and t and "third term" in t for _, r, t in got), got
    got = labels(extract("Mr Kennedy said it was presumptuous to announce a third term."))
    assert any(r == "opposes" and t and "third term" in t for _, r, t in got), got
