"""Threats and refusals in shapes written news uses that kg missed: an act a side "would not
hesitate" to take, an answer vowed in force, and a plan or talk said not to exist. Each sentence
here is written for its test."""
from __future__ import annotations

from conftest import labels


def rels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value) for st in statements}


def test_an_act_one_would_not_hesitate_to_take_threatens(extract):
    got = rels(extract("Netanyahu said Israel would not hesitate to strike Iran's nuclear sites."))
    assert ("Benjamin Netanyahu", "threatens") in got, got
    got = rels(extract("The Foreign Office said Britain would not hesitate to impose sanctions on Moscow."))
    assert any(r == "threatens" for _, r in got), got


def test_not_hesitating_to_back_a_plan_is_no_threat(extract):
    got = rels(extract("Israel would not hesitate to back the plan, the minister said."))
    assert not any(r == "threatens" for _, r in got), got


def test_an_answer_vowed_in_force_threatens(extract):
    got = rels(extract("North Korea vowed to respond with a nuclear strike if attacked."))
    assert ("North Korea", "threatens") in got, got
    got = rels(extract("The minister vowed to respond to the concerns of farmers."))
    assert not any(r == "threatens" for _, r in got), got


def test_no_plans_to_act_rejects_the_act(extract):
    got = labels(extract("The Treasury said there were no plans to raise VAT."))
    assert any(r == "rejects" and t and "VAT" in t for _, r, t in got), got
    got = labels(extract("The Kremlin said there could be no talk of returning Crimea."))
    assert any(r == "rejects" and t and "Crimea" in t for _, r, t in got), got


def test_readiness_to_use_force_threatens_it(extract):
    got = labels(extract("China said it was ready to use military force against Taiwan."))
    assert ("China", "threatens", "military force") in got, got
    got = rels(extract("The minister said she was willing to use her veto."))
    assert not any(r == "threatens" for _, r in got), got


def test_homage_praises_and_a_mooted_act_is_proposed(extract):
    got = rels(extract("The mayor paid homage to the victims of the attack."))
    assert any(r == "praises" for _, r in got), got
    got = labels(extract("The Irish government mooted a referendum on the treaty."))
    assert any(r == "proposes" and t and "referendum" in t for _, r, t in got), got
