"""Relations of a speaker's act where the words around a quotation carry the position (sentences
written for these tests)."""
from __future__ import annotations


def rows(statements) -> list[tuple]:
    return [(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements]


def test_a_fragment_quoted_in_a_position_adds_no_bare_says(extract_learned):
    got = rows(extract_learned('Conservative columnist George Will described Trump as a "caricature of democracy" '
                               'and "stupendously un-conservative."'))
    assert ("George Will", "opposes", "Donald Trump") in got, got
    assert ("George Will", "says", "Donald Trump") not in got, got
