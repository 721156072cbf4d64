"""A second actor in a sentence: one whose act a participle receives ("..., drawing a protest from China"),
beside the act the main verb tells; train sentences and sentences written for the tests."""
from __future__ import annotations

from conftest import labels


def test_a_protest_drawn_by_a_participle_is_aimed_at_the_act(extract):
    got = labels(extract("South Korea and the United States said on Friday they would deploy an advanced missile "
                         "defense system in South Korea, drawing a sharp and swift protest from neighboring China."))
    assert any(a == "China" and r == "opposes" and t and "missile" in t for a, r, t in got), got
    got = labels(extract("The government announced new tariffs on steel, prompting criticism from the European Union."))
    assert any(a == "European Union" and r == "opposes" and t and "tariff" in t for a, r, t in got), got


def test_a_protest_from_a_neighbour_at_an_act_with_an_aim(extract):
    got = labels(extract("South Korea and the United States said on Friday they would deploy an advanced missile "
                         "defense system in South Korea to counter the threat from nuclear-armed North Korea, "
                         "drawing a sharp and swift protest from neighboring China, Pyongyang's sole major ally."))
    assert any(a == "China" and r == "opposes" and t and "missile" in t for a, r, t in got), got
