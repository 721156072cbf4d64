"""World news 2016 (probe probew16k): misses its articles showed. The sentences are the probe's
(written for it) or written for the test."""
from __future__ import annotations

from conftest import labels


def test_a_finite_verb_joined_to_a_nouns_infinitive_is_the_main_verbs_conjunct(extract):
    # the parser coordinates "accused" with "hand" (the infinitive qualifying "decision"):
    # a past-tense verb is no conjunct of an infinitive, it shares the main verb's subject
    got = labels(extract("Egyptian President Abdel Fattah al-Sisi on Wednesday defended his government's decision "
                         "to hand over two Red Sea islands to Saudi Arabia and accused the media of stirring up "
                         "public anger over the deal."))
    assert any(r == "accuses" and t == "media" for _, r, t in got), got


def test_a_past_verb_after_a_supported_effort_is_the_speakers_act(extract):
    # probe28b: "objected" hung on "restore", the infinitive qualifying "efforts"
    got = labels(extract("China's envoy Fu Cong said Beijing supported efforts to restore security but objected "
                         "to what he called the hasty drafting of the text."))
    assert any(a == "Fu Cong" and r == "opposes" and "drafting" in (t or "") for a, r, t in got), got


def test_a_headlines_name_after_a_comma_acts_in_its_own_clause(extract_learned):
    # "rejects" read as a plural noun: the headline's first name (U.N.) is no actor of it
    got = labels(extract_learned("U.N. approves 4,000 more peacekeepers for South Sudan, Juba rejects plan\n\n"
                         "UNITED NATIONS (Reuters) - The council voted on Friday."))
    assert not any(r == "rejects" and "nations" in a.lower() for a, r, _ in got), got
    assert any(r == "rejects" and a in {"Juba", "South Sudan"} for a, r, _ in got), got


def test_a_headlines_second_clause_has_its_own_subject(extract):
    # the parser makes "Myanmar" a conjunct of "Rohingya" and "rejects" an adverbial clause of
    # "accuses": the name right before the verb after a comma is its subject
    got = labels(extract("Malaysia's Najib accuses Myanmar of genocide against Rohingya, Myanmar rejects criticism\n\n"
                         "KUALA LUMPUR (Reuters) - Malaysian Prime Minister Najib Razak spoke on Sunday."))
    assert any(a == "Myanmar" and r == "rejects" for a, r, _ in got), got
    assert not any(a != "Myanmar" and r == "rejects" for a, r, _ in got), got


def test_a_name_with_a_who_clause_is_a_person(extract):
    # the tagger reads "Hamdeen Sabahi" as a work of art: a name that takes "who" names a person
    got = labels(extract("Hamdeen Sabahi, who ran against Sisi in the 2014 presidential election, "
                         "called for a referendum on the deal."))
    assert any(a == "Hamdeen Sabahi" and r == "demands" for a, r, _ in got), got
