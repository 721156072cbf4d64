"""Warnings whose act to come is the warner's own side's: the enforcers of a state body or police
spokesman ("warned that police would deal firmly with ..."), and a body its spokesman or head speaks for
("warned that the bloc would not recognise ..."). Sentences written for these tests."""
from __future__ import annotations

from conftest import labels


def test_a_ministry_warning_that_police_will_deal_with_protesters_threatens(extract):
    got = labels(extract("The Justice Ministry warned that police would deal firmly with anyone who blocked the roads."))
    assert any(a == "Justice Ministry" and r == "threatens" for a, r, _ in got), got


def test_a_police_spokesman_warning_that_officers_will_act_threatens(extract):
    got = labels(extract("Police spokesman John Banda warned that officers would deal firmly with anyone who looted shops."))
    assert any(a == "John Banda" and r == "threatens" for a, r, _ in got), got


def test_a_head_warning_that_the_bloc_will_not_recognise_threatens(extract):
    got = labels(extract("Commission Chairman Moussa Faki warned that the bloc would suspend any member that "
                         "staged a coup."))
    assert any(a == "Moussa Faki" and r == "threatens" for a, r, _ in got), got


def test_a_minister_forecasting_what_another_side_will_do_is_no_threat(extract):
    got = labels(extract("The Justice Ministry warned that protesters would block the roads."))
    assert not any(r == "threatens" for _, r, _ in got), got


def test_a_leader_warning_that_his_own_country_will_act_threatens(extract):
    got = labels(extract("Joe Biden warned that Washington would expel the Russian ambassador."))
    assert any(a == "Joe Biden" and r == "threatens" for a, r, _ in got), got


def test_a_leader_warning_that_another_country_will_act_does_not_threaten(extract):
    got = labels(extract("Joe Biden warned that Beijing would expel the American ambassador."))
    assert not any(a == "Joe Biden" and r == "threatens" for a, r, _ in got), got


def test_a_leader_warning_that_his_country_will_bear_a_loss_does_not_threaten(extract):
    got = labels(extract("Joe Biden warned that the United States would lose its lead in chips."))
    assert not any(a == "Joe Biden" and r == "threatens" for a, r, _ in got), got
