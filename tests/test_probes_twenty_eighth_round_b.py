"""Cases the probe writer of 2025 news from outlets no shared set has (probe28b) found missed; each
sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_what_the_speaker_called_a_thing_is_the_target(extract):
    got = labels(extract("Fu Cong objected to what he called the hasty drafting of the text."))
    assert ("Fu Cong", "opposes", "hasty drafting of text") in got, got
    got = labels(extract("The unions objected to what they described as a reckless plan to cut pensions."))
    assert any(r == "opposes" and t and "plan to cut pensions" in t for _, r, t in got), got


def test_a_finite_act_joined_to_an_infinitive_is_no_part_of_its_target(extract):
    got = labels(extract("China's envoy Fu Cong said Beijing supported efforts to restore security but objected to "
                         "what he called the hasty drafting of the text."))
    assert ("Fu Cong", "supports", "efforts to restore security") in got, got
