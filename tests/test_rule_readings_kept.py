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


def test_no_bare_says_beside_a_position_on_the_same_quotation(extract_learned):
    # the run's first sentence supports the libraries; a bare "says" of the same words about them repeats it
    text = ('Mary Jones, a councillor, spoke at the meeting on Monday.\n\n"They have been very clever and very '
            'effective at protecting the local libraries," she said. "The rest of the county should learn from them."')
    sts = extract_learned(text)
    got = labels(sts)
    assert ("Mary Jones", "supports", "protecting local libraries") in got, got
    assert ("Mary Jones", "says", "protecting local libraries") not in got, got
    assert any(st.quote is not None and st.quote.text.startswith("They have been") for st in sts), got
