"""Relation cues that read another relation than coders use on news kg has not seen (the relation
confusion round: probes' accepts read as proposes, a pledged loyalty read as a proposal); sentences
written for the tests after probe sentences."""
from __future__ import annotations

from conftest import labels

import pytest


@pytest.mark.parametrize("text, expected", [
    # bowing to what others decided accepts it
    ("Meta said it would comply with the law.", ("Meta", "accepts", "law")),
    ("The rebels said they would abide by the ceasefire.", ("Rebels", "accepts", "ceasefire")),
])
def test_complying_accepts(extract, text, expected):
    got = labels(extract(text))
    assert expected in got, got


def test_loyalty_pledged_supports(extract):
    got = labels(extract("The army chief had pledged loyalty to Barrow after the concession."))
    assert ("Army chief", "supports", "Barrow") in got, got
