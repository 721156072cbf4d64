"""An act that an accuser alleges or claims of someone is the accuser's charge, not a position of
the one accused (GUIDELINES: relayed positions are credited, allegations are not). The sentences
are written for the tests, in the shapes train showed ("charged that the party ignored the
movement", "claiming the minister was committed to cutting spending")."""
from __future__ import annotations

from conftest import labels


def test_an_act_charged_of_a_party_is_not_its_position(extract_learned):
    got = labels(extract_learned("The activist also charged that the Labour Party largely ignored the "
                                 "housing movement as it drafted its manifesto."))
    assert not any(a == "Labour Party" for a, _, _ in got), got


def test_an_act_claimed_of_a_minister_is_not_his_position(extract_learned):
    got = labels(extract_learned("The cuts were no accident, Mr Green said, claiming Mr Howard and other "
                                 "senior Tories were committed to cutting public spending."))
    assert not any(a in {"Michael Howard", "Howard", "Tories", "Conservative Party"} and r == "supports"
                   for a, r, _ in got), got


def test_a_headline_past_with_no_object_is_a_passive(extract_learned):
    # "Labour attacked on Howard poster" (train): the headline drops "was"; Labour is who was attacked
    got = labels(extract_learned("Minister attacked on school closures\n\nThe minister said the closures would "
                                 "go ahead."))
    assert not any(a == "Minister" and r == "opposes" for a, r, _ in got), got
    got = labels(extract_learned("Tories attack Labour on tax\n\nThe party said taxes would rise."))
    assert any(r == "opposes" for _, r, _ in got), got
