"""A step taken, told in a headline's present tense (probe headlines of the 2025, world 2016 and BBC 2004
kinds; the negatives written in their style): what is scrapped, suspended or sacked is rejected, a pact
sealed or a law passed accepted; a person suspended, a blow struck or a body's sentence are no such act."""
from __future__ import annotations

from conftest import labels

BODY = "\n\nOfficials spoke to reporters on Wednesday."


def test_a_treaty_suspended_is_rejected(extract):
    got = labels(extract("India suspends Indus Waters Treaty, Pakistan warns of 'act of war'" + BODY))
    assert any(a == "India" and r == "rejects" and "treaty" in t.lower() for a, r, t in got), got


def test_pardons_scrapped_are_rejected(extract):
    got = labels(extract("Macedonia's president scraps pardons after EU and U.S. pressure" + BODY))
    assert any(r == "rejects" and t == "pardons" for _, r, t in got), got


def test_a_policy_dumped_is_rejected(extract):
    got = labels(extract("Dutton dumps work-from-home policy as Albanese promises cheaper home loans" + BODY))
    assert any(a == "Dutton" and r == "rejects" and t == "work-from-home policy" for a, r, t in got), got


def test_ties_cut_reject_the_one_after_with(extract):
    got = labels(extract("Saudi Arabia cuts ties with Iran after embassy attack" + BODY))
    assert ("Saudi Arabia", "rejects", "Iran") in got, got


def test_a_law_passed_and_a_coalition_sealed_are_accepted(extract):
    got = labels(extract("Senate passes 27th Amendment amid opposition walkout; PTI vows countrywide protests" + BODY))
    assert ("Senate", "accepts", "27th Amendment") in got, got
    got = labels(extract("Babiš seals coalition with far right as Pavel demands conflict-of-interest fix" + BODY))
    assert any(r == "accepts" and t == "coalition" for _, r, t in got), got


def test_no_step_against_a_person_or_without_a_pact(extract):
    for head in ("Police suspend officer after Brixton shooting", "Thai court suspends PM Paetongtarn over leaked call",
                 "Unions strike a blow for low-paid workers"):
        got = labels(extract(head + BODY))
        assert not any(r in {"rejects", "accepts"} for _, r, _ in got), (head, got)


def test_only_in_the_headline(extract):
    got = labels(extract("Officials spoke on Wednesday.\n\nThe council suspends the parking scheme every winter."))
    assert not any(r == "rejects" for _, r, _ in got), got
