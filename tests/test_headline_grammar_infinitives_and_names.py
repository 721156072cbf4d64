"""Headlines written for this round (BBC 2004-05, 2016 wire and 2025 styles): headline grammar
(no articles, present tense for the past, "as" clauses) read as the coders read it."""
from __future__ import annotations

from conftest import labels


def headline(statements) -> set[tuple]:
    return labels(st for st in statements if st.sentence.start == 0)


def test_a_headline_surname_the_tagger_took_for_a_thing(extract):
    # "Straw" alone opening a headline is tagged a PRODUCT; the body names Jack Straw in full
    text = ("Straw hails Iraq election turnout\n\n"
            "Foreign Secretary Jack Straw said the vote was a success for the Iraqi people.\n")
    got = headline(extract(text))
    assert any(a == "Jack Straw" and r == "praises" for a, r, _ in got), got


def test_an_as_clause_act_is_its_own_subjects(extract):
    # "as minister rejects ...": the tagger reads "rejects" as a plural noun; the rejection is the
    # minister's, not that of the name opening the headline
    text = ("Blair backs Brown as minister rejects pay offer\n\n"
            "Tony Blair gave his support to Gordon Brown on Tuesday.\n")
    got = headline(extract(text))
    assert not any(a == "Tony Blair" and r == "rejects" for a, r, _ in got), got
    assert ("Minister", "rejects", "pay offer") in got, got


def test_a_headline_asides_name_is_no_actor(extract):
    # "Pelosi, stumping for Biden, trashes Trump": the tagger reads "trashes" as a plural noun, the
    # subject of "stumping"; the one trashing is Pelosi, and no one is called "Trashes"
    text = ("Pelosi, stumping for Biden, trashes Trump\n\n"
            "House Speaker Nancy Pelosi campaigned for Joe Biden in Michigan on Monday.\n")
    got = headline(extract(text))
    assert ("Nancy Pelosi", "opposes", "Donald Trump") in got, got
    assert not any(a in {"Joe Biden", "Trashes"} for a, _, _ in got), got


def test_a_name_read_as_an_adverb_is_the_object(extract):
    # "slams Trump": the parser hangs "Trump" on the verb as an adverb
    text = ("Obama, stumping for Clinton, slams Trump.\n\n"
            "President Barack Obama campaigned for Hillary Clinton in Ohio on Friday.\n")
    got = headline(extract(text))
    assert ("Barack Obama", "opposes", "Donald Trump") in got, got
    assert ("Barack Obama", "supports", "Hillary Clinton") in got, got


def test_a_headline_infinitive_is_an_act_to_come(extract):
    # headline grammar: "X to do Y" is "X will do Y"
    body = "\n\nThe announcement came on Tuesday.\n"
    got = headline(extract("Government to ban smoking in pubs" + body))
    assert ("Government", "proposes", "ban smoking") in got, got
    got = headline(extract("Blair to back Brown for leader\n\nTony Blair will speak on Tuesday about Gordon Brown.\n"))
    assert ("Tony Blair", "supports", "Gordon Brown") in got, got


def test_a_headline_infinitive_of_no_act_is_no_pledge(extract):
    for text in ("Hospitals to get extra cash", "Brown to face MPs over pensions", "Plans to scrap fees unveiled",
                 "Pressure grows on Blair to quit"):
        got = headline(extract(text + "\n\nThe announcement came on Tuesday.\n"))
        assert not got, (text, got)


def test_a_wire_headlines_owner_and_name(extract):
    # "Germany's Merkel defends ...": the parser makes "defends" an adjective of "policy"; the one
    # defending is Merkel, not Germany
    text = ("Germany's Merkel defends refugee policy after attacks\n\n"
            "German Chancellor Angela Merkel spoke in Berlin on Thursday.\n")
    got = headline(extract(text))
    assert ("Angela Merkel", "supports", "refugee policy") in got, got
    assert not any(a == "Germany" for a, _, _ in got), got


def test_a_headline_subject_read_as_a_modifier(extract):
    # "Labour attacks ...": the parser makes "Labour" an adjective of the verb, which has no subject
    got = headline(extract("Labour attacks Tory tax plans\n\nThe party said the plans were unfair.\n"))
    assert ("Labour Party", "opposes", "Tory tax plans") in got, got


def test_a_headlines_report_is_the_one_the_body_names(extract):
    text = ("Report attacks prison overcrowding\n\n"
            "A report by the Prison Reform Trust says jails in England are dangerously full.\n")
    got = headline(extract(text))
    assert ("Prison Reform Trust", "opposes", "prison overcrowding") in got, got


def test_a_pledge_quoted_after_a_headlines_colon(extract_learned):
    # "Name: 'We will ...'": the parser hangs the quoted clause on the name; it is still a pledge
    text = ("Trump: 'We will build the wall'\n\n"
            "Donald Trump spoke at a rally in Arizona on Wednesday.\n")
    got = headline(extract_learned(text))
    assert ("Donald Trump", "proposes", "wall") in got, got


def test_a_headlines_list_of_names_without_and(extract):
    # "Kerry, Lavrov agree ...": the parser hangs "Kerry" on the verb; both agree
    text = ("Kerry, Lavrov agree to push for Syria truce\n\n"
            "U.S. Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov met in Geneva.\n")
    got = headline(extract(text))
    assert ("John Kerry", "accepts", "Syria truce") in got, got
    assert ("Sergei Lavrov", "accepts", "Syria truce") in got, got
