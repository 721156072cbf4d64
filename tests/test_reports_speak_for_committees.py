"""Reports that speak for their authors (kg.extract.authors): a report of members who are only
described ("a new MPs' report") speaks for the committee the next sentences name (train bbc_17's
gold); each text here is written for its test."""
from __future__ import annotations


def actors(statements) -> set[str]:
    return {st.actor.label for st in statements}


def test_a_members_report_speaks_for_the_committee_named_after_it(extract):
    got = actors(extract("Ministers must scrap the bedroom tax, says a new MPs' report.\n\n"
                         "The influential Commons transport committee was responding to the budget."))
    assert "Commons transport committee" in got, got
    got = actors(extract("Ministers must cut hospital waiting lists, says a report by MPs.\n\n"
                         "The Commons health committee said the targets had been missed."))
    assert "Commons health committee" in got, got


def test_a_members_report_with_no_committee_named_stays_theirs(extract):
    got = actors(extract("Ministers must cut hospital waiting lists, says a report by MPs."))
    assert "MPs" in got, got
