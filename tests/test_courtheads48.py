"""Headline shapes of courts and votes (probe headlines of the 2025 and world 2016 kinds, and headlines written in
their style): a court accuses the one it sentences; others' sentences, or a sentence in the body, are no such act."""
from __future__ import annotations

from conftest import labels

BODY = "\n\nOfficials spoke to reporters on Wednesday."


def test_a_court_accuses_the_one_it_sentences(extract):
    got = labels(extract("Brazil's top court sentences Bolsonaro to 27 years for coup plot" + BODY))
    assert ("Brazil's top court", "accuses", "Bolsonaro") in got, got
    got = labels(extract("Bangladesh court sentences ousted leader Hasina to death in absentia" + BODY))
    assert any(r == "accuses" and "court" in a and "Hasina" in t for a, r, t in got), got


def test_no_verdict_without_a_court_or_outside_the_headline(extract):
    got = labels(extract("Minister's sentences on crime anger Tories" + BODY))
    assert not any(r == "accuses" for _, r, _ in got), got
    got = labels(extract("Officials spoke on Wednesday.\n\nThe court sentences Smith to ten years in prison."))
    assert not any(r == "accuses" for _, r, _ in got), got


def test_a_vote_to_impeach_supports_the_impeachment(extract):
    got = labels(extract("South Korean lawmakers vote to impeach President Park" + BODY))
    assert ("South Korean lawmakers", "supports", "impeachment of Park") in got, got
    got = labels(extract("House votes to impeach Trump over Capitol riot" + BODY))
    assert any(a == "House" and r == "supports" and t.startswith("impeachment of") and "Trump" in t
               for a, r, t in got), got
