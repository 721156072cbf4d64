"""Warnings the probe writers found read as opposition on 2025 news they wrote; each sentence here is
written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_rise_held_possible_on_an_if_clause_threatens(extract):
    got = labels(extract("The president praised the talks but warned that duties could go higher if no agreement "
                         "was reached by July."))
    assert any(r == "threatens" and t == "higher duties" for _, r, t in got), got
    assert not any(r == "opposes" and t == "duties" for _, r, t in got), got


def test_the_country_a_demonym_title_names_is_the_warners_side(extract):
    got = labels(extract("Turkish Defence Minister Yasar Guler warned that Turkey would act against any attack "
                         "on its southern border."))
    assert any(a == "Yasar Guler" and r == "threatens" for a, r, _ in got), got

