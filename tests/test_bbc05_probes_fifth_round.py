"""Errors found on 2004-05 BBC politics stories written for the third BBC probe; each sentence is
written for its test (or taken from train)."""
from __future__ import annotations

from conftest import labels


def test_a_refusal_to_back_rejects(extract):
    # "refuse" is a cue of rejection: a refused backing rejects its object, it does not argue against it
    got = labels(extract("But the United States has so far refused to back the plan."))
    assert ("United States", "rejects", "plan") in got, got
    assert ("United States", "opposes", "plan") not in got, got


def test_the_wrong_alleged_by_of_is_no_part_of_the_accused(extract):
    # "accused the executive of a cover-up": the executive is accused; "of a cover-up" is the wrong alleged
    got = labels(extract("The Tory leader accused the executive of a cover-up."))
    assert ("Tory leader", "accuses", "executive") in got, got
    got = labels(extract("The union accused the minister of gross incompetence."))
    assert any(r == "accuses" and t == "minister" for _, r, t in got), got
    # a name's own "of" stays: "the Bank of England" is the one accused
    got = labels(extract("The union accused the Bank of England of complacency."))
    assert any(r == "accuses" and t == "Bank of England" for _, r, t in got), got


def test_a_harm_an_issue_would_do_opposes_the_issue(extract):
    # "warned that fining parents would hit the poorest families": the speaker's case against the fines,
    # no threat of theirs aimed at the families
    got = labels(extract("The Liberal Democrats warned that fining parents would hit the poorest families hardest."))
    assert ("Liberal Democrats", "opposes", "fining parents") in got, got
    assert not any(r == "threatens" for _, r, _ in got), got
    got = labels(extract("Business leaders warned that the new tax would hit small firms."))
    assert any(r == "opposes" and t and "tax" in t for _, r, t in got), got


def test_a_politically_motivated_claim_is_dismissed(extract):
    # "said the accusation was politically motivated": a motive imputed, against the accusation
    got = labels(extract("But Mr Adams said the accusation was politically motivated."))
    assert ("Adams", "rejects", "accusation") in got or ("Adams", "opposes", "accusation") in got, got
    assert not any(r == "supports" for _, r, _ in got), got
