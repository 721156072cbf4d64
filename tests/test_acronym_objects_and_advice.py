"""Acts read beside another in one sentence: an acronym that spells a relative pronoun, advice given
to someone to do something; each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_an_acronym_object_is_no_relative_pronoun(extract):
    # "the WHO" is the health agency, not the "who" of a relative clause
    got = labels(extract("The health minister praised the WHO."))
    assert any(r == "praises" and t == "WHO" for _, r, t in got), got
    got = labels(extract("The minister thanked the WHO for its help and offered to share test data."))
    assert any(r == "praises" and t == "WHO" for _, r, t in got), got


def test_advising_someone_to_act_asks_for_the_act(extract):
    got = labels(extract("The health ministry advised travellers to avoid crowded markets."))
    assert any(r == "demands" and "avoid" in (t or "") for _, r, t in got), got
    # advising a party, with no act asked of it, is no demand
    got = labels(extract("Jane Doe, a consultant who advised the ruling party, said turnout was high."))
    assert not any(r == "demands" for _, r, _ in got), got
