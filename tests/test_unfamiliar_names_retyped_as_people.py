"""Names the small model has rarely seen, tagged a place or a body where the text shows a person
(``kg.name_kinds``); each sentence here is written for its test."""
from __future__ import annotations


def kinds(statements) -> set[tuple]:
    return {(st.actor.label, st.actor.kind, st.relation.value) for st in statements}


def test_a_name_with_an_age_is_a_person(extract_learned):
    got = kinds(extract_learned("Olumide Adeyemi, 54, accused the governor of wasting public funds."))
    assert ("Olumide Adeyemi", "person", "accuses") in got, got


def test_a_name_a_who_takes_up_is_a_person(extract_learned):
    got = kinds(extract_learned('"This is a betrayal of workers," said Blinkevičiūtė, who leads the Social Democrats.'))
    # (a quotation that judges its issue is a stance since the thirty-third session: opposes, once says)
    assert ("Blinkevičiūtė", "person", "opposes") in got, got


def test_a_surname_of_a_person_named_with_an_honorific_stays_a_person(extract_learned):
    got = kinds(extract_learned('Ms Blinkevičiūtė rejected the proposal. "It is unacceptable," Blinkevičiūtė said.'))
    assert ("Blinkevičiūtė", "person", "rejects") in got, got
    assert not any(kind != "person" for _, kind, _ in got), got


def test_a_body_named_with_its_noun_stays_a_body(extract_learned):
    got = kinds(extract_learned("Kent County Council said it would cut bus services."))
    assert ("Kent County Council", "organisation", "proposes") in got, got
