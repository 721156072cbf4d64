"""Nouns that change the issue their complement names stay in the target ("restrictions on humanitarian
aid", "a referendum on EU membership"), and a nominal cue's compound content is named whole ("the minimum
wage proposal"); sentences from the probes (probew16g, probe37a, probe26a) and written ones."""
from __future__ import annotations

from conftest import labels


def test_a_head_that_changes_the_issue_stays(extract):
    got = labels(extract("Hofer has said Austria should hold its own referendum on EU membership if the bloc "
                         "moves towards greater centralisation."))
    assert any(r == "demands" and t and "referendum on EU membership" in t for _, r, t in got), got
    got = labels(extract("The charity condemned the restrictions on humanitarian aid entering the enclave."))
    assert any(r == "opposes" and t and "restrictions on humanitarian aid" in t for _, r, t in got), got


def test_a_compound_content_is_named_whole(extract):
    got = labels(extract("The BDA employers' federation criticised the minimum wage proposal, arguing that it "
                         "would cost jobs in eastern Germany."))
    assert any(r == "opposes" and t == "minimum wage" for _, r, t in got), got


def test_an_actor_compound_and_a_plain_alias_stay(extract):
    got = labels(extract("Sarah Palin's Trump endorsement angered Beck."))
    assert ("Sarah Palin", "supports", "Donald Trump") in got, got
