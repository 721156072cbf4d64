"""Constructions the rules did not read: relative clauses that carry the act, a summing-up
apposition ("an idea Turkey has championed"), a "whose" object the parser took for a subject,
verbs of scorn. Each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_the_name_after_a_whose_noun_is_the_doer(extract):
    # the parser hangs "Trump" on "war record" as an apposition;
    # he attacks, the one whose record it is is attacked
    got = labels(extract("Kelli Ward challenged Senator John McCain, whose war record Trump attacked."))
    assert ("Donald Trump", "opposes", "John McCain") in got, got
    # and on the verb as a compound, the noun its passive subject
    got = labels(extract("Kelli Ward challenged Senator John McCain, whose war record Trump belittled."))
    assert ("Donald Trump", "opposes", "John McCain") in got, got


def test_verbs_of_scorn_oppose(extract):
    got = labels(extract("The opposition leader derided the budget."))
    assert any(r == "opposes" and t == "budget" for _, r, t in got), got


def test_a_summing_up_apposition_stands_for_what_it_sums_up(extract):
    # "an idea Turkey has championed" is the safe zones Germany wants; "a move welcomed by" the budget
    got = labels(extract("Germany wants safe zones in Syria, an idea Turkey has long championed."))
    assert ("Turkey", "supports", "safe zones") in got, got
    got = labels(extract("The budget, a move welcomed by Brussels, passed on Monday."))
    assert ("European Union", "supports", "budget") in got, got
    assert not any(t == "move" for _, _, t in got), got


def test_a_relative_clause_under_a_demand_states_its_act(extract):
    # the groups are urged to disarm; their rejection, in a "who" clause, is done, not demanded
    got = labels(extract("The United Nations urged the Syrian rebel groups who have rejected the deal to disarm."))
    assert ("Syrian rebel groups", "rejects", "deal") in got, got


def test_some_of_a_kind_under_a_speaker_act_themselves(extract):
    # "some MPs" are a part apart from the named one who reports them: the threat is theirs
    got = labels(extract("Mr Pound said some MPs had threatened to resign."))
    assert any(a == "MPs" and r == "threatens" for a, r, _ in got), got
    assert not any(a == "Pound" for a, _, _ in got), got


def test_an_as_clause_echoes_its_main_clause(extract):
    # "as the unions have demanded": what they demanded is the main clause
    got = labels(extract("The government must scrap the tax, as the unions have demanded."))
    assert ("Unions", "demands", "scrapping of tax") in got, got
    got = labels(extract("The council will close the library, as the mayor proposed."))
    assert any(a == "Mayor" and r == "proposes" and t and "library" in t for a, r, t in got), got
