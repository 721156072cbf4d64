"""Headlines the small model cannot parse (names kept in Title Case lines by the
article's own spelling, a cue verb read as a plural noun) and commands in
someone's words. Sentences of train articles, or written for the test (never
the seeds)."""
from __future__ import annotations

import pytest

from conftest import triples


def test_a_title_case_headline_keeps_the_names_its_article_capitalises():
    from kg.extract.headlines import for_parser
    from kg.lexicon import load_lexicon

    # from a train article (US politics 2016): no gazetteer knows Carson
    text = ("Ben Carson Defends Himself Against Claims He Exaggerated His Life Story.\n\n"
            "On Sunday, Dr Ben Carson said reporters had it wrong, and Carson said he would not quit.")
    head = for_parser(text, load_lexicon()).split("\n")[0]
    assert head == "Ben Carson defends himself against claims he exaggerated his life story."


def test_a_long_title_case_headline_with_its_full_stop_is_a_headline():
    from kg.extract.headlines import is_title_case

    # from a train article (US politics 2016): fourteen words, every one capitalised
    assert is_title_case("After Trump Heard What His Fox News Nemesis Just Said, He Instantly Unleashes On Twitter.")


@pytest.mark.parametrize("text, expected", [
    # headlines from train articles (US politics 2016), parsed with their verbs as plural nouns
    ("Biden, stumping for Clinton, trashes Trump\n\nJoe Biden campaigned for Hillary Clinton in Scranton. "
     "Donald Trump was not there.", ("Joe Biden", "opposes", "Donald Trump")),
    ("Trump calls for bringing back surveillance of Muslim communities\n\nDonald Trump spoke on Monday.",
     ("Donald Trump", "demands", "bringing back surveillance of Muslim communities")),
])
def test_a_headline_verb_read_as_a_noun_still_acts(extract, text, expected):
    assert expected in triples(extract(text))


def test_a_headline_role_acts_in_the_words_of_the_headline(extract):
    # from a train article (BBC politics 2004-05): coders name the actor as the headline does
    got = triples(extract("Police chief backs drinking move\n\nA chief constable has spoken."))
    assert ("Police chief", "supports", "drinking move") in got
    # a thing opening the headline acts for no one
    assert not triples(extract("Pension strike talks stall\n\nUnions met on Monday."))


@pytest.mark.parametrize("text, expected", [
    # a headline of a train article (BBC politics 2004-05), with a body written for the test
    ("Protect whistleblowers, TUC says\n\nThe TUC spoke on Monday.", ("Trades Union Congress", "demands", "protect whistleblowers")),
    # written for this test
    ('"Stop the war now and bring our troops home," the protesters chanted.', ("protesters", "demands", "halt of war")),
])
def test_a_command_in_someones_words_demands_the_act(extract, text, expected):
    assert expected in triples(extract(text))


@pytest.mark.parametrize("text", [
    # from a train article (BBC politics 2004-05): a list of what a party can do, no command
    "The Tories claim they can improve services and cut taxes through efficiency savings.",
    # written for this test: the listener is addressed, no issue
    '"Look, we will win this," Trump said.',
])
def test_a_bare_verb_that_commands_no_one_demands_nothing(extract, text):
    assert not any(t[1] == "demands" for t in triples(extract(text)))
