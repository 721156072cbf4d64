"""Misses the probe34c writer found on 2025 news written for the probe (RTÉ, ABC News, APS styles);
each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_namesake_with_other_forenames_is_another_person(extract):
    got = labels(extract("Former president Macky Sall denied the claims. Opposition MP Thierno Alassane Sall "
                         "called on the government to seek a restructuring."))
    assert not any(a == "Macky Sall" and r == "demands" for a, r, _ in got), got
    assert any("Thierno Alassane Sall" in a and r == "demands" for a, r, _ in got), got

