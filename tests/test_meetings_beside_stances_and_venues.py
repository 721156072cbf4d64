"""What the learned stage keeps of the acts the rules read in one sentence: a meeting takes no place of
the actor's stances, and the place a party is met in is no party met. Each sentence is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_stance_beside_a_meeting_and_a_praise_is_kept(extract_learned):
    got = labels(extract_learned("Hosting Modi at the White House on Thursday, Trump praised India and backed "
                                 "a new trade deal."))
    assert ("Donald Trump", "praises", "India") in got, got
    assert ("Donald Trump", "supports", "trade deal") in got, got
    assert any(r == "consults" for _, r, _ in got), got


def test_the_place_a_leader_is_met_in_is_not_consulted(extract_learned):
    got = labels(extract_learned("Trump met Putin in Alaska on Friday."))
    assert ("Donald Trump", "consults", "Vladimir Putin") in got, got
    assert ("Donald Trump", "consults", "Alaska") not in got, got


def test_a_meeting_after_two_stances_is_kept(extract_learned):
    got = labels(extract_learned("Starmer pledged more military aid, praised the courage of Ukrainian soldiers and "
                                 "met President Zelensky in Kyiv."))
    assert ("Keir Starmer", "proposes", "military aid") in got, got
    assert ("Keir Starmer", "consults", "Volodymyr Zelensky") in got, got
