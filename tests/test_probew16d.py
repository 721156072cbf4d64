"""Misses the probew16d writers found on 2016-style wire news they wrote; each sentence here is
written for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_he_after_a_quote_is_its_speaker_the_article_calls_he(extract):
    """"Ilham" and "Ashton" are mostly women's names in the census list; the article's own "his"
    beside the one name says which."""
    got = labels(extract("Armenian President Serzh Sarksyan accused Azerbaijan of launching an offensive.\n\n"
                         "Azerbaijani President Ilham Aliyev said Baku's patience had limits.\n\n"
                         "\"The conflict must be resolved on the basis of the territorial integrity of Azerbaijan,\" "
                         "Aliyev told a meeting of his security council. He thanked Turkey for its support."))
    assert ("Ilham Aliyev", "praises", "Turkey") in got, got
    assert ("Serzh Sarksyan", "praises", "Turkey") not in got, got
