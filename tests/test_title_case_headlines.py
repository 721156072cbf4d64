"""Title Case headlines ("Trump Sides With Putin Over Intelligence Agencies"): the small model
tags every word a name; kg parses them in sentence case and reads a headline's act from its
words where the parse still fails. Each headline here is written for its test."""
from __future__ import annotations

from conftest import labels

BODY = "\n\nThe statement came late on Monday, officials said.\n"


def test_a_headline_opening_with_a_name_the_tagger_reads_as_a_verb(extract):
    # "Trump sides with ...": the tagger reads the opening name as the verb "trump" and "sides" as its object
    for head in ("Trump Sides With Putin Over Intelligence Agencies", "Trump sides with Putin over intelligence agencies"):
        got = labels(extract(head + BODY))
        assert ("Donald Trump", "supports", "Vladimir Putin") in got, (head, got)


def test_a_phrasal_cue_then_at(extract):
    # "fires back at X": the object comes after "at"
    for head in ("Starmer Fires Back At Unions On Health Bill", "Starmer fires back at unions on health bill"):
        got = labels(extract(head + BODY))
        assert any(a == "Keir Starmer" and t == "unions" and r == "opposes" for a, r, t in got), (head, got)


def test_a_name_after_a_title_keeps_its_capital(extract):
    # "Senator Warren": a name no gazetteer knows; lower-cased, "warren" became the actor's label
    got = labels(extract("Senator Warren Slams Banks Over Fees" + BODY))
    assert got and not any(a[:1].islower() for a, _, _ in got), got
    assert any("Warren" in a and r == "opposes" for a, r, _ in got), got


def test_a_titles_section_before_a_pipe_is_no_target(extract):
    # a scraped page's title carries its section ("Middle East|..."): no part of the act
    text = ("Middle East|ISIS Has Committed Genocide, Kerry Says\n\n"
            "Secretary of State John Kerry said on Thursday that Islamic State was responsible for genocide.\n")
    got = {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in extract(text)}
    assert not any(t and "|" in t for _, _, t in got), got
