"""Relation choice where the actor is right (the relation confusions on train and the probes)."""
from __future__ import annotations

import pytest
from conftest import labels


@pytest.mark.parametrize("text, actor, target_word", [
    # from a probe article (world 2016): coded Getachew Reda · supports · state of emergency
    ("Government spokesman Getachew Reda rejected the criticism and said the measures were needed to protect "
     "lives and property.", "Getachew Reda", "measures"),
    # from a probe article (news 2025): coded Luis Caputo · supports · labour reform bill
    ("Economy Minister Luis Caputo said the reform was needed to attract investment and create formal jobs.",
     "Luis Caputo", "reform"),
    # written for this test: a reason given for the measure defends it
    ("The interior minister said the curfew was needed because the violence had spread.", "Interior minister", "curfew"),
])
def test_a_measure_said_needed_for_a_reason_is_defended(extract, text, actor, target_word):
    # the gold codes a thing justified as needed ("needed to protect lives") supports, not demands
    got = [t for t in labels(extract(text)) if t[2] and target_word in t[2].lower()]
    assert got and all(t[1] == "supports" for t in got), labels(extract(text))


def test_a_need_with_no_reason_still_demands(extract):
    # from a train article (BBC politics 2004-05): coded demands
    got = labels(extract("However, Norfolk police chief Andy Hayman also warned that a great deal of preparatory "
                         "work was still needed."))
    assert any(t[1] == "demands" and t[2] and "work" in t[2] for t in got), got


@pytest.mark.parametrize("text, actor, target_word", [
    # from a probe article (world 2016): coded Aleksandar Vucic · supports · good relations with Russia and the West
    ("Serbian Prime Minister Aleksandar Vucic said Belgrade wanted good relations with both Russia and the West.",
     "Aleksandar Vucic", "relations"),
    # from a probe article (news 2025): coded Shehbaz Sharif · supports · peace with neighbours
    ("Prime Minister Shehbaz Sharif said Pakistan wanted peace with all its neighbors.", "Shehbaz Sharif", "peace"),
    # written for this test
    ("The foreign minister said Ghana wanted closer cooperation with Nigeria.", "Foreign minister", "cooperation"),
])
def test_wanting_peace_or_relations_supports_them(extract, text, actor, target_word):
    # a state one's own side would share in (peace, relations, cooperation) wanted is a stance for it,
    # not a demand on others (probes 7 of 7 coded supports)
    got = [t for t in labels(extract(text)) if t[2] and target_word in t[2].lower()]
    assert got and all(t[1] == "supports" for t in got), labels(extract(text))


def test_wanting_a_thing_of_others_still_demands(extract):
    # from a train article (BBC politics 2004-05): coded demands
    got = labels(extract("The Tories want an annual limit on immigration and a quota for asylum seekers."))
    assert any(t[1] == "demands" and t[2] and "limit" in t[2] for t in got), got
