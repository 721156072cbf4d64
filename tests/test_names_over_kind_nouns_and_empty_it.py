"""Actors credited to the wrong one: a body's untagged name after the noun for its kind, and an
"it" that stands for a "for ... to" clause; sentences from train articles (context sentences
written for the test)."""
from __future__ import annotations

from conftest import labels


def test_an_untagged_body_name_after_its_kind_noun_is_the_actor(extract):
    # train_pn_09: the parser makes "group" the head and "Club" its apposition; the NER tags no name
    got = labels(extract("Ted Cruz beat David Dewhurst in the runoff. The anti-tax group Club for Growth was one of "
                         "his biggest supporters, spending more than $5.5 million on the Senate race, the bulk of "
                         "it attacking Dewhurst."))
    assert any(a == "Club for Growth" for a, _, _ in got), got
    assert not any(a.lower().startswith("anti-tax group") for a, _, _ in got), got


def test_it_before_a_for_to_clause_is_no_body(extract):
    # train_w16_02: "it" stands for "for Scotland to lose its EU membership", not the EU named before
    got = labels(extract("The talks were held in Brussels. Earlier she had said it would be \"democratically "
                         "unacceptable\" for Scotland to lose its EU membership in the face of an overwhelming "
                         "Scottish vote to remain."))
    assert not any(a == "European Union" for a, _, _ in got), got


def test_it_a_verb_of_judging_finds_hard_is_no_body(extract_learned):
    # train_bbc_15: "I find it hard to believe that ...": the "it" is the clause after "hard", no actor
    got = labels(extract_learned(
        "The Home Office said it could not comment on individual cases.\n\n"
        "The Liberal Democrats say they suspect the move is part of a package of security measures agreed with the US "
        "in order for the men to be allowed home from Guantanamo Bay.\n\n"
        "Home Affairs spokesman Mark Oaten also demanded assurances that the evidence against the men was not gained "
        "under torture. He added: \"The power should only be used in absolute extreme circumstances and I find it hard "
        "to believe that these conditions have been met this time.\" He said the move also raised complex questions "
        "about the use of the Royal Prerogative. The Liberal Democrats have promised to raise the issue in Parliament.\n"))
    assert not any(a == "Home Affairs" for a, _, _ in got), got


def test_a_horizontal_bar_is_a_dash_not_a_verb(extract):
    # train_pn_15: the parser read "―" as the root verb, and the big shots between the bars spoke
    got = labels(extract("Other prominent Republicans, like Richard Armitage, Henry Paulson and Brent Scowcroft ― "
                         "three former George W. Bush administration big shots ― have also said they're supporting "
                         "Clinton."))
    assert not any("shots" in a.lower() for a, _, _ in got), got
    assert any("Republicans" in a for a, _, _ in got), got
