"""Penalties a speaker says others will face or pay with no if-clause, and the price threatened in its words
(probes bbc2004, world2016; the last sentences written for the test)."""
from __future__ import annotations

from conftest import labels


def threats(got) -> set:
    return {(a, t) for a, r, t in got if r == "threatens"}


def test_wrongdoers_described_will_face_the_force_of_the_law(extract):
    # probebbc18: kg had a bare "says"
    got = labels(extract('"Those who use violence and threats against law-abiding people will face the full force of '
                         'the law," Ms Blears said.'))
    assert ("Ms Blears", "force of law") in threats(got) or ("Blears", "force of law") in threats(got), got
    # a delay foretold is no penalty
    got = labels(extract('"Those who travel on Friday will face long delays," the minister Grant Shapps said.'))
    assert not threats(got), got


def test_a_price_is_threatened_in_its_words(extract):
    # probew16o: the price had been written "retaliation"
    got = labels(extract("Major General Qassem Soleimani said the Bahraini government would pay a heavy price for its "
                         "treatment of the cleric."))
    assert ("Qassem Soleimani", "heavy price") in threats(got), got
    # probew16p: wrongdoers named by what they do, no actor
    got = labels(extract('"The aggressors will pay the price for the blood of the innocent," the spokesman Mohammed '
                         'Abdulsalam said.'))
    assert ("Mohammed Abdulsalam", "price") in threats(got), got


def test_a_relative_clause_is_the_condition_not_the_consequence(extract):
    # probe40a: "retaliated" in the relative clause had been read as the warned consequence
    got = labels(extract("Donald Trump warned that countries which retaliated against American tariffs would face "
                         "higher duties."))
    assert ("Donald Trump", "higher duties") in threats(got), got
    assert ("Donald Trump", "retaliation") not in threats(got), got


def test_an_answer_in_measures_threatens_the_measures(extract):
    # probe40a: the threat had been written "response"
    got = labels(extract("Olof Gill, the commission's trade spokesperson, said the EU would continue its own talks with "
                         "Washington and would respond with countermeasures if they failed."))
    assert ("Olof Gill", "countermeasures") in threats(got), got
    got = labels(extract('"We will respond with full force," the minister Jan Novak said.'))
    assert ("Jan Novak", "response") in threats(got), got


def test_a_side_striking_back_keeps_its_particle(extract):
    # probe28b: the threat had been written "strike"
    got = labels(extract('"If Japan dares to intervene militarily in the Taiwan question, China will strike back '
                         'resolutely," Lin told a regular press briefing.'))
    assert ("Lin", "strike back") in threats(got), got
