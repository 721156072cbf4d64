"""Actors credited to the wrong one: a body's untagged name after the noun for its kind, and an
"it" that stands for a "for ... to" clause; sentences from train articles (context sentences
written for the test)."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_an_untagged_body_name_after_its_kind_noun_is_the_actor(extract):
    # train_pn_09: the parser makes "group" the head and "Club" its apposition; the NER tags no name
    got = labels(extract("Ted Cruz beat David Dewhurst in the runoff. The anti-tax group Club for Growth was one of "
                         "his biggest supporters, spending more than $5.5 million on the Senate race, the bulk of "
                         "it attacking Dewhurst."))
    assert any(a == "Club for Growth" for a, _, _ in got), got
    assert not any(a.lower().startswith("anti-tax group") for a, _, _ in got), got


def test_it_before_a_for_to_clause_is_no_body(extract):
    # train_w16_02: "it" stands for "for Scotland to lose its EU membership", not the EU named before
    got = labels(extract("The talks were held in Brussels. Earlier she had said it would be \"democratically "
                         "unacceptable\" for Scotland to lose its EU membership in the face of an overwhelming "
                         "Scottish vote to remain."))
    assert not any(a == "European Union" for a, _, _ in got), got
