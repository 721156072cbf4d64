"""An act refused, boycotted or kept up "until" another is done is conditioned on that other act, as a
negated act is ("will not sign until"): probe sentences (world2016) and one written for the test."""
from __future__ import annotations

from conftest import labels


def test_a_boycott_until_a_guarantee_is_conditioned_on_it(extract):
    got = labels(extract("Kurdish lawmakers walked out of the session earlier in the week and said they would "
                         "boycott parliament until their safety was guaranteed."))
    assert any(r == "conditions" and t is not None and "safety" in t for _, r, t in got), got


def test_a_refusal_until_another_acts_is_conditioned_on_the_act(extract):
    got = labels(extract("The Houthi movement had refused to travel to Kuwait until the Saudi-led coalition "
                         "halted air strikes."))
    assert any(r == "conditions" and t is not None and "air strikes" in t for _, r, t in got), got
    assert any(r == "rejects" for _, r, t in got), got  # the refusal stays


def test_a_stay_until_a_reversal_is_conditioned_on_it(extract):
    got = labels(extract("The protesters said they would stay in the square until the decision was reversed."))
    assert any(r == "conditions" and t is not None and "reversal" in t for _, r, t in got), got
