"""Misses of probebbc16 (BBC politics 2004-05, written probe) and sentences written for them."""
from __future__ import annotations

from conftest import labels


def test_an_actor_to_be_suspended_from_a_body_is_its_suspension_not_the_body(extract):
    # probebbc13's sentence: the act done to Zimbabwe is the issue, not "international cricket"
    got = labels(extract("Kate Hoey, the Labour MP and former sports minister, has called for Zimbabwe to be "
                         "suspended from international cricket."))
    assert any(a == "Kate Hoey" and r == "demands" and t and "suspension" in t.lower() and "zimbabwe" in t.lower()
               for a, r, t in got), got


def test_a_party_to_be_excluded_from_government_is_its_exclusion(extract):
    got = labels(extract("The Democratic Unionist leader, Ian Paisley, demanded that Sinn Fein be excluded from "
                         "any future power-sharing government."))
    assert any(a == "Ian Paisley" and r == "demands" and t and "exclusion" in t.lower() and "sinn" in t.lower()
               for a, r, t in got), got


def test_a_crime_one_is_said_to_be_behind_accuses_it(extract):
    # PolNeAR train: "officials knew Ansar al-Sharia was behind the attack", "China was behind the hack"
    got = labels(extract("The prime minister said the IRA was behind the robbery."))
    assert ("Prime minister", "accuses", "IRA") in got, got
    got = labels(extract("US officials said China was behind the hack."))
    assert any(r == "accuses" and t == "China" for _, r, t in got), got
