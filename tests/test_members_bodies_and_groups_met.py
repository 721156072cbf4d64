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


def test_it_after_a_body_named_by_a_mistyped_name_is_that_body(extract):
    # with paragraph breaks the tagger calls "Rethink" a nationality; the body it names still
    # stands for the "it" of the next paragraph, not the party named before it
    text = ("The Liberal Democrats' health spokesman, Paul Burstow, said the bill was driven by headlines rather "
            "than evidence.\n\nCampaign group Rethink welcomed the extra money for community services announced "
            "alongside the bill.\n\nBut it warned that the new powers would undermine trust between patients and doctors.")
    got = labels(extract(text))
    assert ("Rethink", "opposes", "powers") in got, got
    assert not any(a == "Liberal Democrats" and t == "powers" for a, _, t in got), got


def test_bodies_met_in_the_plural_are_consulted(extract):
    # "groups", "charities", "unions" met are the actors consulted, as "union leaders" are
    got = labels(extract("Downing Street said Tony Blair would meet disability groups next week to discuss the proposals."))
    assert ("Tony Blair", "consults", "Disability groups") in got, got
    assert not any(r == "accuses" for _, r, _ in got), got
