"""A demand that an act not be done stays a demand, its target the act refrained from (the gold on train
and the probes codes it demands in every case, opposes in about a third)."""
from __future__ import annotations

from conftest import labels

import pytest


@pytest.mark.parametrize("text, expected", [
    # probew16g: "He urged his supporters not to lose heart."
    ("Alexander Van der Bellen urged his supporters not to lose heart.",
     ("Alexander Van der Bellen", "demands", "not to lose heart")),
    # probew16h
    ("Human rights groups called on other African states not to follow suit.",
     ("Human rights groups", "demands", "not to follow suit")),
    # probe33a
    ("The Democratic Party welcomed the poll but urged its supporters not to become complacent.",
     ("Democratic Party", "demands", "not to become complacent")),
])
def test_a_demand_to_refrain_is_a_demand(extract, text, expected):
    got = labels(extract(text))
    assert expected in got, got
    assert not any(r == "opposes" and t == expected[2][len("not to "):] for _, r, t in got), got


def test_a_thing_refrained_from_is_named_with_no(extract):
    # train_w16_05, shortened
    got = labels(extract("John Kerry urged Beijing not to establish an air defense identification zone."))
    assert ("John Kerry", "demands", "no air defense identification zone") in got, got


def test_an_act_further_in_than_the_refrained_one_is_opposed(extract):
    # train_bbc_19: the "not" is rushing's; calling things anti-Semitic is what she stands against
    got = labels(extract("Louise Ellman urged people not to rush to call things anti-Semitic."))
    assert ("Louise Ellman", "opposes", "call things anti-Semitic") in got, got
    assert not any(r == "demands" for _, r, _ in got), got
