"""Errors found on 2025 news written in the style of outlets none of our sets has (The Economist,
Hurriyet Daily News, The Diplomat, VOA, Gulf News, Semafor); each sentence is from those probes."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_a_move_called_unlawful_or_a_retreat_is_opposed(extract):
    # verdicts of illegality and of giving ground are criticism like "illegal"
    got = labels(extract("Harvard called the move unlawful."))
    assert ("Harvard", "opposes", "move") in got, got
    got = labels(extract('Larry Summers, a former treasury secretary, called the Chinese truce "a retreat dressed up as a victory".'))
    assert ("Larry Summers", "opposes", "Chinese truce") in got, got
    assert ("Larry Summers", "supports", "Chinese truce") not in got, got
