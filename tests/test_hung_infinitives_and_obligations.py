"""Statements in sentences the rules left silent (uncovered gold on train): a nominal cue whose infinitive
the parser hangs on the verb over the noun's preposition, and that verb's question read as no demand."""
from __future__ import annotations

from conftest import labels


def test_a_vow_asked_about_is_the_vower_s_not_a_demand_of_the_asker(extract):
    # written on the shape of train's "Did they talk about his constant vow to get Mexico to pay for the border wall"
    got = labels(extract("Reporters asked about Donald Trump's vow to build a border wall."))
    assert ("Donald Trump", "proposes", "border wall") in got, got
    assert not any(a == "Reporters" for a, _, _ in got), got


def test_a_vow_complained_about_names_its_infinitive(extract):
    # the parser hangs "to close" on "complained"; it is what the vow puts forward
    got = labels(extract("Doctors complained about Wes Streeting's vow to close the hospital."))
    assert any(a == "Wes Streeting" and r == "proposes" and t and "hospital" in t for a, r, t in got), got


def test_asking_someone_to_act_still_demands(extract):
    got = labels(extract("Labour asked the government to scrap tuition fees."))
    assert any(a == "Labour Party" and r == "demands" for a, r, _ in got), got


def test_saying_the_time_has_come_for_a_thing_asks_for_it(extract):
    # train: "Commission for racial equality chief Trevor Phillips argued on Sunday the time had come for such shortlists."
    got = labels(extract("Trevor Phillips argued on Sunday the time had come for ethnic minority shortlists."))
    assert ("Trevor Phillips", "demands", "ethnic minority shortlists") in got, got
    got = labels(extract("Labour said the time had not come for a referendum."))
    assert not any(r == "demands" for _, r, _ in got), got


def test_a_thing_said_not_to_be_changed_is_opposed(extract):
    # the shape of train's "Murder sentences should not be reduced automatically ..., says a new MPs' report."
    got = labels(extract("Labour said murder sentences should not be reduced."))
    assert ("Labour Party", "opposes", "reduction of murder sentences") in got, got
    got = labels(extract("Labour said children should not be sent back to Albania."))
    assert not any(r == "opposes" and t and "children" in t for _, r, t in got), got


def test_a_name_after_a_lower_case_title_of_a_body_is_the_subject(extract):
    # train: "Commission for racial equality chief Trevor Phillips argued ..." (the parser roots the subject in "Commission")
    got = labels(extract("Commission for racial equality chief Trevor Phillips criticised the tax."))
    assert ("Trevor Phillips", "opposes", "tax") in got, got
    assert not any(a == "Commission" for a, _, _ in got), got
