"""Reported speech with no cue word still credits its speaker (``kg.extract.unheard_reports``): the
learned stages read his position in the clause below their threshold, and the sentence stayed
silent; about half of the gold statements in silent sentences of train and the probes sit in such
a clause ("X said [the plan would fail]")."""
from __future__ import annotations

import pytest

from conftest import labels


@pytest.mark.parametrize("text, actor, relation", [
    # train (BBC, 2005): a claim about what a policy does to people, against it
    ("Mike German, leader of the Liberal Democrats in the assembly, claimed that one in three homes were still "
     "likely to face council tax rises due to rebanding.", "Mike German", "opposes"),
    # train (BBC, 2005): the speaker's own conduct defended by what he insists
    ("At a news conference, Mr Howard insisted he had played by the party's rules.", "Michael Howard", "supports"),
])
def test_a_reported_clause_credits_its_speaker(extract_learned, text, actor, relation):
    got = labels(extract_learned(text))
    assert any(a == actor and r == relation for a, r, _ in got), got


def test_no_report_without_a_clause(extract_learned):
    # written for this test: a speech verb with no reported clause makes no position
    got = labels(extract_learned("Mike German, leader of the Liberal Democrats in the assembly, spoke on Tuesday."))
    assert not got, got


def test_a_reported_clause_is_never_a_bare_says(extract_learned):
    # train (BBC, 2005): the fallback names a position or nothing; "says" is for direct quotations
    got = labels(extract_learned("Mr Prescott said MPs were entitled to complain about discipline after reading "
                                 "recent press reports."))
    assert not any(r == "says" for _, r, _ in got), got
