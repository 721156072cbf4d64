"""Misses the probe34c writer found on 2025 news written for the probe (RTÉ, ABC News, APS styles);
each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_namesake_with_other_forenames_is_another_person(extract):
    got = labels(extract("Former president Macky Sall denied the claims. Opposition MP Thierno Alassane Sall "
                         "called on the government to seek a restructuring."))
    assert not any(a == "Macky Sall" and r == "demands" for a, r, _ in got), got
    assert any("Thierno Alassane Sall" in a and r == "demands" for a, r, _ in got), got


def test_pressing_ahead_with_a_measure_backs_it(extract):
    got = labels(extract("The Government will press ahead with the Occupied Territories Bill despite warnings from "
                         "Washington, Tánaiste Simon Harris has said."))
    assert any(a.endswith("Simon Harris") and r == "supports" and "bill" in t for a, r, t in got), got
    got = labels(extract("Milei vowed to push ahead with deep reforms to labour and tax laws."))
    assert any(r == "supports" and "reforms" in t for _, r, t in got), got
    got = labels(extract("The unions pressed the government to raise wages."))  # "press" alone still demands
    assert any(r == "demands" for _, r, _ in got), got
