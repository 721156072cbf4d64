"""Accusations in their common English constructions ("held the rebels responsible for", "charged the
minister with", "accused the secretary of neglecting"); each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_held_responsible_where_the_parser_makes_responsible_the_objects(extract):
    # "held the rebels responsible": the small model hangs "responsible" on "rebels" as an adjective
    got = labels(extract("The minister held the rebels responsible for the bombing."))
    assert any(a == "Minister" and r == "accuses" and t == "rebels" for a, r, t in got), got


def test_charged_with_a_crime_accuses(extract):
    got = labels(extract("Prosecutors charged the former mayor with fraud."))
    assert any(a == "Prosecutors" and r == "accuses" and t and "mayor" in t for a, r, t in got), got


def test_the_act_alleged_is_no_part_of_the_accused_or_the_accuser(extract, extract_learned):
    # "of misleading parliament": the small model makes "misleading" an adjective of "parliament"
    for run in (extract, extract_learned):
        got = labels(run("Labour accused the prime minister of misleading parliament."))
        assert ("Labour Party", "accuses", "prime minister") in got, got
        got = labels(run("The health secretary was accused by doctors of neglecting hospitals."))
        assert ("Doctors", "accuses", "health secretary") in got, got


def test_idioms_and_phrasal_verbs_of_accusing(extract):
    for text, actor, accused in (("Police suspect the gang of carrying out the robbery.", "Police", "gang"),
                                 ("The president held Russia accountable for the attack.", "President", "Russia")):
        got = labels(extract(text))
        assert (actor, "accuses", accused) in got, got


def test_accusations_of_a_wrong_against_someone_accuse_that_someone(extract):
    # the parser hangs "against the minister" on "corruption"
    got = labels(extract("Labour made accusations of corruption against the minister."))
    assert ("Labour Party", "accuses", "minister") in got, got


def test_the_accuser_after_the_act_alleged(extract, extract_learned):
    # "was accused of misleading parliament by Labour": the parser hangs "by Labour" on "misleading"
    for run in (extract, extract_learned):
        got = labels(run("The prime minister was accused of misleading parliament by Labour."))
        assert ("Labour Party", "accuses", "prime minister") in got, got
    got = labels(extract("The minister was accused of being paid by lobbyists."))
    assert not any(r == "accuses" for _, r, _ in got), got


def test_blaming_a_failure_accuses_whose_it_is(extract):
    got = labels(extract("The union blamed the company's failure to invest for the job losses."))
    assert ("Union", "accuses", "company") in got, got
