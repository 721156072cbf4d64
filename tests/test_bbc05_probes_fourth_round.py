"""Fixes found by reading kg's statements on BBC News Online politics stories of 2004-05 written
for this probe (control orders, tuition fees, smoking ban, pensions); each sentence is written here."""
from __future__ import annotations

from conftest import labels


def test_a_total_ban_is_not_a_partial_ban(extract):
    # the degree of a ban is the issue itself: "a complete ban" is what the doctors want, not "a ban"
    got = labels(extract("BMA chairman James Johnson urged ministers to introduce a complete ban."))
    assert ("James Johnson", "demands", "complete ban") in got, got
    got = labels(extract("The Liberal Democrats said they would support a total ban on smoking."))
    assert any(a == "Liberal Democrats" and r == "supports" and t.startswith("total ban") for a, r, t in got), got


def test_it_in_a_clause_of_its_own_takes_up_the_thing_named_before_it(extract):
    # "it" is the constitution of the same sentence, not the Eurosceptics criticised just before
    got = labels(extract('He said it was a "modest, sensible document" and criticised the Eurosceptics for '
                         'scaremongering. Gordon Brown has said little in public about the constitution, but '
                         'allies insisted he supports it.'))
    assert ("Gordon Brown", "supports", "constitution") in got, got
    assert ("Gordon Brown", "supports", "Eurosceptics") not in got, got
    # a noun of the clause "it" is in is no antecedent: "in our third term ... break it" is not the term
    got = labels(extract("Mr Smith backed the reforms. In our third term we have to defend it, he said."))
    assert not any(t == "term" or t == "third term" for _, _, t in got), got


def test_he_said_his_party_would_act_credits_him(extract):
    # reported speech credits the speaker, named a sentence before: his party's act to come is his stance
    got = labels(extract("Tory leader Michael Howard accused the prime minister of trying to rush the measures "
                         "through Parliament. He said the Conservatives would only back the bill if ministers "
                         "agreed to a sunset clause."))
    assert ("Michael Howard", "conditions", "sunset clause") in got, got
    assert not any(a in {"Conservatives", "Conservative Party"} for a, _, _ in got), got
