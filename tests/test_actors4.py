"""Actors kg could not name: bodies written after the noun that describes them, oppositions;
each sentence here is written for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_a_body_named_after_its_description_is_its_name(extract):
    # the NER tags none of these names: the body is the name, not "anti-tax group Club"
    got = labels(extract("The anti-tax group Club for Growth opposed the tax bill."))
    assert ("Club for Growth", "opposes", "tax bill") in got, got
    got = labels(extract("The employers' federation Medef rejected the pension reform."))
    assert ("Medef", "rejects", "pension reform") in got, got
    got = labels(extract("The union Unite called for a strike."))
    assert ("Unite", "demands", "strike") in got, got
