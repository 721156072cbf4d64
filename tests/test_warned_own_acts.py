"""A warning of the warner's own country's act held over another's doing ("warned that India would strike
again if Pakistan continued ..."): the probes' gold codes it threatens, as "said ... would strike again if"
already was; kg left it without any statement when the warned act had no object. Written sentences (the
first after news2025 probe39b's)."""
from __future__ import annotations

from conftest import labels


def test_a_warned_conditional_act_of_ones_own_country_is_a_threat(extract):
    got = labels(extract("Foreign Minister S Jaishankar warned that India would strike again if Pakistan "
                         "continued to support terrorist groups."))
    assert any(a == "S Jaishankar" and r == "threatens" and "strike" in (t or "") for a, r, t in got), got


def test_plans_and_forecasts_in_a_warning_are_no_threats(extract):
    for text in ("Rishi Sunak warned that Britain would meet the French next week if the talks continued.",
                 "Rishi Sunak warned that Britain would need more homes if migration continued.",
                 "Rishi Sunak said that we will meet next week.",
                 "Rishi Sunak said that prices will rise next year."):
        got = labels(extract(text))
        assert not any(r == "threatens" for a, r, t in got), (text, got)


def test_an_aspect_verbs_own_object_is_the_act_not_its_doer(extract):
    # probebbc3: "Its chairman threatened that firms would take their investment abroad if the limit stayed"
    # (gold: investment moved abroad); kg took "take" for an aspect verb and gave the doer, "firms"
    got = labels(extract("Casino Operators Association chairman Peter Jones threatened that firms would take their "
                         "investment abroad if the limit stayed."))
    assert any(r == "threatens" and "investment" in (t or "") for a, r, t in got), got
    assert not any(r == "threatens" and t == "firms" for a, r, t in got), got


def test_a_warned_conditional_act_of_the_warners_party_is_a_threat(extract):
    got = labels(extract("Tory leader Michael Howard warned that the Conservatives would walk out if the government refused."))
    assert any(a == "Michael Howard" and r == "threatens" for a, r, t in got), got
    # a rival party's act on a condition is a forecast, no threat of the warner's
    got = labels(extract("Tory leader Michael Howard warned that Labour would raise taxes if voters backed it again."))
    assert not any(a == "Michael Howard" and r == "threatens" for a, r, t in got), got
