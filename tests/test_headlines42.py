"""A stance voiced by a light verb ("expressed concern", "voiced support", "raised objections") whose
complement the parser hangs past a phrase of when or where ("on Monday", "at the meeting", "in a
statement"): the phrase is the occasion, not what the stance is about; the complement after it is."""
from __future__ import annotations

from conftest import labels

import pytest


OCCASION_WORDS = ("monday", "wednesday", "meeting", "statement")


@pytest.mark.parametrize("text, actor, relation, target", [
    # probe37a: "Southeast Asian leaders expressed deep concern on Monday over the unilateral tariffs imposed by ..."
    ("Southeast Asian leaders expressed deep concern on Monday over the unilateral tariffs imposed by the United States.",
     "Southeast Asian leaders", "opposes", "tariffs"),
    ("The senator voiced opposition on Wednesday to the bill.", "senator", "opposes", "bill"),
    ("Germany raised objections at the meeting to the proposal.", "Germany", "opposes", "proposal"),
    ("The ministry expressed concern in a statement over the tariffs.", "ministry", "opposes", "tariffs"),
])
def test_a_stance_past_its_occasion_finds_its_target(extract, extract_learned, text, actor, relation, target):
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert any(a.lower().endswith(actor.lower()) and r == relation and t is not None and target.lower() in t.lower()
                   and not any(w in t.lower() for w in OCCASION_WORDS) for a, r, t in got), got


@pytest.mark.parametrize("text", [
    "The ministry expressed concern at a news conference over the tariffs.",
    "The senator voiced opposition on Wednesday to the bill.",
])
def test_the_occasion_is_no_target(extract, text):
    got = labels(extract(text))
    assert not any(t is not None and ("conference" in t.lower() or "wednesday" in t.lower()) for _, _, t in got), got


def test_a_visit_is_no_misplaced_complement(extract):
    # "during a visit to Kyiv": the visit's own complement; no stance toward Kyiv is read through it
    got = labels(extract("The minister expressed concern during a visit to Kyiv."))
    assert not any(r == "opposes" and t is not None and "kyiv" in t.lower() for _, r, t in got), got
