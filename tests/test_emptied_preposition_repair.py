"""A noun the small model made a clause of the verb while a preposition before it is left without
its object ("threatened strike action over government plans to cut jobs": "plans" a ccomp, "over"
empty) is that preposition's object; read as a clause it hid the whole sentence's act. The first
sentence is a probe's lead (bbc2004); the others are written for the test."""
from __future__ import annotations

from conftest import labels


def acts(statements) -> set[tuple[str, str]]:
    return {(actor, relation) for actor, relation, _ in labels(statements)}


def test_a_described_group_threatens_over_plans_to_cut(extract):
    got = acts(extract("Civil service unions have threatened national strike action over government "
                       "plans to cut more than 80,000 Whitehall jobs."))
    assert ("Civil service unions", "threatens") in got, got


def test_the_unions_threaten_over_plans_to_cut(extract):
    got = acts(extract("The unions have threatened national strike action over government plans to cut "
                       "more than 80,000 Whitehall jobs."))
    assert ("Unions", "threatens") in got, got
