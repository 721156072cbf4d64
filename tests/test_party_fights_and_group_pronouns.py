"""Misses of probe set probebbc15 (BBC politics 2004-05 style; each sentence written for its test)."""
from __future__ import annotations

from conftest import labels


def test_a_spokeswoman_saying_her_party_would_fight_a_plan_opposes_it(extract):
    got = labels(extract("The SNP's defence spokeswoman, Annabelle Ewing, said the party would fight the merger "
                         "in the Commons and at Holyrood."))
    assert any(r == "opposes" and t and "merger" in t and a in {"Annabelle Ewing", "Scottish National Party", "SNP"}
               for a, r, t in got), got


def test_a_leader_saying_his_country_will_fight_tariffs_opposes_them(extract):
    got = labels(extract("Mark Carney said Canada will fight the new tariffs."))
    assert any(a == "Mark Carney" and r == "opposes" and t and "tariffs" in t for a, r, t in got), got


def test_they_after_a_described_group_that_said_it_is_that_group(extract):
    got = labels(extract("The Association of Train Operating Companies welcomed the plans. "
                         "Rail campaigners said they would fight any attempt to shut rural routes."))
    assert any(a == "Rail campaigners" and r == "opposes" for a, r, _ in got), got
    assert not any(a == "Association of Train Operating Companies" and r == "opposes" for a, r, _ in got), got



def test_being_unhappy_with_or_wary_of_a_plan_opposes_it(extract):
    got = labels(extract("Some Labour backbenchers are also unhappy with the religious hatred bill."))
    assert any(r == "opposes" and t and "bill" in t and "backbenchers" in a for a, r, t in got), got
    got = labels(extract("Some Labour MPs in Wales are also wary of the assembly changes."))
    assert any(r == "opposes" and t and "changes" in t and "MPs" in a for a, r, t in got), got
