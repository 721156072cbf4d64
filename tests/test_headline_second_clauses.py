"""Headline grammar: "A does X, B urges Y" -- the parser hangs the first clause on the second's speech verb as
what is urged or warned of; when that verb has a thing of its own to ask or warn of, the first clause is its own
act. Headlines from the probes (world2016, 2025 kinds)."""
from __future__ import annotations

from conftest import labels


def test_a_clause_before_urge_with_an_object_is_its_own_act(extract):
    got = labels(extract("Gambia's Jammeh rejects election result, West African leaders urge handover\n\n"
                         "The leaders met on Saturday."))
    assert any(a.endswith("Jammeh") and r == "rejects" and t == "election result" for a, r, t in got), got
    assert any(r == "demands" and t == "handover" for _, r, t in got), got


def test_a_clause_before_warns_of_is_its_own_act(extract):
    got = labels(extract("NATO invites Montenegro to join, Russia warns of response\n\nThe alliance met on Wednesday."))
    assert any(a == "NATO" and r == "proposes" for a, r, _ in got), got


def test_a_clause_before_demands_with_an_object_is_its_own_act(extract):
    got = labels(extract("Rahul Gandhi accuses Election Commission of 'vote chori', EC demands affidavit\n\n"
                         "The opposition leader spoke on Thursday."))
    assert any(a == "Rahul Gandhi" and r == "accuses" for a, r, _ in got), got


def test_a_reported_clause_before_a_hearer_stays_reported(extract):
    # "tells reporters": the hearer is no thing asked; the first clause is what is told
    got = labels(extract("Mali rejects foreign troops, minister tells Reuters\n\nThe government said on Monday."))
    assert any(r == "rejects" and t == "foreign troops" for _, r, t in got), got
