"""Reported verdicts and acts with no cue verb of their own, one test each, from train sentences
or written for the test (never the seeds): the one seen acting after a verb of perception is its
doer ("the meeting saw MPs warn"), a denied evaluation is its contrary ("said the rota was not
fair" opposes the rota), and words of scorn VADER leaves unrated are verdicts."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, expected", [
    # from a train article (BBC politics 2004-05): coded Labour MPs opposes the Blair-Brown feud
    ("A private meeting on Monday saw normally loyal MPs warn that feuding could jeopardise their election hopes.",
     ("Normally loyal MPs", "opposes", "feuding")),
    # from a train article (BBC politics 2004-05): the one seen is the pobj of a noun of number
    ("A meeting of the Parliamentary Labour Party saw a succession of normally loyal members warn that feuding "
     "could jeopardise Labour's election hopes.", ("Normally loyal members", "opposes", "feuding")),
])
def test_the_one_seen_acting_is_the_doer(extract, text, expected):
    got = triples(extract(text))
    assert any(a == expected[0] and r == expected[1] and t is not None and expected[2] in t.lower()
               for a, r, t in got), got


def test_an_event_seen_is_no_actor(extract):
    # written for this test: a thing seen happening takes no position
    assert not triples(extract("Voters saw the deal collapse."))


@pytest.mark.parametrize("text, expected", [
    # written for this test
    ("The union said the new rota was not fair.", ("Union", "opposes", "rota")),
    ("Critics said the plan was not acceptable.", ("Critics", "opposes", "plan")),
    ("The minister said the deal was not a disaster.", ("Minister", "supports", "deal")),
])
def test_a_denied_verdict_is_its_contrary(extract, text, expected):
    got = triples(extract(text))
    assert any(a == expected[0] and r == expected[1] and t is not None and expected[2] in t.lower()
               for a, r, t in got), got


@pytest.mark.parametrize("text, expected", [
    # written for this test
    ("The National Audit Office said the scheme was a waste of money.", ("National Audit Office", "opposes", "scheme")),
    ("The union said the new rota was a mess.", ("Union", "opposes", "rota")),
])
def test_words_of_scorn_oppose(extract, text, expected):
    got = triples(extract(text))
    assert any(a == expected[0] and r == expected[1] and t is not None and expected[2] in t.lower()
               for a, r, t in got), got
