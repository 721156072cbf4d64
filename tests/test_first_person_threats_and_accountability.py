"""Stances inside a speaker's own quotation, in the first person: what "we" or "I" will do if
another acts is the speaker's threat (the guidelines: '"... we will respond" -> threatens')."""
from __future__ import annotations

from conftest import labels


def test_our_act_if_another_acts_is_a_threat(extract):
    # probe news2025 (probe31a): an opposition leader's motion held over a prime minister's promise
    got = labels(extract('"If he breaks his promise, we will file a no-confidence motion immediately," '
                         'opposition leader Natthaphong Ruengpanyawut said.'))
    assert any(a == "Natthaphong Ruengpanyawut" and r == "threatens" and "no-confidence motion" in (t or "")
               for a, r, t in got), got
    # world2016 (probew16g): a party leader's threat on a condition put to another
    got = labels(extract('"If they don\'t, we will make this country ungovernable for him," EFF leader Julius Malema said.'))
    assert ("Julius Malema", "threatens", "make this country ungovernable for him") in got, got


def test_our_own_plan_on_our_own_condition_is_no_threat(extract):
    # written: a pledge on the speaker's own success threatens no one
    got = labels(extract('"If we win the election, we will build more homes," Labour leader Jan Novak said.'))
    assert not any(r == "threatens" for _, r, t in got), got
    # news2025 (probe33a): "as if" says how, on no condition
    got = labels(extract('"We will deal with this decision as if it does not exist," the Hezbollah statement said.'))
    assert not any(r == "threatens" for _, r, t in got), got


def test_those_who_must_be_held_accountable_is_a_demand_for_accountability(extract):
    # news2025 probes (probe28a, probe26a): the speaker demands accountability, not a "says" on the act
    got = labels(extract('"Those who ordered the firing must be held accountable," opposition leader Gagan Thapa said.'))
    assert ("Gagan Thapa", "demands", "accountability") in got, got
    got = labels(extract('"Those who pulled the trigger must be held to account," Amnesty director Irungu Houghton said.'))
    assert ("Irungu Houghton", "demands", "accountability") in got, got


def test_those_who_will_be_held_accountable_is_a_threat_of_accountability(extract):
    # news2025 probes (probe31b, probe34a): accountability a speaker says is to come threatens it
    got = labels(extract('"Whoever is involved, whether they are allies or not, will be held accountable," '
                         'palace press officer Claire Castro said.'))
    assert ("Claire Castro", "threatens", "accountability") in got, got
