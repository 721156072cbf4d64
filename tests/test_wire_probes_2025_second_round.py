"""Fixes found by reading kg's statements on six articles written in the manner of May-2025 wire
copy (a run-off, a trade deal, a ceasefire, a budget bill, sanctions lifted, a court ruling); each
sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_warning_of_a_passive_consequence(extract, extract_learned):
    # "warned that X would be met with a response" and "warned that sanctions could be reimposed":
    # the consequence is what X is met with, or the passive subject; it is threatened, not supported
    cases = [
        ("The army chief, Gen. Asim Malik, warned that any further attack on the border would be met "
         "with a decisive response.", "Asim Malik", "decisive response", "attack"),
        ("The foreign minister, Anna Berg, backed the decision but warned that sanctions could be "
         "reimposed if the new rulers failed to protect minorities.", "Anna Berg", "sanctions", None),
    ]
    for text, actor, consequence, wrong in cases:
        for run in (extract, extract_learned):
            got = labels(run(text))
            assert any(a == actor and r == "threatens" and t and consequence in t for a, r, t in got), got
            assert not any(r == "supports" and t and wrong and wrong in t for a, r, t in got), got


def test_an_act_said_not_to_be_done_is_opposed(extract, extract_learned):
    # "we shouldn't be cutting X" / "must not close X": the speaker opposes the act, never supports it;
    # "should not be living in poverty" does nothing to a thing and stays unread
    cases = [
        ('"I have said all along, we should not be cutting pension benefits," Senator Ruth Calder said.',
         "Ruth Calder", "cutting pension benefits"),  # (a gerund act keeps its written form)
        ("The mayor, Tom Ellis, said the county must not close the rural clinics.", "Tom Ellis", "clinics"),
    ]
    for text, actor, act in cases:
        for run in (extract, extract_learned):
            got = labels(run(text))
            assert any(a == actor and r == "opposes" and t and act in t for a, r, t in got), got
            assert not any(r in {"supports", "demands"} and t and act in t for a, r, t in got), got


def test_a_name_in_apposition_after_a_role_with_a_prepositional_phrase(extract, extract_learned):
    # "the UN special envoy for Libya, Maria Lund,": the parser hangs the name on "Libya";
    # it names the envoy, who acts, and "she" in the next sentence is her, not the person
    # named before
    text = ("Egypt's president, Ali Nasser, praised the agreement. The UN special envoy for Libya, "
            "Maria Lund, said the lifting of sanctions was a critical step but called for a nationwide truce. "
            "She urged the government in Tripoli to release prisoners.")
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert any(a == "Maria Lund" and r == "demands" and t and "truce" in t for a, r, t in got), got
        assert any(a == "Maria Lund" and r == "demands" and t and "prisoners" in t for a, r, t in got), got
        assert not any(a == "Ali Nasser" and r == "demands" for a, r, _ in got), got
        assert not any("envoy" in a for a, r, _ in got), got


def test_what_it_called_is_the_object(extract, extract_learned):
    # "criticised what it called X", "condemned what he described as X": the free relative of naming
    # (parsed as a clause, "what" its object) is the act's object, X the target
    cases = [
        ("Iran criticised what it called foreign attempts to divide the region.", "Iran", "opposes", "attempts"),
        ("The party leader, Omar Haddad, condemned what he described as political pressure on the judges.",
         "Omar Haddad", "opposes", "pressure"),
    ]
    for text, actor, relation, word in cases:
        for run in (extract, extract_learned):
            got = labels(run(text))
            assert any(a == actor and r == relation and t and word in t for a, r, t in got), got


def test_refusing_to_concede_rejects_the_concession(extract, extract_learned):
    # "refused to concede" / "refused to surrender": the act refused, named as a noun, is the target
    cases = [("The defeated candidate, Paul Varga, refused to concede on Sunday night.", "Paul Varga", "concession"),
             ("The rebel commander, Idris Kane, refused to surrender.", "Idris Kane", "surrender")]
    for text, actor, target in cases:
        for run in (extract, extract_learned):
            got = labels(run(text))
            assert any(a == actor and r == "rejects" and t == target for a, r, t in got), got


def test_a_phone_call_is_no_call_for_anything(extract, extract_learned):
    # "told X in a phone call that Y backed Z": the call is the channel; Y's support is read, no demand
    text = ("Foreign Minister Lena Hart told her Greek counterpart in a phone call that Austria backed "
            "a lasting ceasefire.")
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert not any(r == "demands" for a, r, t in got), got
        assert any(r == "supports" and t == "ceasefire" for a, r, t in got), got


def test_readiness_to_punish_is_a_threat(extract, extract_learned):
    # "is ready to impose countermeasures if talks fail", "is prepared to retaliate": a threat, not
    # an acceptance of the measures; "ready for negotiations" stays an acceptance
    cases = [
        ("Brazil said it was ready to impose countermeasures if the talks failed.", "Brazil", "threatens",
         "countermeasures"),
        ("Mexico is prepared to retaliate against any new tariffs.", "Mexico", "threatens", "retaliation"),
        ("Serbia is ready for negotiations.", "Serbia", "accepts", "negotiations"),
    ]
    for text, actor, relation, target in cases:
        for run in (extract, extract_learned):
            got = labels(run(text))
            assert (actor, relation, target) in got, got
            assert relation == "accepts" or not any(r == "accepts" for a, r, t in got), got


def test_an_unseen_name_in_apposition_to_a_role(extract, extract_learned):
    # "Nepal's foreign secretary, Vikram Misri,": the NER tags the first name an organisation and
    # misses the surname; set off by commas after a role, the words are the person's whole name
    text = ("Nepal's foreign secretary, Vikram Misri, said the talks had been useful. "
            "Misri called on Bhutan to release the detained traders.")
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert any(a == "Vikram Misri" and r == "demands" for a, r, t in got), got
