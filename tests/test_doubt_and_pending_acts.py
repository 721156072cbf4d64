"""Wrong signs and missed stances on the news English of dissent; each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_idioms_of_doubt_and_dissent_oppose_what_they_aim_at(extract):
    # "took issue with", "cast doubt on", "poured cold water on": opposition to the issue, as "took aim at"
    got = labels(extract("Opposition leaders took issue with the government's housing plan."))
    assert ("Opposition leaders", "opposes", "government's housing plan") in got, got
    got = labels(extract("The senator cast doubt on the plan."))
    assert ("Senator", "opposes", "plan") in got, got
    got = labels(extract("The central bank poured cold water on the idea of a digital currency."))
    assert any(a == "Central bank" and r == "opposes" and t and "digital currency" in t for a, r, t in got), got
    # taking something somewhere is no stance
    got = labels(extract("The coach took the players to the stadium."))
    assert not any(r == "opposes" for _, r, _ in got), got


def test_an_act_not_yet_done_or_unlikely_is_no_stance(extract):
    # "has yet to endorse", "is unlikely to support": the act is not asserted, least of all as support
    for text in ("Labour has yet to endorse the plan.", "The senator has yet to back the bill.",
                 "The president is unlikely to support the bill."):
        got = labels(extract(text))
        assert not any(r == "supports" for _, r, _ in got), (text, got)
    got = labels(extract("Labour has endorsed the plan."))
    assert ("Labour Party", "supports", "plan") in got, got


def test_reservations_scepticism_and_doubts_voiced_oppose_their_issue(extract):
    # the nouns of doubt after a light verb, as "concern"; "raised doubts over" as "cast doubt on"
    got = labels(extract("Doctors expressed reservations about the new contract."))
    assert ("Doctors", "opposes", "contract") in got, got
    got = labels(extract("The senator voiced skepticism about the deal."))
    assert ("Senator", "opposes", "deal") in got, got
    got = labels(extract("The senator raised doubts about the nominee."))
    assert ("Senator", "opposes", "nominee") in got, got
