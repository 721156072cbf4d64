"""A headline's second clause that reacts to the first with no object of its own ("..., opposition cries foul",
"..., Government says no", "...; China protests"): the reacting side takes its stance on what the first clause acts
on (probe headlines, and one written for the test)."""
from __future__ import annotations

from conftest import labels

BODY = "\n\nThe story continues here with other matters."


def test_critics_cry_foul_oppose_what_the_first_clause_defends(extract):
    got = labels(extract("Egypt's Sisi defends handover of Red Sea islands to Saudi Arabia as critics cry foul" + BODY))
    assert any(a == "Critics" and r == "opposes" and "handover" in t for a, r, t in got), got


def test_a_refusal_after_a_comma_rejects_what_was_signed(extract):
    got = labels(extract("Nawrocki signs far-right Mentzen's declaration ahead of Polish presidential run-off, "
                         "Trzaskowski refuses" + BODY))
    assert any(a == "Trzaskowski" and r == "rejects" and "declaration" in t for a, r, t in got), got


def test_a_protest_after_a_semicolon_opposes_the_first_clauses_object(extract):
    got = labels(extract("South Korea, U.S. to deploy THAAD anti-missile system; China protests" + BODY))
    assert any(a == "China" and r == "opposes" and "THAAD" in t for a, r, t in got), got


def test_saying_no_rejects_the_demand(extract):
    got = labels(extract("Unions demand inquiry into rail closures, Government says no" + BODY))
    assert any(a == "Government" and r == "rejects" and "inquiry" in t for a, r, t in got), got


def test_a_reaction_opening_a_body_sentence_is_none(extract):
    got = labels(extract("Ministers met on Monday.\n\nThe unions refuse." + BODY))
    assert not any(r == "rejects" for _, r, _ in got), got


def test_the_first_clause_is_no_content_of_the_reaction(extract):
    got = labels(extract("Thai voters approve junta-backed constitution, opposition cries foul" + BODY))
    assert any(a == "Thai voters" and r == "accepts" and "constitution" in t for a, r, t in got), got
    assert not any(a == "Opposition" and r == "accepts" for a, r, _ in got), got


def test_a_noun_read_as_a_bare_verb_after_a_verb_read_as_a_noun(extract):
    got = labels(extract("Kim Moon-soo proposes candidacy merger with Lee Jun-seok, Lee rejects offer" + BODY))
    assert any(r == "rejects" and t == "offer" and a.startswith("Lee") for a, r, t in got), got


def test_a_bid_launched_is_proposed(extract):
    got = labels(extract("MPs launch bid to impeach Blair" + BODY))
    assert ("MPs", "proposes", "bid to impeach Blair") in got, got


def test_a_bid_confirmed_is_proposed_with_what_it_is_for(extract):
    got = labels(extract("Ouattara confirms bid for fourth term as Thiam's exclusion stirs anger\n\n"
                         "President Alassane Ouattara of Ivory Coast spoke in Abidjan on Tuesday."))
    assert any(r == "proposes" and t == "bid for fourth term" for _, r, t in got), got


def test_a_launch_of_no_bid_proposes_nothing(extract):
    got = labels(extract("Russia launches strikes on Kyiv" + BODY))
    assert not any(r == "proposes" for _, r, _ in got), got
