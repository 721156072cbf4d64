"""Relations the rules read better in the tenth round, one test each, from train sentences or
written for the test (never the seeds): a pledge or a commitment puts the pledger's own act
forward (proposes, not supports) and a pledged stance stays that stance, "hopes" alone name a prospect,
not a stance, a counted population one hosts is no party one consults, an expectation that something
will happen is a forecast, not a demand, and a verdict on acting against X is a stance on X."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, expected", [
    # from a train article (world news 2016): coded proposes (or supports)
    ("The launch comes a day after the U.S. and South Korea pledged to deploy an anti-missile system to "
     "counter threats from Pyongyang.", ("United States", "proposes")),
    # from a train article (BBC politics 2004-05): coded proposes only
    ("Mr Kennedy is going into the looming election pledged to increase taxation.", ("Kennedy", "proposes")),
    # from a train article (BBC politics 2004-05): a commitment given is a pledge
    ('Lord Falconer told BBC News: "We have given a commitment to put into the bill a clause that says nothing '
     'in the bill authorises any act where the motive is to end life."', ("Lord Falconer", "proposes")),
])
def test_a_pledge_of_ones_own_act_proposes_it(extract, text, expected):
    got = {(a, r) for a, r, _ in triples(extract(text))}
    assert expected in got
    assert (expected[0], "supports") not in got


@pytest.mark.parametrize("text", [
    # from a train article (BBC politics 2004-05): the party's prospects, no stance on an election
    "A meeting of the Parliamentary Labour Party saw a succession of normally loyal members warn that feuding "
    "could jeopardise Labour's election hopes.",
    # from a train article (BBC politics 2004-05): his hopes unravel, he takes no position in this sentence
    "Hours later Sir Edward's hopes of a deal unravelled as Mr Thorpe's colleagues refused to support him.",
])
def test_hopes_without_a_light_verb_are_no_support(extract, text):
    assert not [t for t in triples(extract(text)) if t[1] == "supports"]


def test_a_hope_expressed_still_supports(extract):
    # written for this test
    got = triples(extract("Putin expressed the hope that the talks would lead to a settlement."))
    assert ("Vladimir Putin", "supports", "settlement") in got


@pytest.mark.parametrize("text", [
    # from a train article (world news 2016)
    "Keeping refugees on the Syrian side of the border would help Brussels and Ankara, which hosts 2.7 million "
    "Syrian refugees, stem the flow of migrants to European shores.",
    # from a train article (world news 2016)
    "Okinawa hosts 50,000 U.S. nationals, including 30,000 military personnel and civilian contractors.",
])
def test_a_counted_population_hosted_is_not_consulted(extract, text):
    assert not [t for t in triples(extract(text)) if t[1] == "consults"]


def test_a_leader_hosted_is_consulted(extract):
    # written for this test
    assert ("Vladimir Putin", "consults", "Recep Tayyip Erdogan") in triples(extract("Putin hosted Erdogan in Sochi on Monday."))


@pytest.mark.parametrize("text, expected", [
    # written for this test: a pledge (now proposes) of a stance still takes the stance
    ("Merkel pledged to support Greece.", ("Angela Merkel", "supports", "Greece")),
    # written for this test: as a promise of one
    ("Merkel promised to back the plan.", ("Angela Merkel", "supports", "plan")),
    # written for this test: a commitment given to a stance is that stance
    ("French President Francois Hollande reiterated his commitment to supporting the rebels.",
     ("François Hollande", "supports", "rebels")),
])
def test_a_pledged_stance_is_the_stance(extract, text, expected):
    assert expected in triples(extract(text))


def test_an_expectation_that_something_will_happen_is_a_forecast_not_a_demand(extract):
    # from a train article (US politics 2016): coded opposes (of the measures), never demands
    got = triples(extract("Sunday on CNN's \"Fareed Zakaria GPS,\" when asked about Republican presidential nominee "
                          "Donald Trump, President Barack Obama said he expected that Americans will say \"no\" to "
                          "Trump's policy measures."))
    assert not [t for t in got if t[1] == "demands"]


def test_an_expectation_of_another_actors_act_is_still_a_demand(extract):
    # written for this test
    assert ("Ukraine", "demands", "lifting of sanctions") in triples(extract("Ukraine expects the West to lift the sanctions."))


def test_a_verdict_against_denying_something_supports_it(extract):
    # from a train article (BBC politics 2004-05): coded supports; the denial is judged, not done
    got = triples(extract("Prime Minister Tony Blair has defended the Licensing Act, saying it is wrong to deny people "
                          "the relaxed hours enjoyed elsewhere in Europe because of a \"tiny minority\" of violent "
                          "binge drinkers."))
    assert ("Tony Blair", "supports", "relaxed hours") in got
    assert not [t for t in got if t[1] in {"opposes", "rejects"}]


def test_a_verdict_for_opposing_something_opposes_it(extract):
    # written for this test
    assert ("Labour Party", "opposes", "tax rise") in triples(extract("Labour said it was right to oppose the tax rise."))


@pytest.mark.parametrize("text, expected", [
    # written for this test: the clause judged had lost its own cue and left only "support Ukraine" as a topic
    ("The minister said it was important to support Ukraine.", ("Minister", "supports", "Ukraine")),
    # written for this test: backing a country is a stance on it, no praise of it
    ("Merkel said it was right to back Greece.", ("Angela Merkel", "supports", "Greece")),
])
def test_a_verdict_for_supporting_something_supports_it(extract, text, expected):
    assert expected in triples(extract(text))
