"""Errors found on probe news written in May 2025 styles (Daily Star Bangladesh, Ukrainska
Pravda); each sentence comes from a probe article."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_a_bengali_given_name_the_tagger_left_out_is_no_namesakes(extract):
    # the tagger tags "Rahman" alone: without its given name he is the article's Khalilur Rahman
    got = labels(extract("The BNP also demanded the removal of National Security Adviser Khalilur Rahman.\n\n"
                         "Jamaat-e-Islami Ameer Shafiqur Rahman called for a national dialogue.\n\n"
                         "He urged all parties to show restraint."))
    assert ("Shafiqur Rahman", "demands", "national dialogue") in got, got
    assert any(a == "Shafiqur Rahman" and t == "show restraint" for a, _, t in got), got
    assert not any(a == "Khalilur Rahman" for a, _, _ in got), got
