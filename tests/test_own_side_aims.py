"""A speaker who tells of another side's aim ("Vucic said the protesters wanted to seize power") does not
take it; his own side's aim he does ("Sun said China wanted ..."). Each sentence is written here for its test."""
from __future__ import annotations

from conftest import labels


def speakers(statements) -> set[str]:
    return {st.actor.label for st in statements}


def test_a_plural_sides_aim_told_by_a_named_speaker_is_not_his(extract):
    got = labels(extract("Vucic said the protesters wanted to seize power."))
    assert not any(a == "Vucic" for a, _, _ in got), got
    got = labels(extract("Trump said the Democrats wanted open borders."))
    assert not any(a == "Donald Trump" for a, _, _ in got), got


def test_another_partys_plan_told_by_a_named_speaker_is_not_his(extract):
    got = labels(extract("Starmer said Reform UK planned to sell off the NHS."))
    assert not any(a == "Keir Starmer" for a, _, _ in got), got


def test_his_own_sides_aim_is_still_his(extract):
    got = labels(extract("Labour leader Keir Starmer said Labour would cut hospital waiting lists."))
    assert any(a == "Keir Starmer" for a, _, _ in got), got
    got = labels(extract("Merz said Germany would reform the debt brake."))
    assert any(a == "Friedrich Merz" for a, _, _ in got), got
    got = labels(extract("Adam Marshall, director general of the British Chambers of Commerce, said that "
                         "businesses want a clear timetable for exit."))
    assert any(a == "Adam Marshall" and r == "demands" for a, r, _ in got), got


def test_a_foreign_states_aim_is_not_the_speakers(extract):
    got = labels(extract("Trump said China wanted to steal American jobs."))
    assert not any(a == "Donald Trump" and r in {"supports", "demands", "proposes"} for a, r, _ in got), got


def test_a_side_named_with_would_is_still_the_speakers_plan(extract):
    # a party's plan told as what it will do is the speaker's own pledge (BBC-style written sentence)
    got = labels(extract("Shadow home secretary David Davis said the Conservatives would support the bill "
                         "only if it included a sunset clause."))
    assert any(a == "David Davis" for a, _, _ in got), got
