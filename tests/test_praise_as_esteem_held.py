"""Praise held as esteem for a party ("has great admiration for", "had nothing but praise for", "I have
enormous respect for"): the holder praises the party. Sentences written for these tests, after the train
shape 'Will had nothing but praise for Christie's speech'."""
from __future__ import annotations

from conftest import labels


def test_admiration_held_for_a_party_praises_it(extract):
    got = labels(extract("Senator Tom Smith said he had great admiration for Governor Bill Jones."))
    assert ("Tom Smith", "praises", "Bill Jones") in got, got


def test_nothing_but_praise_for_a_party_praises_it(extract):
    got = labels(extract("Senator Tom Smith had nothing but praise for Governor Bill Jones."))
    assert ("Tom Smith", "praises", "Bill Jones") in got, got


def test_respect_held_in_a_quotation_is_the_speakers_praise(extract):
    got = labels(extract('"I have enormous respect for Bill Jones," Senator Tom Smith said.'))
    assert ("Tom Smith", "praises", "Bill Jones") in got, got


def test_respect_not_held_praises_no_one(extract):
    got = labels(extract("Senator Tom Smith said he did not have much respect for Governor Bill Jones."))
    assert ("Tom Smith", "praises", "Bill Jones") not in got, got
    got = labels(extract("Senator Tom Smith called for respect for the rule of law."))
    assert not any(r == "praises" for _, r, _ in got), got
