"""Speed guards of the thirty-eighth session's speed round: the same sets, made once."""
from __future__ import annotations


def test_offices_are_united_once_per_lexicon():
    # every name cleaned (7.3k on train) united the person and role nouns, and TITLES, anew
    from kg.extract.actors import TITLES
    from kg.extract.entity_checks import offices
    from kg.lexicon import load_lexicon

    lex = load_lexicon()
    assert offices(lex) is offices(lex)
    assert offices(lex) == lex.person_nouns | lex.role_nouns
    assert offices(lex, TITLES) is offices(lex, TITLES)
    assert offices(lex, TITLES) == TITLES | lex.person_nouns | lex.role_nouns
