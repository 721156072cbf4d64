"""Threat idioms: an answer "in kind", a bare answer vowed, and a vow to pursue or punish people."""
from __future__ import annotations

from conftest import labels


def test_an_answer_in_kind_threatens(extract):
    # probe world2016 (a Kremlin reply), written anew: "in kind" answers like for like
    got = labels(extract("The ministry dismissed the accusations and said Ruritania would respond in kind."))
    assert any(r == "threatens" and t == "response" for _, r, t in got), got
    # an answer "in due course" is a reply, no threat
    got = labels(extract("Government spokesman Jan Novak said Ruritania would respond in due course."))
    assert not any(r == "threatens" for _, r, t in got), got


def test_a_bare_answer_vowed_threatens(extract):
    # probe world2016 headline shape: "Pakistan denies raid, vows to respond"
    got = labels(extract("Ruritania denies raid, vows to respond"))
    assert any(r == "threatens" and t == "response" for _, r, t in got), got
    assert not any(r == "supports" and t == "response" for _, r, t in got), got
    # a vow to respond to people's concerns is a reply
    got = labels(extract("Jan Novak vowed to respond to voters' concerns."))
    assert not any(r == "threatens" for _, r, t in got), got
    # a promise to respond is a reply
    got = labels(extract("The ministry promised to respond."))
    assert not any(r == "threatens" for _, r, t in got), got


def test_a_vow_to_pursue_wrongdoers_threatens(extract):
    # probe news2025 ("vowed to pursue those behind the attack"), PolNeAR train ("vowed to go after anyone who attacks")
    got = labels(extract("Prime Minister Jan Novak vowed to pursue those behind the attack."))
    assert any(a == "Jan Novak" and r == "threatens" for a, r, t in got), got
    got = labels(extract("Prime Minister Jan Novak vowed to track down those responsible."))
    assert any(a == "Jan Novak" and r == "threatens" for a, r, t in got), got
    got = labels(extract("Prime Minister Jan Novak vowed to punish those behind the attack."))
    assert any(a == "Jan Novak" and r == "threatens" for a, r, t in got), got
    # pursuing a policy is no threat
    got = labels(extract("Prime Minister Jan Novak vowed to pursue the reforms."))
    assert not any(r == "threatens" for _, r, t in got), got
