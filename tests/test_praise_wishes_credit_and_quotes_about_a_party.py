"""Quotations that carry a position by their own words (saysrel3); each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_wanting_to_thank_is_thanking(extract):
    # "I want to thank X" thanks X as it is said: a performative, no wish for a thanks to come
    got = labels(extract('"I want to thank the volunteers for everything they have done," Mayor Linda Park said.'))
    assert ("Linda Park", "praises", "volunteers") in got, got
    got = labels(extract('"We want to congratulate the nurses on their work," Mayor Linda Park said.'))
    assert any(a == "Linda Park" and r == "praises" and (t or "").startswith("nurses") for a, r, t in got), got
    # another's wish is no act of the speaker's
    got = labels(extract("Mayor Linda Park wants the council to thank the volunteers."))
    assert not any(r == "praises" for _, r, _ in got), got


def test_credit_deserved_is_praise_given(extract):
    # saying a party deserves credit praises it; the merit is no demand
    got = labels(extract('"The nurses deserve enormous credit for what they did," Senator Mark Reid said.'))
    assert ("Mark Reid", "praises", "nurses") in got, got
    got = labels(extract("Senator Mark Reid said Governor Tom Walsh deserved praise for his handling of the floods."))
    assert ("Mark Reid", "praises", "Tom Walsh") in got, got
    # credit denied is none
    got = labels(extract('"The council does not deserve any credit," Senator Mark Reid said.'))
    assert not any(r == "praises" for _, r, _ in got), got


def test_a_hostile_quote_said_of_a_party_accuses_it(extract):
    got = labels(extract('"He has been a disaster for working families," Senator Mark Reid said of President Barack Obama.'))
    assert ("Mark Reid", "accuses", "Barack Obama") in got, got
    # in a neutral tone it is what the quote is about
    got = labels(extract('"He will speak in Ohio next week," Senator Mark Reid said of President Barack Obama.'))
    assert ("Mark Reid", "says", "Barack Obama") in got, got
