"""Fixes found by reading kg's statements on news written for the 2016 probes (AP, Reuters and
Politico styles of the 2016 US campaign and world news); each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_dateline_with_its_state_is_no_actor(extract, extract_learned):
    # "WARREN, Mich. —": the city in capitals, its state in Title Case; the place takes no position
    text = "WARREN, Mich. — Hillary Clinton on Thursday promised to oppose the Trans-Pacific Partnership."
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert ("Hillary Clinton", "opposes", "Trans-Pacific Partnership") in got, got
        assert not any(a.lower().startswith("warren") for a, _, _ in got), got


def test_the_nominee_is_the_contender_named_before(extract):
    # "the Democratic nominee told workers", "The New York billionaire ...": the person just named
    got = labels(extract('Hillary Clinton spoke to workers in Michigan.\n\n"I oppose the Trans-Pacific Partnership '
                         'now," the Democratic nominee told them.\n\nDonald Trump hit back in Ohio. The New York '
                         'billionaire also criticized the pact.'))
    assert ("Hillary Clinton", "opposes", "Trans-Pacific Partnership") in got, got
    assert any(a == "Donald Trump" and r == "opposes" for a, r, _ in got), got
    assert not any("nominee" in a or "billionaire" in a for a, _, _ in got), got


def test_the_candidate_is_no_mayor_named_since(extract):
    # a mayor named after the candidate is not "the Republican presidential candidate"
    got = [st for st in extract('Donald Trump urged Mayor Bill de Blasio to restart the surveillance unit. De Blasio '
                                'disbanded it in April.\n\n"We ought to start it up again," the Republican '
                                'presidential candidate said.') if st.sentence.text.startswith('"We')]
    assert got and all(st.actor.label == "Donald Trump" for st in got), labels(got)


def test_a_nominee_to_be_is_no_one_named(extract):
    # "to become the Republican nominee": a copula's complement, no subject that names anyone
    got = labels(extract("Chris Christie praised the police. He hopes to become the Republican nominee."))
    assert ("Chris Christie", "praises", "police") in got, got


def test_leaders_with_a_word_before_are_their_own_group(extract):
    # "Labor leaders welcomed": those leaders, not the group the article named last ("Mexico and Canada")
    got = labels(extract("Donald Trump has vowed to withdraw from NAFTA if Mexico and Canada refuse.\n\n"
                         "Labor leaders welcomed Clinton's pledge."))
    assert any(a == "Labor leaders" and r == "supports" for a, r, _ in got), got
    assert not any(a == "Mexico and Canada" for a, _, _ in got), got


def test_would_not_of_ones_own_act_rejects_it(extract):
    # "said he would not even meet Garland", "would not recommend criminal charges": refusals
    got = labels(extract("Mitch McConnell said he would not even meet Merrick Garland. James Comey said he "
                         "would not recommend criminal charges against Hillary Clinton."))
    # (the meeting refused is the act rejected, the thirty-ninth session's meeting_acts; the scorer still
    # matches a gold "Merrick Garland" to it)
    assert ("Mitch McConnell", "rejects", "meet Merrick Garland") in got, got
    assert ("James Comey", "rejects", "criminal charges") in got, got


def test_a_meeting_that_did_not_happen_is_no_refusal(extract):
    got = labels(extract("Mitch McConnell did not meet Merrick Garland on Tuesday."))
    assert not any(r == "rejects" for _, r, _ in got), got


def test_no_one_in_particular_takes_no_position(extract, extract_learned):
    # "saying no American president would accept ...": a claim about anyone, not an act of the president's
    text = ("London Mayor Boris Johnson accused Obama of hypocrisy, saying no American president would accept "
            "the kind of control over U.S. laws that Brussels exercised over Britain.")
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert ("Boris Johnson", "accuses", "Barack Obama") in got, got
        assert not any(r == "accepts" for _, r, _ in got), got


def test_interference_is_a_verdict_against(extract_learned):
    got = labels(extract_learned('Nigel Farage said the president should stay out of a British decision. He called '
                                 'the remarks "a monstrous interference."'))
    assert ("Nigel Farage", "opposes", "remarks") in got, got


def test_a_nominee_named_beside_is_that_one(extract):
    got = labels(extract("Donald Trump spoke in Ohio. The Democratic nominee, Hillary Clinton, opposed the pact."))
    assert any(a == "Hillary Clinton" and r == "opposes" for a, r, _ in got), got
