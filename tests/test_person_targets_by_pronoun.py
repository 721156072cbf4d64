"""A person the target names by a pronoun or an age ("release the 80-year-old", "free him", "accusing
them of ..."): the person named before, as for an actor. Each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_an_age_as_the_object_of_a_demand_is_the_person_named_before(extract_learned):
    got = labels(extract_learned("Chinese police detained the veteran activist Li Wei on Monday. Amnesty "
                                 "International demanded that the authorities release the 80-year-old."))
    assert ("Amnesty International", "demands", "release Li Wei") in got, got


def test_an_object_pronoun_of_the_other_gender_is_no_evidence_of_the_speakers(extract_learned):
    got = labels(extract_learned("Jimmy Lai has been held since 2020. British Foreign Secretary Yvette Cooper "
                                 "urged Beijing to free him."))
    assert ("Yvette Cooper", "demands", "free Jimmy Lai") in got, got
    assert ("Yvette Cooper", "demands", "free Yvette Cooper") not in got, got


def test_a_pronoun_object_of_an_act_asked_of_a_party_is_written_as_its_person(extract_learned):
    got = labels(extract_learned("Li Wei was arrested in May. Amnesty International urged the court to keep him "
                                 "in detention."))
    assert ("Amnesty International", "demands", "keep Li Wei in detention") in got, got
    got = labels(extract_learned("Li Wei was arrested in May. Prosecutor Anna Berg urged the court to keep him "
                                 "in detention."))
    assert ("Anna Berg", "demands", "keep Li Wei in detention") in got, got


def test_them_after_two_persons_named_together_is_both(extract_learned):
    got = labels(extract_learned("Hundreds of protesters gathered in Tripoli. The United States imposed sanctions "
                                 "on Khalifa Ghwell and Aguila Saleh, accusing them of obstructing the deal."))
    assert ("United States", "accuses", "Khalifa Ghwell") in got, got
    assert ("United States", "accuses", "Aguila Saleh") in got, got
