"""General errors two probe rounds noticed on news they wrote: force kept open, leave given, an act set
against a wish by "but"; each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_force_not_ruled_out_is_threatened(extract):
    got = labels(extract("The Kremlin refused to rule out the use of military force against Ukraine."))
    assert any(a == "Kremlin" and r == "threatens" for a, r, _ in got), got
    assert not any(r == "accepts" for _, r, _ in got), got
    got = labels(extract("The White House did not rule out new tariffs on Canada."))
    assert any(r == "threatens" for _, r, _ in got), got


def test_standing_not_ruled_out_is_still_accepted(extract):
    got = labels(extract("Sanders refused to rule out standing for the nomination."))
    assert any(r == "accepts" for _, r, _ in got), got
    assert not any(r == "threatens" for _, r, _ in got), got


def test_welcome_to_go_is_no_praise(extract):
    got = labels(extract("Knapman said Mr Kilroy-Silk was welcome to go."))
    assert not any(r in {"praises", "supports"} for _, r, _ in got), got
    got = labels(extract("The minister said the decision was a welcome step."))
    assert any(r == "supports" for _, r, _ in got), got


def test_act_after_but_in_a_reported_wish_is_the_subjects(extract):
    got = labels(extract("A Downing Street spokesman said the prime minister had wanted a compromise on the bill "
                         "but accepted the will of MPs."))
    assert not any(a == "Downing Street spokesman" and r == "accepts" for a, r, _ in got), got
    assert any(a == "Prime minister" and r == "accepts" for a, r, _ in got), got


def test_a_place_in_a_relative_clause_on_the_teller_is_not_its_it(extract):
    got = labels(extract("An IMF mission that visited Nairobi in May said it welcomed the government's commitment "
                         "to fiscal consolidation."))
    assert not any(a == "Kenya" for a, _, _ in got), got


def test_its_ally_is_no_one_of_the_owner(extract):
    got = labels(extract("The State Department said it stood with its ally and reaffirmed the treaty."))
    assert not any(t and "State Department ally" in t for _, _, t in got), got
    assert any(r == "supports" and t == "ally" for _, r, t in got), got
