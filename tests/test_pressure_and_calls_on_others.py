"""Positions named by nouns, with their actor inside the noun phrase: "U.S. pressure to curb
its activity", "Labour's call on the minister to resign". Each sentence is written for its test."""
from __future__ import annotations

from conftest import labels

HEAD = "Politics news.\n\n"  # a first line, so the sentence tested is no headline


def test_pressure_from_a_party_asks_for_what_follows(extract):
    # the presser asks for the act; the one who rebuffs it rejects the pressure
    got = labels(extract(HEAD + "China rebuffed U.S. pressure to curb its exports on Sunday."))
    assert ("United States", "demands", "curbing of exports") in got, got
    got = labels(extract(HEAD + "The minister is under pressure from Labour MPs to resign."))
    assert ("Labour MPs", "demands", "resignation") in got, got


def test_a_pressure_s_compound_is_its_kind_not_what_is_asked(extract):
    got = labels(extract(HEAD + "The council accepted the funding pressures."))
    assert ("Council", "accepts", "funding") not in got, got


def test_a_call_on_someone_to_act_asks_the_act(extract):
    # "call on X to Y": X is asked, Y is what is asked
    got = labels(extract(HEAD + "Labour's call on the minister to resign was rejected."))
    assert ("Labour Party", "demands", "resignation") in got, got
    assert ("Labour Party", "demands", "minister") not in got, got
    got = labels(extract(HEAD + "Washington's pressure on Beijing to curb its exports angered China."))
    assert ("United States", "demands", "curbing of exports") in got, got


def test_criticism_from_an_editor_is_the_editor_s(extract):
    # an editor is a person news describes: "criticism from the editor of X" opposes what drew it
    got = labels(extract(HEAD + "The poster prompted criticism from the editor of the newspaper."))
    assert ("Editor of newspaper", "opposes", "poster") in got, got
