"""Errors found on the probew16n articles (2016 wire world news, written for the probe): a fight kept up
against a thing opposes it; a main verb the parser hung on a "whose" clause's last noun; an infinitive
read as a purpose clause because a date stands between it and its verb."""
from __future__ import annotations

from conftest import labels


def test_a_campaign_kept_up_against_a_thing_opposes_it(extract):
    got = labels(extract("Thailand's largest student activist group, the New Democracy Movement, said it rejected "
                         "the result and vowed to keep campaigning against military rule."))
    assert ("New Democracy Movement", "opposes", "military rule") in got, got
    assert ("New Democracy Movement", "supports", "military rule") not in got, got


def test_a_fight_continued_against_a_reform_opposes_it(extract):
    got = labels(extract("The unions vowed to continue to fight against the pension reform."))
    assert not any(r == "supports" for _, r, _ in got), got

