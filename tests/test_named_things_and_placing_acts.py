"""Targets, second round: a target phrase keeps what makes it that thing (a name that tells which
deal, an owner's offer, a verb's object and particle, each person met); each sentence is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_name_that_tells_which_deal_is_praised_keeps_the_deal(extract):
    got = labels(extract("The chancellor praised the Munich agreement on Tuesday."))
    assert ("Chancellor", "praises", "Munich agreement") in got, got
    got = labels(extract("The minister praised the French plan."))
    assert ("Minister", "praises", "French plan") in got, got
    # an owner is still the one praised
    got = labels(extract("The senator praised Turkey's efforts to end the war."))
    assert ("Senator", "praises", "Turkey") in got, got


def test_a_placing_act_keeps_where_it_puts_its_object(extract):
    got = labels(extract("The president threatened to pull the country out of the treaty."))
    assert ("President", "threatens", "pull country out of treaty") in got, got
    got = labels(extract("The minister threatened to put Iran back on the blacklist."))
    assert ("Minister", "threatens", "put Iran back on blacklist") in got, got
    # no place named: the verb and its object as before
    got = labels(extract("The president threatened to pull the troops."))
    assert ("President", "threatens", "pull troops") in got, got
