"""Leftovers other helpers found and had no time to fix; each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_stance_participle_in_a_reported_clause_is_its_subjects(extract):
    # "were committed to": a stance Labour alleges of the Tories. Labour holds no such stance, and an
    # allegation is not the Tories' own position (train codes "claiming Mr Howard and other senior Tories
    # were obsessively committed to cutting public spending" as the claimer's accusation and opposition,
    # not as the Tories' support): a stance relayed as fact, "said the Tories were committed to", still is
    got = labels(extract("Labour claimed the Tories were committed to cutting public spending."))
    assert not any(a == "Labour Party" and r == "supports" for a, r, _ in got), got
    assert not any(a == "Conservative Party" and r == "supports" for a, r, _ in got), got
    got = labels(extract("Labour said the Tories were committed to cutting public spending."))
    assert any(a == "Conservative Party" and r == "supports" for a, r, _ in got), got


def test_a_stance_held_by_a_plural_is_not_the_reporters(extract):
    # the minister reports the unions' stance; he does not hold it
    got = labels(extract("The unions are opposed to the reforms, the minister said."))
    assert not any(a == "Minister" and r == "opposes" for a, r, _ in got), got
    assert ("Unions", "opposes", "reforms") in got, got


def test_an_office_of_two_words_in_lower_case_is_an_actor(extract):
    got = labels(extract("The health secretary dismissed the nurses' demand for a pay rise."))
    assert any(a.lower() == "health secretary" and r == "rejects" for a, r, _ in got), got


def test_opposed_by_an_agent_is_the_agents_act(extract):
    got = labels(extract("The pension reform was opposed by the unions."))
    assert any(a == "Unions" and r == "opposes" and "reform" in (t or "") for a, r, t in got), got
    got = labels(extract("Most MPs are opposed to the bill."))  # "opposed to": the subject's stance
    assert any("MPs" in a and r == "opposes" for a, r, _ in got), got


def test_a_counted_crowd_that_protests_is_an_actor(extract):
    got = labels(extract("Tens of thousands of people marched against the new labour law."))
    assert any("thousands of people" in a and r == "opposes" for a, r, _ in got), got
    got = labels(extract("Thousands of Kenyans rallied in support of the opposition leader."))
    assert any("Kenyans" in a and r == "supports" for a, r, _ in got), got
    assert not any(a == "Kenya" for a, _, _ in got), got  # the crowd, not its state
