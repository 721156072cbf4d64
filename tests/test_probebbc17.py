"""Errors found on BBC politics pages of 2004-05 written for probebbc17 (road pricing, incapacity
benefit, the draft Mental Health Bill, a Tory leadership bid, a Scottish oil fund); each sentence is
from that probe or from the probes before it."""
from __future__ import annotations

from conftest import labels


def test_a_body_speaking_of_its_members_takes_the_position(extract):
    # "its members" / "their members" are the body's own: the body is the actor, not "Members"
    got = labels(extract("The AA Motoring Trust said its members were deeply sceptical about the scheme."))
    assert any(a == "AA Motoring Trust" and r == "opposes" for a, r, _ in got), got
    assert not any(a.lower() == "members" for a, _, _ in got), got
    got = labels(extract("The Royal College of Psychiatrists said its members would refuse to detain patients "
                         "who could not be treated."))
    assert any(a == "Royal College of Psychiatrists" and r == "rejects" for a, r, _ in got), got
    assert not any(a.lower() == "members" for a, _, _ in got), got

