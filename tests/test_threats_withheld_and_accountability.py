"""Threats the probe rounds found missed, on sentences written for these tests: an act to come on an
unless- or if-clause ("would cut off aid unless ..."), and a warning that the ones responsible
would be held to account."""
from __future__ import annotations

from conftest import labels


def test_aid_cut_off_unless_the_condition_is_met_threatens(extract):
    got = labels(extract("The minister said Norway would cut off aid to the government unless it freed the "
                         "jailed reporters."))
    assert any(r == "threatens" and t is not None and "aid" in t for _, r, t in got), got


def test_a_suspension_on_an_if_clause_threatens(extract):
    got = labels(extract("Germany will suspend arms exports to the kingdom if the attacks continue, the "
                         "chancellor said."))
    assert any(r == "threatens" and t is not None and "arms exports" in t for _, r, t in got), got


def test_those_responsible_held_accountable_is_a_threat_of_accountability(extract):
    got = labels(extract("The French foreign minister warned that those responsible for the shelling would be "
                         "held accountable."))
    assert any(r == "threatens" and t == "accountability" for _, r, t in got), got


def test_a_forecast_harm_to_the_economy_stays_no_threat(extract):
    got = labels(extract("The finance minister warned that the economy would suffer."))
    assert not any(r == "threatens" for _, r, t in got), got


def test_a_named_speaker_threatens_for_the_side_whose_act_is_on_an_if_clause(extract):
    got = labels(extract("Canadian Foreign Minister Melanie Joly said Canada would withdraw from the talks if "
                         "the new tariffs took effect."))
    assert any(a == "Melanie Joly" and r == "threatens" for a, r, _ in got), got
