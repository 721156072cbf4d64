"""Staying or remaining somewhere, asked for or refused, is the act, not the place: "urged voters to
stay at home" demands staying at home (news2025 and world2016 probes: gold "stay at home", kg "home";
"called on the Haredi parties to stay in the government": kg "government")."""
from conftest import labels


def test_stay_at_home_is_the_act(extract_learned):
    # news2025 probe sentence, shortened
    got = labels(extract_learned("Former president Ernesto Zedillo urged voters last week to stay at home."))
    assert ("Ernesto Zedillo", "demands", "stay at home") in got


def test_stay_in_government_is_the_act(extract_learned):
    # news2025 probe sentence, shortened
    got = labels(extract_learned("Netanyahu called on the Haredi parties to stay in the government."))
    assert ("Benjamin Netanyahu", "demands", "stay in government") in got


def test_stay_on_alert_keeps_its_short_label(extract_learned):
    # world2016 probe sentence: the "on" phrase is the act's own (gold "stay on alert"), no place
    got = labels(extract_learned("Prime Minister Hwang Kyo-ahn called on the military to stay on alert against any provocation from North Korea."))
    assert ("Hwang Kyo-ahn", "demands", "stay on alert") in got
