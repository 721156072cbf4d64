"""Negative quantifiers the probe writers found misread on news they wrote: "nobody" as the doer of an
act does not do it, and what "helps nobody" helps none; each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_an_act_nobody_does_is_no_act_of_the_speaker(extract):
    got = labels(extract('"Nobody is proposing that we scrap the carbon tax," Finance Minister Paschal Donohoe said.'))
    assert not any(r == "proposes" for _, r, _ in got), got
    got = labels(extract("None of the parties supports the new tax, Finance Minister Paschal Donohoe said."))
    assert not any(r == "supports" for _, r, _ in got), got


def test_what_helps_nobody_is_opposed(extract):
    got = labels(extract('"This trade war helps nobody," Chancellor Rachel Reeves said.'))
    assert not any(r == "supports" for _, r, _ in got), got
    assert ("Rachel Reeves", "opposes", "trade war") in got, got


def test_one_called_the_speakers_choice_is_backed(extract):
    got = labels(extract("Vice President Joe Biden said Hillary Clinton was the only choice for Americans who know "
                         "what it is like to struggle."))  # train_pn_05
    assert ("Joe Biden", "supports", "Hillary Clinton") in got, got
    assert ("Joe Biden", "accuses", "Hillary Clinton") not in got, got
    got = labels(extract('Former congressman Chris Shays backed John Kasich. "Hillary Clinton is my next choice," '
                         'Shays said.'))  # train_pn_15, written around
    assert ("Chris Shays", "supports", "Hillary Clinton") in got, got
    got = labels(extract("Senator Joe Smith said Ms Murphy was the wrong choice for the party."))
    assert not any(r == "supports" for _, r, _ in got), got


def test_one_said_to_have_crossed_a_red_line_is_accused(extract):
    got = labels(extract("Defence Minister Rustem Umerov said Russia had crossed a red line."))
    assert ("Rustem Umerov", "accuses", "Russia") in got, got
    got = labels(extract("Defence Minister Rustem Umerov said the convoy had crossed the border."))
    assert not any(r == "accuses" for _, r, _ in got), got


def test_a_warning_that_wrongdoers_will_be_held_to_account_threatens(extract):
    # (the threat in the warning's words: "held to account" where it says so, as probe gold codes it)
    for text, said in (("Interior Minister Ali Yerlikaya warned that those who looted shops would be held to account.",
                        "held to account"),
                       ("Interior Minister Ali Yerlikaya warned that rioters would be held accountable.", "accountability")):
        got = labels(extract(text))
        assert ("Ali Yerlikaya", "threatens", said) in got, got
