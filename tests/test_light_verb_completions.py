"""Targets given the right actor and relation: a light verb's object with what completes the act
("get his act together", "take things backwards") names the act, not the bare noun."""
from __future__ import annotations

from conftest import labels


def test_a_light_verb_with_its_completing_adverb_is_the_act(extract_learned):
    # train (wsj op-ed on Trump): "act" alone is no demand; "get his act together" is
    got = labels(extract_learned("In a scathing opinion piece, The Wall Street Journal called on Trump to get "
                                 "his act together or drop out in favor of his running mate."))
    targets = {t for _, r, t in got if r == "demands"}
    assert any(t and "act together" in t for t in targets), got
    assert "act" not in targets, got


def test_a_light_verb_with_a_direction_is_the_act(extract_learned):
    # train (Labour poster): what is opposed is taking things backwards, not "things"
    got = labels(extract_learned("Labour urged voters not to let the Tories take things backwards."))
    assert not any(t == "things" for _, _, t in got), got
    assert any(t and "things backwards" in t for _, _, t in got), got


def test_a_light_verb_object_that_is_the_issue_stays(extract_learned):
    # written: a carrier verb with no completing word keeps its object ("reach a deal": the deal)
    got = labels(extract_learned("The minister urged both sides to reach a deal quickly."))
    assert any(r == "demands" and t == "deal" for _, r, t in got), got
