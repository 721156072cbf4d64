"""A headline's cue verb the tagger read as a noun ("Teachers slam pay deal") is the act. Sentences
written for these tests. (A comma-splice headline parsed as two sentences was dropped: the gold codes a
headline as one sentence, and a statement on a clause under half of it never matches.)"""
from __future__ import annotations

from conftest import labels


def test_a_cue_verb_read_as_a_noun_in_a_headline_is_the_act(extract):
    # ("Teachers slam pay deal" parses right without the repair; this one had "slam" a compound with a subject)
    got = labels(extract("Unions slam government pay offer\n\nThe story went on on Monday."))
    assert any(a == "Unions" and r == "opposes" for a, r, _ in got), got
    got = labels(extract("Police, protesters clash\n\nThe story went on on Monday."))  # no cue, no act
    assert not got, got
