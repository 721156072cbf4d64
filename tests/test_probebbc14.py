"""Misses the probebbc14 round found on BBC-style politics news of 2004-05 written for it; each
sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_first_name_given_to_men_and_women_alike_leaves_he_to_the_sentence_before(extract):
    # the US census list calls Robin, Hilary and Lindsay women's names; in British politics they are
    # as often men's (Robin Cook, Hilary Benn, Lindsay Hoyle): "he" is the subject just named
    text = ("Lord McNally called for an elected chamber. Labour MP Robin Cook welcomed the move. "
            "He said that at least half of the members should be elected.")
    got = labels(extract(text))
    assert any(a == "Robin Cook" and r == "demands" for a, r, _ in got), got
    assert not any(a == "McNally" and r == "demands" and t and "half" in t for a, r, t in got), got
    text = ("John Smith criticised the plan. International Development Secretary Hilary Benn backed the aid package. "
            "He said the package should be doubled.")
    got = labels(extract(text))
    assert any(a == "Hilary Benn" and r == "demands" for a, r, _ in got), got
    assert not any(a == "John Smith" and r != "opposes" for a, r, _ in got), got

