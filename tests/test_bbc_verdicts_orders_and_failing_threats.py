"""Stances the BBC-politics probe writers (probebbc4) found missed on news they wrote in the
style of 2004-05 UK politics stories; each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def rels(statements, actor: str) -> set[str]:
    return {st.relation.value for st in statements if st.actor.label == actor}


def test_too_little_too_late_is_a_verdict_against(extract):
    got = extract("Health spokesman Paul Burstow said the plan was too little, too late.")
    assert "opposes" in rels(got, "Paul Burstow"), labels(got)
    got = extract("Paul Burstow said the bill was too timid.")
    assert "opposes" in rels(got, "Paul Burstow"), labels(got)


def test_too_important_to_ignore_is_no_verdict_against(extract):
    got = extract("Paul Burstow said the issue was too important to ignore.")
    assert "opposes" not in rels(got, "Paul Burstow"), labels(got)


def test_an_act_judged_with_for_and_to_is_opposed(extract):
    got = extract("Shadow home secretary David Davis said it was absurd for judges in Strasbourg to tell "
                  "Parliament who could vote.")
    assert "opposes" in rels(got, "David Davis"), labels(got)


def test_losing_control_reported_accuses(extract):
    got = labels(extract("Conservative co-chairman Liam Fox said Mr Blair had lost control of his own party."))
    assert any(a == "Liam Fox" and r == "accuses" and "Blair" in (t or "") for a, r, t in got), got


def test_what_risks_harm_is_opposed(extract):
    got = extract("Trevor Phillips said the posters risked alienating ethnic minority voters.")
    assert ("Trevor Phillips", "opposes", "posters") in labels(got), labels(got)


def test_the_trust_is_the_trust_just_named(extract):
    got = labels(extract("The Prison Reform Trust welcomed the ruling. The trust called on the government "
                         "to change the law before the election."))
    assert any(a == "Prison Reform Trust" and r == "demands" for a, r, _ in got), got


def test_ordering_a_crackdown_demands_it(extract):
    got = labels(extract("Health Secretary John Reid has ordered a crackdown on dirty hospitals."))
    assert any(a == "John Reid" and r == "demands" and "crackdown" in (t or "") for a, r, t in got), got


def test_a_penalty_for_those_who_fail_threatens(extract):
    got = labels(extract("Health Secretary John Reid said hospitals which failed to cut infections would face "
                         "tough action."))
    assert any(a == "John Reid" and r == "threatens" for a, r, _ in got), got

