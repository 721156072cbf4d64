"""Headline shapes of courts and votes (probe headlines of the 2025 and world 2016 kinds, and headlines written in
their style): a court accuses the one it sentences; others' sentences, or a sentence in the body, are no such act."""
from __future__ import annotations

from conftest import labels

BODY = "\n\nOfficials spoke to reporters on Wednesday."


def test_a_court_accuses_the_one_it_sentences(extract):
    got = labels(extract("Brazil's top court sentences Bolsonaro to 27 years for coup plot" + BODY))
    assert ("Brazil's top court", "accuses", "Bolsonaro") in got, got
    got = labels(extract("Bangladesh court sentences ousted leader Hasina to death in absentia" + BODY))
    assert any(r == "accuses" and "court" in a and "Hasina" in t for a, r, t in got), got


def test_no_verdict_without_a_court_or_outside_the_headline(extract):
    got = labels(extract("Minister's sentences on crime anger Tories" + BODY))
    assert not any(r == "accuses" for _, r, _ in got), got
    got = labels(extract("Officials spoke on Wednesday.\n\nThe court sentences Smith to ten years in prison."))
    assert not any(r == "accuses" for _, r, _ in got), got


def test_a_vote_to_impeach_supports_the_impeachment(extract):
    got = labels(extract("South Korean lawmakers vote to impeach President Park" + BODY))
    assert ("South Korean lawmakers", "supports", "impeachment of Park") in got, got
    got = labels(extract("House votes to impeach Trump over Capitol riot" + BODY))
    assert any(a == "House" and r == "supports" and t.startswith("impeachment of") and "Trump" in t
               for a, r, t in got), got


def test_a_bare_verb_after_a_plural_or_joint_subject(extract):
    """The tagger read the verb as a word of the noun phrase after it (probe headlines of the 2025 and BBC kinds)."""
    got = labels(extract("UK and US strike trade deal as Trump cuts tariffs on British cars" + BODY))
    assert ("United Kingdom", "accepts", "trade deal") in got, got
    got = labels(extract("MPs attack Post Office closures" + BODY))
    assert ("MPs", "opposes", "Post Office closures") in got, got
    got = labels(extract("Tshisekedi and Kagame back US-brokered peace deal as Congo, Rwanda sign in Washington" + BODY))
    assert any(r == "supports" and "peace deal" in t for _, r, t in got), got


def test_a_joint_actor_named_first(extract):
    got = labels(extract("Lee and Trump clinch tariff deal in Gyeongju, but $350 billion fund terms spark unease" + BODY))
    assert ("Donald Trump", "accepts", "tariff deal") in got, got


def test_no_act_from_a_noun_after_one_name(extract):
    for head in ("Union strike threat grows over pay", "UK and US strike talks stall in London",
                 "Xi offers Latin America 66 billion yuan credit line; Lula calls for end to tariff war"):
        got = labels(extract(head + BODY))
        assert not any(r in {"accepts", "praises"} for _, r, _ in got), (head, got)


def test_a_pact_with_its_purpose(extract):
    got = labels(extract("EU and Turkey seal deal to send back migrants" + BODY))
    assert ("European Union", "accepts", "deal to send back migrants") in got, got


def test_when_an_act_is_done_is_no_part_of_it(extract):
    got = labels(extract("Thailand and Cambodia agree to ceasefire after deadly border clashes, Anwar says" + BODY))
    assert ("Thailand", "accepts", "ceasefire") in got, got
    got = labels(extract("Philippines' Marcos asks cabinet to resign after midterm setback" + BODY))
    assert any(r == "demands" and t == "resign" for _, r, t in got), got


def test_a_fight_to_come_in_a_headline_opposes(extract):
    got = labels(extract("Ministers to fight prisoner vote ruling" + BODY))
    assert ("Ministers", "opposes", "prisoner vote ruling") in got, got
    got = labels(extract("Officials spoke on Wednesday.\n\nThe ministers are to fight for the seats in May."))
    assert not any(r == "opposes" for _, r, _ in got), got


def test_one_who_concedes_accepts_defeat(extract):
    got = labels(extract("Kuczynski wins Peru election by razor-thin margin, Fujimori concedes\n\nLIMA - Pedro Pablo "
                         "Kuczynski won the election. Keiko Fujimori said on Friday she would lead the opposition."))
    assert ("Keiko Fujimori", "accepts", "defeat") in got, got
    got = labels(extract("Trump concedes mistakes on tariffs" + BODY))
    assert not any(t == "defeat" for _, _, t in got), got
