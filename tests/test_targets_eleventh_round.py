"""Targets where actor and relation are right, eleventh round: one test each, from train sentences
or written for the test (never the seeds): what the reporting clause says a quotation is about."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, expected", [
    # from a train article (US news 2016), its mocking clause cut (that clause is a stance of its own, below):
    # the quotation is filed under whom it was said of, not "weapons"
    ("\"As far as weapons, they'll use anything they can get,\" Trump said of terrorists.",
     ("Donald Trump", "says", "terrorists")),
    # from a train article (Brexit 2016): what he was asked about
    ("\"Something that is true can't be a scare, can it?,\" Farage told BBC radio when asked about the poster.",
     ("Nigel Farage", "says", "poster")),
    # written for this test: the question answered
    ("\"The sanctions will hurt nobody,\" the minister said in response to a question about the new tariffs.",
     ("minister", "says", "tariffs")),
])
def test_the_reporting_clause_names_what_a_quotation_is_about(extract, text, expected):
    assert expected in triples(extract(text))


def test_a_question_the_narrator_mentions_is_no_reporting_clause(extract):
    # written for this test: "questions about his record" is the story, not what the quote answers
    text = ("Smith is \"losing ground\" amid questions about his record, said Jones. "
            "\"Cruz and Rubio are moving up,\" Jones said.")
    assert ("Jones", "says", "record") not in triples(extract(text))


@pytest.mark.parametrize("text, expected", [
    # from a train article (BBC politics 2004-05): "them" are the ID cards, not the party named before
    ("Sources within the Conservative Party told the BBC Michael Howard has always been in favour of ID cards, "
     "and tried to introduce them when he was Home Secretary.", ("Michael Howard", "proposes", "ID cards")),
    # from a train article (BBC politics 2004-05)
    ("The measures passed into law virtually unnoticed after Mr Blunkett introduced them at a late stage of the "
     "Criminal Justice Bill.", ("David Blunkett", "proposes", "measures")),
])
def test_them_as_an_acts_object_is_the_things_named_before(extract, text, expected):
    assert expected in triples(extract(text))


@pytest.mark.parametrize("text, expected", [
    # from a train article (Reuters 2016): "it" is the plan just warned against, not the U.N.
    ("The U.N. has warned against the plan unless there was a way to guarantee the refugees' safety in the "
     "war-torn state. Aid workers have opposed it.", ("Aid workers", "opposes", "plan")),
    # written for this test
    ("The unions demanded a pay rise. Mr Johnson rejected it.", ("Boris Johnson", "rejects", "pay rise")),
])
def test_it_as_a_stances_object_is_the_issue_just_taken_up(extract, text, expected):
    assert expected in triples(extract(text))


@pytest.mark.parametrize("text, expected", [
    # from a train article (Brexit 2016): the act desired, not the place it is in
    ("Johnson, in his Telegraph piece, dismissed Scottish calls for another referendum, writing that he did not "
     "\"detect any real appetite to have another one soon,\" despite Scotland's clear desire to remain within Europe.",
     ("Scotland", "supports", "remain within Europe")),
    # written for this test
    ("Scotland wants to remain within Europe.", ("Scotland", "supports", "remain within Europe")),
])
def test_an_act_in_a_place_is_the_act(extract, text, expected):
    assert expected in triples(extract(text))


def test_mocking_the_concerns_of_a_said_of_clause_opposes_them(extract):
    # the whole train sentence: the gold codes Trump rejects/opposes "civil liberties concerns" beside the
    # said-of filing; since "mock" is a cue of scorn the stance is read and the quotation is not a bare says
    text = ("\"As far as weapons, they'll use anything they can get,\" Trump said of terrorists, mocking concerns "
            "about a potential erosion of civil liberties.")
    assert ("Donald Trump", "opposes", "concerns") in triples(extract(text))
