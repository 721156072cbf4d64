"""Fixes found by reading kg's statements on news written in the styles of The Hindu, Yonhap, France 24,
The Straits Times, The Independent and The Globe and Mail (May 2025); each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_going_further_before_the_act_asked_is_no_act_of_its_own(extract):
    # "urged the government to go further and negotiate a customs union": the demand is the customs union
    got = labels(extract("Liberal Democrat leader Ed Davey urged the government to go further and negotiate "
                         "a customs union with the EU."))
    assert ("Ed Davey", "demands", "customs union") in got, got
    assert not any(t == "go further" for _, _, t in got), got
    got = labels(extract("Liberal Democrat leader Ed Davey urged the government to go further."))
    assert ("Ed Davey", "demands", "go further") in got, got


def test_questioning_an_announcement_opposes_it(extract):
    got = labels(extract("Congress general secretary Jairam Ramesh questioned the U.S. announcement."))
    assert any(a == "Jairam Ramesh" and r == "opposes" and "announcement" in (t or "") for a, r, t in got), got


def test_questioning_a_person_is_an_interrogation(extract):
    for text in ("Police questioned the suspect for six hours.", "The committee questioned the minister about the deal.",
                 "Senator Mary Jones was questioned by the committee."):
        got = labels(extract(text))
        assert not any(r == "opposes" for _, r, _ in got), (text, got)
