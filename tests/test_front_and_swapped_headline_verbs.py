"""Misses the probe writer found on 2025 news written for it (each sentence here is written for its
test): a body whose name ends in "Front" called "the front", and a headline whose two -s words
the tagger swapped."""
from __future__ import annotations

from conftest import labels


def test_the_front_is_the_front_just_named(extract):
    got = labels(extract("The Islamic Action Front, the largest opposition party in Parliament, denied any link "
                         "to the cell. The front said in a statement that it respected the decisions of the judiciary."))
    assert any(a == "Islamic Action Front" and r == "accepts" for a, r, _ in got), got
    assert not any(a == "Parliament" for a, _, _ in got), got


def test_a_headline_verb_read_as_a_noun_before_a_noun_read_as_a_verb(extract):
    got = labels(extract("Mitsotakis rejects calls to resign as hundreds of thousands rally\n\n"
                         "Prime Minister Kyriakos Mitsotakis spoke to reporters on Wednesday."))
    assert ("Kyriakos Mitsotakis", "rejects", "calls to resign") in got, got
