"""Positions relayed inside another actor's sentence: the second actor's own act, named by a
possessed noun or a clause of its own, is credited to it; each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_described_owner_of_a_demand_demands(extract):
    # "the unions' demand for ..." as "demands by the unions for ...": the owner, though unnamed, asks
    got = labels(extract("The minister dismissed the teaching unions' demand for a pay rise."))
    assert any(a.lower() == "teaching unions" and r == "demands" and t == "pay rise" for a, r, t in got), got
    assert any(a == "Minister" and r == "rejects" for a, r, _ in got), got


def test_a_pronoun_owning_the_act_one_rejects_is_not_the_rejecter(extract):
    # "their" is whoever made the demand, not the minister who dismisses it
    got = labels(extract("Union leaders met the minister on Monday. The minister dismissed their demand for a pay rise."))
    assert not any(a == "Minister" and r == "demands" for a, r, _ in got), got
    assert any(a == "Minister" and r == "rejects" for a, r, _ in got), got
    # one's own call renewed stays one's own
    got = labels(extract("The senator met voters on Monday. The senator repeated her call for a ceasefire."))
    assert any(a == "Senator" and r == "demands" and t == "ceasefire" for a, r, t in got), got
