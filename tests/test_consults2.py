"""Meetings, calls and visits (``consults``) the probe writers found missed on news they wrote; each
sentence here is written for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_each_party_met_in_a_second_act_is_kept(extract_learned):
    got = labels(extract_learned("Prime Minister Anthony Albanese condemned the missile launch and said he had spoken "
                                 "with President Lee Jae-myung and Prime Minister Shigeru Ishiba."))
    assert ("Anthony Albanese", "consults", "Lee Jae-myung") in got, got
    assert ("Anthony Albanese", "consults", "Shigeru Ishiba") in got, got
