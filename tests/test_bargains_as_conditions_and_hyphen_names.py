"""Bargains are conditions: "demanded X in return for Y" makes X the condition of Y, and "offered X in
return for Y", "agreed to back it in exchange for Y" make Y the condition of X; the demand or the
offer keeps its own statement. Sentences from train and the probes, and one written for its test."""
from __future__ import annotations

from conftest import labels


def conditioned(got):
    return [(a, t, of.label if of is not None else None) for a, r, t, of in got if r == "conditions"]


def with_of(statements):
    return [(s.actor.label, s.relation.value, getattr(s.target, "label", None),
             s.condition_of) for s in statements]


def test_a_demand_in_return_for_cooperation_is_its_condition(extract):
    out = extract("The Tories failed to hold onto power in 1974 after Liberals demanded Sir Edward Heath quit "
                  "in return for co-operation.")
    got = conditioned(with_of(out))
    assert any(a == "Liberals" and of == "co-operation" for a, _, of in got), got
    assert not any(r == "demands" and t == "resignation" for _, r, t in labels(out)), labels(out)  # coded once


def test_a_demand_in_exchange_for_a_support_is_its_condition(extract):
    out = extract("The Greens leader Adam Bandt said his party would demand a freeze on rents and a ban on new coal "
                  "and gas projects in exchange for supporting a minority Labor government.")
    got = conditioned(with_of(out))
    assert ("Adam Bandt", "freeze on rents", "supporting minority Labor government") in got, got


def test_an_offer_in_return_for_an_act_is_conditioned_on_the_act(extract):
    out = extract("The Afghan government signed a peace agreement on Thursday with the militant group, offering "
                  "him an amnesty in return for renouncing violence.")
    got = conditioned(with_of(out))
    assert ("Afghan government", "renouncing violence", "amnesty") in got, got
    assert ("Afghan government", "proposes", "amnesty") in labels(out), labels(out)


def test_a_promise_in_return_for_safe_passage_is_conditioned_on_it(extract):
    got = conditioned(with_of(extract("The rebels promised to release the hostages in return for safe passage.")))
    assert any(a == "Rebels" and t == "safe passage" for a, t, _ in got), got


def test_a_hostage_release_asked_is_no_condition_without_a_bargain(extract):
    got = conditioned(with_of(extract("The rebels demanded the release of jailed militants.")))
    assert got == [], got


def test_an_exchange_inside_the_demanded_subject_is_no_condition_of_the_demander(extract):
    got = conditioned(with_of(extract("The prisoner's handover, in return for two soldiers, had been demanded by "
                                      "the European Union.")))
    assert got == [], got


# hyphenated names with a lower-case particle (kg/name_hyphens.py): one organisation, whole
def test_a_name_linked_by_a_particle_is_one_target(extract):
    got = labels(extract("India blamed Jaish-e-Mohammed for the attack."))  # written for this test
    assert ("India", "accuses", "Jaish-e-Mohammed") in got and not any(t == "mohammed" for _, _, t in got), got


def test_a_name_linked_by_a_particle_is_one_actor(extract):
    got = labels(extract("Hizb-ut-Tahrir called for a boycott of the election."))  # written for this test
    assert any(a == "Hizb-ut-Tahrir" for a, _, _ in got), got


def test_a_party_name_linked_by_a_particle_acts(extract):
    got = labels(extract("Imran Khan's Tehreek-e-Insaf party rejected the election result."))
    assert any("Tehreek-e-Insaf" in a and r == "rejects" for a, r, _ in got), got



def test_a_bargain_told_in_an_accusation_is_no_condition_of_the_accuser(extract):
    # from a world2016 probe
    got = conditioned(with_of(extract("Opposition figures and lawyers said the islands were Egyptian and accused the "
                                      "government of giving them away in exchange for Saudi aid.")))
    assert got == [], got


def test_a_deal_agreed_in_return_for_rewards_is_its_terms(extract):
    # from a world2016 probe
    got = conditioned(with_of(extract("The European Union and Turkey agreed on Friday a deal to send back migrants "
                                      "who cross the Aegean Sea to Greece, in return for political and financial "
                                      "rewards for Ankara.")))
    assert got == [], got
