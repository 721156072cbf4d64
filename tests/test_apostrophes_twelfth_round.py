"""Typographic apostrophes inside words reach the parser as straight ones (offsets unchanged):
with "isn’t" the parser tagged "n’t" as punctuation, so a denied verdict read as praise or
support. Sentences written for the test (never the seeds)."""
from __future__ import annotations

from conftest import triples

from kg.extract.headlines import straight_apostrophes


def test_a_curly_negation_denies_the_verdict(extract):
    got = triples(extract("The union met ministers on Monday. "
                          "Union leader Tom Jones said the new rota isn’t fair."))
    assert any(a == "Tom Jones" and r == "opposes" for a, r, _ in got), got
    assert not any(a == "Tom Jones" and r in {"supports", "praises"} for a, r, _ in got), got


def test_only_apostrophes_inside_words_are_straightened():
    text = "Trump’s plan isn’t the ‘deal’ the players’ union wanted"
    out = straight_apostrophes(text)
    assert out == "Trump's plan isn't the ‘deal’ the players’ union wanted"
    assert len(out) == len(text)
