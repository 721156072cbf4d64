"""Sentences the probe pool's uncovered statements showed kg left without any statement: a warner's
own act announced with "might" or "could". Each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_warning_of_ones_own_act_with_might_is_a_threat(extract):
    got = labels(extract("President Maria Lopez warned that she might cut aid to the region."))
    assert any(a == "Maria Lopez" and r == "threatens" and "aid" in (t or "") for a, r, t in got), got
    # another's possible act stays no threat of the warner's
    got = labels(extract("German Chancellor Angela Merkel warned that Russia might cut gas supplies to Ukraine."))
    assert not any(a == "Angela Merkel" and r == "threatens" and "gas" in (t or "") for a, r, t in got), got

