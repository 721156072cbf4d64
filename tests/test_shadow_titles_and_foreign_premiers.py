"""Misses found on BBC-style UK politics news written for the probe (sentences written for the tests)."""
from __future__ import annotations

from conftest import labels


def test_a_shadow_title_opening_a_paragraph_stays_on_the_name(extract):
    got = labels(extract('"We will hold him to his word," Mr Howard said.\n\nShadow foreign secretary Liam Fox '
                         'urged the government to rule out any deal on the rebate.\n'))
    assert any(a == "Liam Fox" and r == "demands" for a, r, _ in got), got
    assert not any(a == "Shadow" for a, _, _ in got), got


def test_the_prime_minister_is_not_a_foreign_premier_named_later(extract):
    text = ("Tony Blair has refused to give up the UK's budget rebate.\n\n"
            "The prime minister accused France of protecting its farmers.\n\n"
            "Luxembourg's Prime Minister Jean-Claude Juncker blamed Britain for the failure.\n")
    got = labels(extract(text))
    assert not any(a == "Jean-Claude Juncker" and r == "accuses" and t == "France" for a, r, t in got), got
