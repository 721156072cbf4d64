"""Misses the probe writer found on 2025-style news written for probe28a; each sentence here is
written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_demanded_resignation_of_a_titled_and_named_holder_is_kept(extract):
    """"the resignation of the Home Minister, Ramesh Lekhak,": the name in apposition names the
    minister, not the resignation, which stays the issue demanded."""
    got = labels(extract("Opposition leader Gagan Thapa demanded the resignation of the interior minister, "
                         "Ramesh Lekhak, who quit on Monday evening."))
    assert any(a == "Gagan Thapa" and r == "demands" and t and "resignation" in t for a, r, t in got), got
    got = labels(extract("Keir Starmer called for the resignation of the Home Secretary, David Blunkett."))
    assert any(a == "Keir Starmer" and r == "demands" and t and "resignation" in t for a, r, t in got), got


def test_an_envoy_named_after_his_post_is_still_the_envoy(extract):
    got = labels(extract("The UN special envoy for Syria, Geir Pedersen, urged both sides to accept a ceasefire."))
    assert any(a == "Geir Pedersen" and r == "demands" for a, r, _ in got), got


def test_a_sanction_warned_to_follow_is_threatened(extract):
    """"warned that more sanctions could follow if ...": the sanctions are the warner's threat, not a
    harm the warner argues against."""
    got = labels(extract("Treasury Secretary Scott Bessent warned that more sanctions could follow if India did not "
                         "reduce its Russian crude imports."))
    assert any(a == "Scott Bessent" and r == "threatens" and t and "sanctions" in t for a, r, t in got), got
    got = labels(extract("Scott Bessent warned that talks would follow."))  # no sanction: no threat
    assert not any(r == "threatens" for _, r, _ in got), got
