"""Sentences where kg kept no statement at all: constructions that carry a position and that
no rule read; each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_call_to_act_tagged_as_a_verb_names_its_act(extract, extract_learned):
    # the parser tags "call" a verb and hangs the infinitive on it as its xcomp: the call still
    # names the act it asks for
    text = "George Will's call to abandon Trump was ignored."
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert any(a == "George Will" and r == "demands" and t and "abandon" in t for a, r, t in got), got


def test_turning_ones_back_on_a_thing_rejects_it(extract, extract_learned):
    text = "Several unions are turning their backs on the pay deal."
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert any(r == "rejects" and t and "pay deal" in t for _, r, t in got), got


def test_criticism_prompted_from_someone_is_theirs(extract, extract_learned):
    # "prompt" receives a nominal act as "draw" and "spark" do: whoever "from" names takes it
    text = "The new housing policy prompted criticism from Labour MPs."
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert any(a == "Labour MPs" and r == "opposes" and t and "housing policy" in t for a, r, t in got), got


def test_distressed_by_a_thing_opposes_it(extract, extract_learned):
    text = "The teachers' union was distressed by the new pay offer."
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert any(r == "opposes" and t and "pay" in t for _, r, t in got), got


def test_an_act_in_protest_over_a_thing_opposes_it(extract, extract_learned):
    # "in protest at/against/over" names what is opposed; resigning in protest is a stance, not a
    # withdrawal in someone's favour
    for text, target in (("Two ministers resigned in protest over the new security laws.", "security laws"),
                         ("Hundreds of nurses marched in protest against the pay cuts.", "pay cuts")):
        for run in (extract, extract_learned):
            got = labels(run(text))
            assert any(r == "opposes" and t and target in t for _, r, t in got), (text, got)
