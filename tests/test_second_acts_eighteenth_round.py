"""An actor's second statement in a sentence is another act the rules read before a further
object of the same act: "agreed to release the hostages and the bodies ..., but demanded
guarantees" keeps the demand."""
from __future__ import annotations


def test_a_second_act_before_a_second_object(extract_learned):
    # written for this test (wire style, 2025)
    text = ("Hamas said it had agreed to release ten living hostages and the bodies of 18 others in exchange for "
            "Palestinian prisoners, but demanded guarantees that the war would end.")
    got = {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in extract_learned(text)}
    assert ("Hamas", "demands", "guarantees") in got, got
    assert any(a == "Hamas" and r == "accepts" for a, r, _ in got), got
