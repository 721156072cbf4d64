"""Positions a quotation carries that kg had filed as a bare ``says``; each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_verdict_noun_on_a_that_clause_judges_the_clause(extract):
    # "It is a shame that ...": the parser hangs the that-clause on the noun as a relative clause
    got = labels(extract('Union leader Bob Carter spoke on Tuesday. "It is a shame that the council closed '
                         'the library," Carter said.'))
    assert ("Bob Carter", "opposes", "close library") in got, got
    assert not any(r == "says" for a, r, _ in got if a == "Bob Carter"), got


def test_a_need_with_a_passive_infinitive_demands_the_act_on_its_subject(extract):
    # '"This leak needs to be investigated"': the subject sits on "needs", the act on the infinitive
    got = labels(extract('Mayor Tom Reyes spoke about the leak. "This leak needs to be investigated," Reyes said.'))
    # (named by the act's noun where topics.toml has one: the relation and the subject are what is tested)
    assert ("Tom Reyes", "demands", "investigation of leak") in got, got
    assert not any(r == "says" for a, r, _ in got), got


def test_a_verdict_against_an_act_not_done_accuses_who_fails_to_do_it(extract):
    # opposing "fund schools" would turn the verdict round: Labour is blamed for not doing it
    for text in ('Union leader Bob Carter spoke on Tuesday. "It is wrong that Labour does not fund the schools," '
                 'Carter said.',
                 'Union leader Bob Carter spoke on Tuesday. "It is a pity that Labour does not fund the schools," '
                 'Carter said.'):
        got = labels(extract(text))
        assert ("Bob Carter", "accuses", "Labour Party") in got, got
        assert ("Bob Carter", "opposes", "fund schools") not in got, got
