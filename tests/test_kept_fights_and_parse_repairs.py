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


def test_a_main_verb_after_a_whose_clause_has_the_name_for_subject(extract):
    got = labels(extract("Greek Prime Minister Alexis Tsipras, whose islands would bear the brunt of any new "
                         "influx, called on both sides to show restraint."))
    assert any(a == "Alexis Tsipras" and r == "demands" for a, r, _ in got), got


def test_a_threat_dated_before_its_infinitive_is_a_threat(extract):
    # "to open" read as a purpose clause: the date between the verb and its infinitive
    got = labels(extract("Turkish President Tayyip Erdogan threatened on Friday to open Turkey's borders to let "
                         "migrants flood into Europe."))
    assert any(a.endswith("Erdogan") and r == "threatens" for a, r, _ in got), got


def test_a_dated_threat_to_close_the_border(extract):
    got = labels(extract("The minister threatened on Friday to close the border."))
    assert any(r == "threatens" and t and "border" in t for _, r, t in got), got
