"""Actor labels: "the two leaders" and "the two powers" stand for the pair named just before, never
an actor "Leaders" or "Powers" (train gold: China and the United States for "the two powers"; the
probe writers' "the two leaders" after a meeting). Each sentence here is written for its test."""
from __future__ import annotations


def actors(statements) -> set[str]:
    return {st.actor.label for st in statements}


def test_the_two_leaders_after_a_meeting_are_the_two_who_met(extract):
    got = actors(extract("Spanish Prime Minister Pedro Sanchez met German Chancellor Olaf Scholz in Madrid on Tuesday. "
                         "The two leaders called for an immediate ceasefire."))
    assert "Leaders" not in got, got
    assert any("Pedro S" in a and "Olaf Scholz" in a for a in got), got


def test_the_two_powers_are_no_actor_powers(extract):
    got = actors(extract("China and the United States held talks in Geneva. The two powers accused each other of "
                         "militarising the sea."))
    assert "Powers" not in got, got


def test_the_two_leaders_with_no_pair_before_are_no_one(extract):
    got = actors(extract("The two leaders criticised the tariff on steel."))
    assert "Leaders" not in got, got


def test_sheikh_stays_in_a_gulf_name(extract):
    got = actors(extract("Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani called for calm on Monday."))
    assert "Sheikh Mohammed bin Abdulrahman Al Thani" in got, got
    got = actors(extract("Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani called for calm on Monday.\n"
                         "Sheikh Mohammed later met the envoy."))
    assert "Mohammed" not in got and "Sheikh Mohammed" not in got, got  # the first name after "Sheikh" is he
