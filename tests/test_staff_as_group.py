"""Misses the BBC-politics probe writer (probebbc5) found on news written for it; each sentence here is
written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_body_s_staff_act_as_one(extract):
    got = labels(extract("BBC staff criticised the apology, and hundreds demonstrated outside Television Centre."))
    assert any(r == "opposes" and "staff" in a.lower() and t and "apology" in t for a, r, t in got), got
    got = labels(extract("Hospital staff welcomed the new funding."))
    assert any(r == "supports" and "staff" in a.lower() for a, r, t in got), got

