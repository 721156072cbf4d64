"""A warning's content clause whose subject is an issue, not an actor: "X warned that the plan could do Y" is X's case
against the plan, whatever Y is (a warning casts Y as harm), where the harm verb is no listed one. Probe sentences
(bbc2004, world2016) and written ones; an actor's own act warned of stays a threat, and a clause about people hit
("warned that small bars could close") names no issue."""
from __future__ import annotations

from conftest import labels


def test_a_passive_misuse_warned_of_opposes_the_thing(extract_learned):
    # probe (bbc2004): the register "could be misused"
    got = labels(extract_learned("The Information Commissioner, Richard Thomas, has warned that the national identity "
                                 "register could be misused."))
    assert ("Richard Thomas", "opposes", "national identity register") in got, got


def test_a_warned_outcome_with_an_object_opposes_the_subject(extract_learned):
    # probe (bbc2004): "could create a two-tier system", no harm verb
    got = labels(extract_learned("Former education secretary Estelle Morris warned that the trust schools could "
                                 "create a two-tier system."))
    assert ("Estelle Morris", "opposes", "trust schools") in got, got


def test_a_warned_cost_to_people_opposes_the_measure(extract_learned):
    got = labels(extract_learned("The British Beer and Pub Association warned that a total smoking ban would force "
                                 "many small pubs to close."))
    assert any(r == "opposes" and t and "ban" in t for _, r, t in got), got


def test_an_actors_own_act_warned_of_stays_a_threat(extract_learned):
    got = labels(extract_learned("The Kremlin warned that Russia would retaliate against any new sanctions."))
    assert not any(r == "opposes" and t and "Russia" in t for _, r, t in got), got


def test_people_hit_are_no_issue(extract_learned):
    got = labels(extract_learned("Publicans have warned that hundreds of small bars could close."))
    assert not any(r == "opposes" for _, r, _ in got), got


def test_an_unnamed_body_acting_is_no_issue(extract_learned):
    # probe (news2025): "the society" is the speaker's own law society, whose act is warned of
    got = labels(extract_learned("LSK president Faith Odhiambo warned that the society would move to the High Court to "
                                 "challenge any provision passed without public participation."))
    assert not any(r == "opposes" and t and "society" in t for _, r, t in got), got
