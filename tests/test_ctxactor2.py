"""Actors not named in their sentence (second round): who a pronoun, a document or a quotation's
context names; each sentence here is written for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_they_after_a_counted_group_in_a_clause_is_that_group(extract):
    # the sentence before has a thing for its main subject; the group marches in its "as" clause
    got = labels(extract("The minister's remarks came as thousands of farmers marched in the capital. "
                         "They demanded an end to the tax."))
    assert ("Farmers", "demands", "end to tax") in got, got
