"""How the rules cut targets from the parse, tenth round (second part): one test each, from
train sentences or written for the test (never the seeds): an owner the gazetteer does not
name stays in the phrase, a party's demands are the demands and not the party, what an
object is called is part of the act, and a proposed change stays proposed."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, expected", [
    # from a train article (BBC politics 2004-05): Dr Fox is no actor of the gazetteer, his view is the target
    ("Tory peer Lord Tebbit said he agreed with Dr Fox's view, and said the case should be looked at on its merits.",
     ("Tebbit", "supports", "Dr Fox's view")),
    # written for this test
    ("The senator said she agreed with the court's ruling.", ("Senator", "supports", "court's ruling")),
])
def test_an_owner_not_named_stays_in_the_phrase(extract, text, expected):
    assert expected in triples(extract(text))


@pytest.mark.parametrize("text, expected", [
    # from a train article (BBC politics 2004-05): the Tories' demands, not the Tories
    ("His comments come after the Liberal Democrats backed Tory demands that the government's plans be put on hold.",
     ("Liberal Democrats", "supports", "Tory demands")),
    # written for this test
    ("The Greens backed Labour demands that the tax be scrapped.", ("Greens", "supports", "Labour demands")),
])
def test_a_party_before_its_demands_is_their_owner(extract, text, expected):
    assert expected in triples(extract(text))


@pytest.mark.parametrize("text, expected", [
    # from a train article (BBC politics 2004-05): what things are called is the act
    ("Labour MP Louise Ellman said the hypnotism image was insensitive but urged people not to rush to call "
     "things anti-Semitic when they only challenged Tory policies.",
     ("Louise Ellman", "opposes", "call things anti-Semitic")),
    # written for this test
    ("The minister urged voters not to call the plan unfair.", ("Minister", "demands", "not to call plan unfair")),
])
def test_what_an_object_is_called_is_part_of_the_act(extract, text, expected):
    assert expected in triples(extract(text))


@pytest.mark.parametrize("text, expected", [
    # from a train article (BBC politics 2004-05): the coders wrote "proposed changes", "changes in such benefits"
    # (the "in" of a change is kept since probebbc19)
    ("However, backbench Labour MP Karen Buck warned against proposed changes in such benefits.",
     ("Karen Buck", "opposes", "proposed changes in benefits")),
    # written for this test
    ("The union opposes the proposed changes to pensions.", ("Union", "opposes", "proposed changes to pensions")),
])
def test_a_proposed_change_stays_proposed(extract, text, expected):
    assert expected in triples(extract(text))
