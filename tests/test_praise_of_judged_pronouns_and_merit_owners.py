"""Praise of a person said as a verdict in a quotation ("he has been a prudent chancellor", "he is the
foremost expert"): sentences from the train news and written for these tests."""
from __future__ import annotations

from conftest import labels


def test_he_in_a_quotation_is_not_its_speaker(extract):
    got = labels(extract("Gordon Brown will deliver his budget next week. Sir Digby Jones said stability was all "
                         "important. Sir Digby added: \"I don't think he will. I have to say he has been a prudent "
                         "chancellor right the way through.\""))
    assert ("Digby Jones", "praises", "Gordon Brown") in got, got


def test_she_judged_in_a_written_quotation_is_praised(extract):
    got = labels(extract("Maria Lopez named Anna Weiss to lead the inquiry. \"I trust her completely. She has been "
                         "an excellent minister,\" Lopez said."))
    assert ("Maria Lopez", "praises", "Anna Weiss") in got, got


def test_the_foremost_expert_is_praised(extract):
    got = labels(extract("Hillary Clinton was asked about the minimum wage. \"I do take what Alan Krueger said "
                         "seriously. He is the foremost expert in our country on the minimum wage and what its "
                         "effects are,\" she said."))
    assert ("Hillary Clinton", "praises", "Alan Krueger") in got, got


def test_a_merit_admired_praises_its_owner(extract):
    got = labels(extract("Maria Lopez met Olaf Scholz in Berlin. \"I admire his courage,\" Lopez said."))
    assert ("Maria Lopez", "praises", "Olaf Scholz") in got, got


def test_a_reliable_partner_is_praised(extract):
    got = labels(extract("Maria Lopez met Olaf Scholz in Berlin. \"Germany has been a reliable partner for us,\" "
                         "Lopez said."))
    assert ("Maria Lopez", "praises", "Germany") in got, got
