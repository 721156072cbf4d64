"""Fixes found by reading kg's statements on news written in the styles of BBC politics 2004-05 and
2016 wire news; each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_voting_a_thing_down_rejects_it(extract):
    # "MPs voted it down": a refusal by vote, as "turned it down"
    got = labels(extract("Peers had backed a compromise that would have allowed licensed hunting, "
                         "but MPs voted it down by 321 votes to 204."))
    assert ("MPs", "rejects", "compromise") in got, got
    got = labels(extract("The Senate voted down the bill on Tuesday."))
    assert ("Senate", "rejects", "bill") in got, got


def test_a_spokesman_of_a_named_owner_is_not_another_spokesman(extract):
    # "the prime minister's official spokesman" is his spokesman as described, not the
    # Lib Dem spokesman the article names further on
    text = ("Tony Blair has backed a compromise on hunting.\n\n"
            "The prime minister's official spokesman rejected the claim.\n\n"
            "Lib Dem rural affairs spokesman Andrew George said the row showed the need to reform the Lords.")
    got = labels(extract(text))
    assert any("spokesman" in a and r == "rejects" and t == "claim" for a, r, t in got), got
    assert not any(a == "Andrew George" and t == "claim" for a, _, t in got), got


def test_calling_someone_to_discuss_consults_them(extract):
    # "called Lavrov ... to discuss": a telephone call, as "telephoned"; "called on" stays a demand
    got = labels(extract("Philip Hammond called Sergei Lavrov on Sunday to discuss the truce."))
    assert ("Philip Hammond", "consults", "Sergei Lavrov") in got, got
    got = labels(extract("Philip Hammond telephoned Sergei Lavrov on Sunday."))
    assert ("Philip Hammond", "consults", "Sergei Lavrov") in got, got
    got = labels(extract("Philip Hammond called on Sergei Lavrov to discuss the truce."))
    assert not any(r == "consults" for _, r, _ in got), got


def test_a_surname_after_a_particle_is_the_persons_not_a_place(extract):
    # "de Lima said": the senator named in full before, not Peru by its capital
    text = ("Senator Leila de Lima, a critic of the president, accused the police of killing suspects.\n\n"
            '"We cannot build a nation on a pile of bodies," de Lima said.')
    got = labels(extract(text))
    assert not any(a == "Peru" for a, _, _ in got), got
    assert any(a == "Leila de Lima" for a, _, _ in got), got
