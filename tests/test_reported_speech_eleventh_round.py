"""Positions inside reported speech the rules learned to read in the eleventh round, one test each,
from train sentences or written for the test (never the seeds): a passive of need is an obligation
without a modal, a modal in the second of two coordinated content clauses is still reported, and
words of criticism VADER rates weakly are verdicts on what they are said of."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, expected", [
    # from a train article (BBC politics 2004-05): coded demands preparatory work
    ("However, Norfolk police chief Andy Hayman also warned that a great deal of preparatory work was still needed.",
     ("Andy Hayman", "demands")),
    # written for this test
    ("The mayor said more money for the schools was required.", ("Mayor", "demands")),
])
def test_a_thing_said_to_be_needed_is_demanded(extract, text, expected):
    got = {(a, r) for a, r, _ in triples(extract(text))}
    assert expected in got


def test_a_thing_needed_inside_a_quotation_stays_a_quote(extract):
    # written for this test: a quotation's own needs are the quote rules' (a say), not this rule's
    got = triples(extract('"More work is needed," Andy Hayman said.'))
    assert not [t for t in got if t[1] == "demands"]


def test_an_obligation_in_a_coordinated_content_clause_is_demanded(extract):
    # from a train article (BBC politics 2004-05): coded demands (or supports) spending on workers' skills
    got = triples(extract("His assurances came after Sir Digby Jones said stability was all important and any "
                          "extra cash should be spent on improving workers' skills."))
    assert ("Digby Jones", "demands") in {(a, r) for a, r, _ in got}


def test_a_coordinated_main_clause_is_not_reported(extract):
    # written for this test: the second clause is the journalist's, not the mayor's
    got = triples(extract("The mayor said the budget was fine, and critics must now wait for the vote."))
    assert not [t for t in got if t[1] == "demands"]


@pytest.mark.parametrize("text, expected", [
    # from a train article (BBC politics 2004-05): coded opposes Labour's hypnotism poster
    ("Labour MP Louise Ellman said the hypnotism image was insensitive but urged people not to rush to call "
     "things anti-Semitic.", ("Louise Ellman", "opposes", "hypnotism image")),
    # from a train article (BBC politics 2004-05), inside its quotation
    ('But a Conservative spokeswoman said: "This poster campaign was a big misjudgement by Labour\'s campaign '
     'team."', ("Conservative spokeswoman", "opposes", "poster campaign")),
    # written for this test
    ("The union said the new rota was divisive and unworkable.", ("Union", "opposes", "rota")),
])
def test_weakly_rated_words_of_criticism_oppose(extract, text, expected):
    got = triples(extract(text))
    assert any(a == expected[0] and r == expected[1] and t is not None and expected[2] in t.lower()
               for a, r, t in got), got


def test_a_named_spokesman_states_his_sides_intent(extract):
    # from a train article (BBC politics 2004-05): coded Alan Milburn supports (or proposes) further reforms
    got = {(a, r) for a, r, _ in triples(extract(
        "Labour will continue to pursue controversial reforms if it wins a third term in power, the party's "
        "election chief Alan Milburn has said."))}
    assert ("Alan Milburn", "supports") in got
    assert ("Labour Party", "supports") not in got


def test_a_deed_reported_by_a_named_person_stays_its_doers(extract):
    # written for this test: Kerry relays Russia's acceptance, a deed done, not an intent he speaks for
    got = {(a, r) for a, r, _ in triples(extract("John Kerry said Russia had agreed to the ceasefire."))}
    assert ("Russia", "accepts") in got


def test_what_a_speaker_says_brings_harm_is_opposed(extract):
    # from a train article (world news 2016), shortened: coded George Soros opposes Brexit ("vote to leave")
    got = triples(extract("George Soros wrote in an article for Britain's Guardian newspaper on Tuesday that a vote "
                          "to leave would trigger a bigger, more disruptive devaluation in Britain's currency."))
    assert any(a == "George Soros" and r == "opposes" for a, r, _ in got), got


@pytest.mark.parametrize("text", [
    # written for this test: a good outcome brought about is no opposition
    "The minister said the reform would trigger a boom in house building.",
    # written for this test: an actor that causes harm is no issue opposed
    "The minister said Russia would trigger a recession.",
])
def test_no_opposition_without_harm_from_an_issue(extract, text):
    assert not [t for t in triples(extract(text)) if t[1] == "opposes"]


def test_the_one_warned_that_something_is_so_is_no_threat(extract):
    # from a train article (BBC politics 2004-05): a verdict told to the committee, no threat against it
    got = triples(extract("But Liberal Democrat spokesman Mark Oaten warned the MPs' committee that binding judges "
                          "too much might look like political interference."))
    assert not [t for t in got if t[1] == "threatens"]


def test_a_threat_told_to_the_one_warned_stays_a_threat(extract):
    # written for this test: the act announced is the threat
    got = triples(extract("Iran warned the United States that it would close the Strait of Hormuz."))
    assert any(a == "Iran" and r == "threatens" for a, r, _ in got)


def test_he_in_what_someone_says_is_the_speaker(extract):
    # from a train article (BBC politics 2004-05): Brown refuses, not Blair (the sentence's first subject)
    got = {(a, r) for a, r, _ in triples(extract(
        'Mr Blair has insisted he has done no deals over the premiership while Mr Brown says he will not let '
        '"gossip" distract him from helping a unified election campaign.'))}
    assert ("Brown", "rejects") in got
    assert not [a for a, r in got if r == "rejects" and "Blair" in a]


def test_an_attempt_is_judged_by_its_aim(extract):
    # from a train article (world news 2016): coded David Cameron opposes (or accuses) the poster
    got = triples(extract("Prime Minister David Cameron said the poster was an attempt to scare voters and divide "
                          "the electorate."))
    assert ("David Cameron", "opposes", "poster") in got


def test_an_attempt_with_a_mild_aim_is_no_verdict(extract):
    # written for this test
    assert not [t for t in triples(extract("The minister said the plan was an attempt to help farmers."))
                if t[1] == "opposes"]
