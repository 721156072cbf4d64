"""Rule readings the learned stages used to lose in their decision; each sentence here is written for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label.lower() if st.target else None) for st in statements}


def test_a_rule_target_left_out_of_the_options_stays_the_rules(extract_learned):
    # the target stage never offers an apposition or a denied act; the rule read them on purpose
    got = labels(extract_learned("The ministry denied that it planned a U-turn on the tax."))
    assert ("Ministry", "rejects", "u-turn on tax") in got, got
    got = labels(extract_learned("Senator Mary Jones, one of the fiercest critics of the plans, condemned the "
                                 "debate as a farce."))
    assert ("Mary Jones", "opposes", "plans") in got, got
    got = labels(extract_learned("Senator Mary Jones, a long-time advocate of tax cuts, spoke in the debate."))
    assert ("Mary Jones", "supports", "tax cuts") in got, got
