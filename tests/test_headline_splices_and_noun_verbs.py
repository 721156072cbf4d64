"""Headlines of two clauses joined by a comma ("Hamas accepts proposal, Israel rejects it"): the
parser made the first the second verb's complement and lost it. Sentences written for these tests."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_a_comma_splice_headline_keeps_its_first_clause(extract):
    got = labels(extract("NATO invites Montenegro to join, Russia warns of response\n\nThe story went on on Monday."))
    assert any(a == "NATO" for a, _, _ in got), got
    got = labels(extract("Hamas accepts proposal, Israel rejects it\n\nThe story went on on Monday."))
    assert not any(t and "accepts" in t for _, _, t in got), got


def test_a_reporting_frame_or_a_list_of_subjects_is_no_splice(extract):
    got = labels(extract("North Korea fires missile, Seoul says\n\nThe story went on on Monday."))
    assert not any(a == "South Korea" and r != "statement" and t == "missile" for a, r, t in got), got
    got = labels(extract("Trump says Iran deal 'terrible', vows exit\n\nThe story went on on Monday."))
    assert ("Donald Trump", "supports", "exit") in got, got


def test_a_cue_verb_read_as_a_noun_in_a_headline_is_the_act(extract):
    got = labels(extract("Teachers slam pay deal\n\nThe story went on on Monday."))
    assert ("Teachers", "opposes", "pay deal") in got, got
    got = labels(extract("Police, protesters clash\n\nThe story went on on Monday."))  # no cue, no act
    assert not got, got
