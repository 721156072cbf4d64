"""Wire-style targets the 2025 probe rounds left: a thing called for with its purpose, a deadline demanded,
the bodies joined in an opposed act; each sentence here is written for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_a_thing_called_for_with_its_purpose_is_the_thing(extract):
    got = labels(extract("Its chair, Kenya's envoy Ruth Mbeki, called for a new fund to compensate countries for "
                         "losses caused by droughts."))
    assert any(a == "Ruth Mbeki" and r == "demands" and t and "fund" in t for a, r, t in got), got
    got = labels(extract("Maria Lopez called for Spain to support the workers."))  # a named side asked to act
    assert any(a == "Maria Lopez" and r == "demands" for a, r, t in got), got
    assert ("Maria Lopez", "demands", "Spain") not in got, got

