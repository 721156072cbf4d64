"""Scorn the probebbc10 writer found missed on BBC-style politics news it wrote: a measure called a
gimmick is opposed."""
from __future__ import annotations

from conftest import labels


def test_a_measure_called_a_gimmick_is_opposed(extract):
    got = labels(extract("Shadow chancellor Oliver Letwin said the move was a pre-election gimmick."))
    assert ("Oliver Letwin", "opposes", "move") in got, got
