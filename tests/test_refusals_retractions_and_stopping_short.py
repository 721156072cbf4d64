"""Relation choice: polarity and the relation a cue names, on sentences written for each test."""
from __future__ import annotations

from conftest import labels


def test_an_unwilling_actor_does_not_support(extract, extract_learned):
    # "unwilling to support" is a refusal, as "refused to support" is: the act under it flips
    text = "The finance minister was unwilling to support the pension reform."
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert not any(r == "supports" for _, r, _ in got), got
        assert any(r == "rejects" and t and "reform" in t for _, r, t in got), got


def test_support_withdrawn_is_no_support(extract, extract_learned):
    # "withdrew its support for" ends the support: the stance flips as "no longer supports" does
    text = "The farmers' federation withdrew its support for the trade agreement on Monday."
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert not any(r == "supports" for _, r, _ in got), got


def test_stopping_short_of_an_act_is_not_doing_it(extract, extract_learned):
    # "stopped short of calling for X" made no call; "stopped short of endorsing" gave no endorsement
    for run in (extract, extract_learned):
        got = labels(run("The senator stopped short of calling for the governor's resignation."))
        assert not any(r == "demands" for _, r, _ in got), got
        got = labels(run("The mayor stopped short of endorsing the new stadium plan."))
        assert not any(r == "supports" for _, r, _ in got), got


def test_no_question_of_an_act_rejects_it(extract, extract_learned):
    # "there is no question of X" rules X out
    text = "The minister said there was no question of charging patients for hospital visits."
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert any(r == "rejects" and t and "charg" in t for _, r, t in got), got
