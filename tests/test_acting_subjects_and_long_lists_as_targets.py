"""Targets given the right actor and relation: the act, not a word of it (written sentences)."""
from __future__ import annotations

from conftest import labels


def test_a_subject_with_an_intransitive_act_is_named_with_it(extract):
    # "the two firms should be working together": what is asked is that they work together, not the firms
    got = labels(extract("The minister said the two firms should be working closely together."))
    targets = {t for _, r, t in got if r == "demands"}
    assert any(t and "working" in t and "firms" in t for t in targets), got


def test_a_vocabulary_subject_stays_the_target(extract):
    got = labels(extract("The minister said the ceasefire must hold."))
    assert any(r == "demands" and t == "ceasefire" for _, r, t in got), got


def test_each_item_of_a_list_of_three_is_a_target(extract_learned):
    # "backed lower taxes, wider home ownership and changes to the pension system": three positions
    got = labels(extract_learned("Ann Smith, the minister, backed lower taxes, wider home ownership and "
                                 "changes to the pension system."))
    targets = {t for _, r, t in got if r == "supports"}
    assert any(t and "pension system" in t for t in targets), got
    assert any(t and "home ownership" in t for t in targets), got
