"""A vote against on an unless-clause, reported with "said", threatens the vote (as a block or a veto on one
does, and as a warned vote against does); the vote's opposition to its object stays: probe news2025 and
sentences written for the test."""
from __future__ import annotations

from conftest import labels


def test_a_vote_against_unless_another_acts_threatens_the_vote(extract):
    got = labels(extract("Junts secretary general Jordi Turull said the party would vote against the budget unless "
                         "Puigdemont could return."))
    assert ("Jordi Turull", "threatens", "vote against budget") in got, got
    assert any(r == "opposes" and t == "budget" for _, r, t in got), got  # the stance stays
    got = labels(extract("Senator Thom Tillis said he would vote against the nominee unless the White House released "
                         "the documents."))
    assert any(r == "threatens" and t is not None and t.startswith("vote against") for _, r, t in got), got


def test_a_vote_against_with_no_unless_clause_is_no_threat(extract):
    got = labels(extract("Junts secretary general Jordi Turull said the party would vote against the budget."))
    assert not any(r == "threatens" for _, r, t in got), got
    got = labels(extract("Harriet Harman warned that her party would vote against the budget unless the cuts were "
                         "dropped."))
    assert sum(r == "threatens" for _, r, t in got) == 1, got  # the warning's threat, not a second one
