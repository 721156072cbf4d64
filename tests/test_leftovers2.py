"""Errors the probe writers found on news they wrote and left unfixed (second round); each sentence
here is written for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_the_articles_he_wins_over_the_name_list(extract):
    # "Bong" is a woman's first name in the US census list; the article's "he" says otherwise
    got = labels(extract("Senator Bong Go met farmers on Monday. He called for higher rice subsidies."))
    assert ("Bong Go", "demands", "higher rice subsidies") in got, got
