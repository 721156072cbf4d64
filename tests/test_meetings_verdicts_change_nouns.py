"""Misses the probebbc19 round found on BBC-style politics news written for it; each sentence here is
written for its test."""
from __future__ import annotations

from conftest import labels


def test_each_unnamed_party_of_a_meeting_is_met(extract):
    got = labels(extract("Malcolm Wicks said he would meet union leaders and victims' groups next month."))
    assert ("Malcolm Wicks", "consults", "Union leaders") in got, got
    assert any(a == "Malcolm Wicks" and r == "consults" and t and "victims" in t.lower() for a, r, t in got), got


def test_companies_and_firms_are_parties_one_meets(extract):
    got = labels(extract("Malcolm Wicks will meet energy companies on Monday."))
    assert any(r == "consults" and t and t.lower() == "energy companies" for _, r, t in got), got
    got = labels(extract("Malcolm Wicks said he would meet energy companies and environmental groups."))
    assert any(r == "consults" and t and t.lower() == "energy companies" for _, r, t in got), got
    assert any(r == "consults" and t and t.lower() == "environmental groups" for _, r, t in got), got
    got = labels(extract("The minister met the conditions set by the firms."))
    assert not any(r == "consults" for _, r, _ in got), got


def test_a_warning_that_something_must_not_be_done_threatens_no_one(extract):
    got = labels(extract("The CBI welcomed the bill but warned that firms must not be punished for honest mistakes."))
    assert not any(r == "threatens" for _, r, _ in got), got
    assert any(r == "opposes" and t and "punish" in t for _, r, t in got), got
    got = labels(extract("The minister warned that the rebels would be punished."))
    assert any(r == "threatens" for _, r, _ in got), got


def test_scorn_for_a_report_or_a_deal_opposes_it(extract):
    for verdict in ("a whitewash", '"a whitewash"', "a cover-up", "a smokescreen", "a fudge", "a cop-out",
                    "shambolic", '"a catalogue of failures"'):
        got = labels(extract(f"Alex Salmond said the report was {verdict}."))
        assert ("Alex Salmond", "opposes", "report") in got, (verdict, got)


def test_saying_one_will_weigh_a_thing_proposes_nothing(extract):
    for sentence in ("Constitutional affairs minister Christopher Leslie said he would consider the report carefully.",
                     "The European Commission said it would study the ruling carefully.",
                     "The Conservatives said they would examine the detail carefully."):
        got = labels(extract(sentence))
        assert not any(r == "proposes" for _, r, _ in got), (sentence, got)
    got = labels(extract("Birmingham City Council leader Mike Whitby said the authority would review its procedures."))
    assert any(r == "proposes" and t and "procedures" in t for _, r, t in got), got


def test_a_change_keeps_what_it_is_in(extract):
    for phrase, label in (("investment in renewable energy", "investment in renewable energy"),
                          ("a cut in taxes", "cut in taxes"),
                          ("an increase in the minimum wage", "increase in minimum wage"),
                          ("a change in the law", "change in law")):
        got = labels(extract(f"Environment spokesman Norman Baker called for {phrase}."))
        assert ("Norman Baker", "demands", label) in got, (phrase, got)
    got = labels(extract("Norman Baker called for an increase in Scotland."))
    assert not any(t and "Scotland" in t for _, _, t in got), got
