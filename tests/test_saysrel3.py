"""Quotations that carry a position by their own words (saysrel3); each sentence here is written for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_wanting_to_thank_is_thanking(extract):
    # "I want to thank X" thanks X as it is said: a performative, no wish for a thanks to come
    got = labels(extract('"I want to thank the volunteers for everything they have done," Mayor Linda Park said.'))
    assert ("Linda Park", "praises", "volunteers") in got, got
    got = labels(extract('"We want to congratulate the nurses on their work," Mayor Linda Park said.'))
    assert any(a == "Linda Park" and r == "praises" and (t or "").startswith("nurses") for a, r, t in got), got
    # another's wish is no act of the speaker's
    got = labels(extract("Mayor Linda Park wants the council to thank the volunteers."))
    assert not any(r == "praises" for _, r, _ in got), got
