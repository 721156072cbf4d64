"""What another is told it should do (``obliged`` drops it as that one's act): the speaker's demand.
Each sentence is written for its test, as 2016 wire copy words it."""
from __future__ import annotations

from conftest import labels


def test_what_the_government_should_accept_is_demanded_by_the_one_who_says_so(extract):
    got = labels(extract("The opposition leader said the government should accept the peace plan."))
    assert any(a == "Opposition leader" and r == "demands" and t and "plan" in t for a, r, t in got), got


def test_whom_the_government_should_negotiate_with_is_asked_by_the_speaker(extract):
    got = labels(extract("Merera Gudina condemned the decree and said the government should instead negotiate "
                         "with the opposition."))
    assert any(a == "Merera Gudina" and r == "demands" and t and "opposition" in t.lower() for a, r, t in got), got


def test_we_should_accept_stays_the_speakers_own_act(extract):
    got = labels(extract("The opposition leader said we should accept the peace plan."))
    assert not any(r == "demands" for _, r, _ in got), got
