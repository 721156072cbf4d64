"""The relation stage reads the mood of what an actor says (``kg.extract.said_features``):
obligation demands, a refusal rejects, an evaluative predicate about a person accuses or praises."""
from __future__ import annotations

from tests.test_learned import units_of


def said_of(text: str, label: str) -> frozenset[str]:
    units = units_of(text)
    return next(c.said for u in units for c in u.actors if c.actor.label == label)


def test_an_obligation_in_a_quotation_is_read_as_its_mood():
    # written for this test, BBC style: "we need to" is a demand whatever the reporting verb
    said = said_of('Brendan Barber said: "We need to have a full return to trial by jury."', "Brendan Barber")
    assert {"m.oblig", "m.oblig_we"} <= said


def test_a_negated_intent_and_its_cue_verb_are_read():
    said = said_of('Brendan Barber said: "We will not accept this deal."', "Brendan Barber")
    assert "m.will_neg" in said and "m.qroot_cue:accepts&neg" in said


def test_a_negative_predicate_about_a_person_and_about_a_thing_differ():
    person = said_of('Mark Serwotka said: "They are liars and cowards."', "Mark Serwotka")
    thing = said_of('Mark Serwotka said: "It is a disgraceful waste of money."', "Mark Serwotka")
    assert "m.pred:person:-" in person and "m.pred:thing:-" in thing


def test_the_relation_vector_carries_the_mood_but_the_actor_vector_does_not():
    from kg.extract.learned import actor_vector, relation_vector

    units = units_of('Brendan Barber said: "We must act now."')
    unit, c = next((u, c) for u in units for c in u.actors if c.actor.label == "Brendan Barber")
    assert "m.oblig" in relation_vector(unit, c) and "m.oblig" not in actor_vector(unit, c)
