"""A bare count is never an actor: a quotation's speaker "Hundreds of protesters" is the
protesters the count sizes, and a bare count ("Thousands rallied, chanting ...") credits no one.
Sentences from the world2016 and news2025 probes, and one written for its test."""
from __future__ import annotations

COUNTS = {"hundreds", "thousands", "dozens", "many", "some", "most", "scores"}


def actors(statements) -> set[str]:
    return {st.actor.label for st in statements}


def test_hundreds_of_protesters_chanting_are_the_protesters(extract_learned):
    got = actors(extract_learned(
        "Hundreds of protesters gathered outside the journalists' syndicate in central Cairo on Friday to protest "
        "against the deal, chanting \"The islands are Egyptian\"."))
    assert not {a.lower() for a in got} & COUNTS, got
    assert "Protesters" in got or "protesters" in got, got


def test_thousands_of_protesters_chanting_are_the_protesters(extract):
    got = actors(extract(
        "The move came after thousands of protesters gathered outside the Ivan Franko Theater in central Kyiv "
        "for a second consecutive night, chanting \"veto the law\"."))
    assert not {a.lower() for a in got} & COUNTS, got


def test_a_bare_count_chanting_names_no_speaker(extract_learned):
    got = actors(extract_learned("Thousands rallied in the capital on Sunday, chanting \"Down with the government\"."))
    assert not {a.lower() for a in got} & COUNTS, got
