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


def test_any_act_a_side_will_not_hesitate_to_do_threatens(extract):
    # probe28c: the act was no consequence verb, and kg had nothing
    got = labels(extract("Communications Minister Anika Wells said the law would take effect in December. She warned "
                         "that the government would not hesitate to use those powers."))
    assert ("Anika Wells", "those powers") in threats(got), got
    # written: force, in a quotation; help for friends and another's act are none
    got = labels(extract('"We will not hesitate to use force," the defence minister Jan Novak said.'))
    assert ("Jan Novak", "force") in threats(got), got
    got = labels(extract('"We will not hesitate to help our friends," the minister Jan Novak said.'))
    assert not threats(got), got
    got = labels(extract("Jan Novak said Clinton would not hesitate to raise taxes."))
    assert not threats(got), got


def test_a_harm_no_side_brings_is_foretold_not_threatened(extract):
    # probebbc8, probe36a, probe34b: forecasts credited to the warner as threats
    for text in ("Local Government Minister Nick Raynsford said the sums did not add up and warned that many "
                 "middle-income earners would pay more.",
                 "German Chancellor Friedrich Merz welcomed the agreement for averting a trade war but warned that the "
                 'German economy would "suffer considerable damage" from the tariffs.'):
        assert not threats(labels(extract(text))), text
    # a penalty, and another side facing one, still threaten
    got = labels(extract("Western foreign ministers warned that those who undermined the government could face sanctions."))
    assert ("Western foreign ministers", "sanctions") in threats(got), got
    got = labels(extract("Jan Novak warned that Moscow would face new sanctions."))
    assert ("Jan Novak", "sanctions") in threats(got), got


def test_a_modal_verb_the_parser_hung_in_the_relative_clause_stays_the_consequence(extract):
    # probebbc16: "would face action" parsed inside "schools which refused ..."
    got = labels(extract("Ms Kelly warned that schools which refused to hold the tests would face action from the government."))
    assert ("Kelly", "action") in threats(got), got
