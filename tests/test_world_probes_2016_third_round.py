"""Misses the 2016 world-news probe (probew16c) found on wire stories it wrote; each sentence is written for
its test, save the one from train (marked)."""
from __future__ import annotations

from conftest import labels


def test_a_spokesman_after_the_clause_relays_its_subjects_second_act(extract_learned):
    got = labels(extract_learned("U.N. Secretary-General Ban Ki-moon spoke to Jammeh by telephone and urged him to "
                                 "respect the will of the people, his spokesman said."))
    assert any(a == "Ban Ki-moon" and r == "demands" for a, r, _ in got), got
    assert not any(a.lower() == "spokesman" for a, _, _ in got), got


def test_a_reporter_before_the_clause_still_makes_him_the_reported(extract_learned):
    got = labels(extract_learned("Labour said Mr Blair was out of touch and accused him of arrogance."))
    assert any(a in {"Labour", "Labour Party"} and r == "accuses" for a, r, _ in got), got


def test_an_act_told_as_the_reports_occasion_is_not_the_reporters(extract_learned):
    got = labels(extract_learned("Italian Prime Minister Matteo Renzi said on Monday he would resign after voters "
                                 "resoundingly rejected his constitutional reform in a referendum."))
    assert any(a.lower() == "voters" and r == "rejects" for a, r, _ in got), got


def test_a_hyphened_given_name_the_ner_left_out_still_names_the_actor(extract_learned):
    got = labels(extract_learned("Barack Obama welcomed the vote.\n\nMoon Jae-in, the former Democratic Party leader, "
                                 "praised the protesters for their peaceful rallies."))
    assert any(a == "Moon Jae-in" and r == "praises" for a, r, _ in got), got
