"""Misses a 2016 wire-news probe (probew16p) found, on its sentences and ones written for these tests."""
from __future__ import annotations

from conftest import labels


def test_an_idea_referred_back_to_is_the_target(extract):
    """"dismissed the idea", "condemned the idea": the proposal named before, which the coders match by
    "idea"; the bare noun had been skipped as naming nothing, and the stance with it."""
    got = labels(extract("Gibraltar's Chief Minister Fabian Picardo dismissed the idea."))
    assert ("Fabian Picardo", "rejects", "idea") in got, got
    got = labels(extract("The Refugee Council also condemned the idea."))
    assert ("Refugee Council", "opposes", "idea") in got, got


def test_an_idea_with_no_referent_is_still_no_target(extract):
    got = labels(extract("The minister said he had no idea."))
    assert not any(t == "idea" for _, _, t in got), got
    got = labels(extract("The minister said it was a good idea to wait."))
    assert not any(t == "idea" for _, _, t in got), got


def test_no_objection_raised_is_consent(extract):
    """"raised no objection to the move" consents to it, as "had no objection to" does; the light verb
    had read the objection's own cue and opposed the move."""
    got = labels(extract("Iran raised no objections to the plan."))
    assert ("Iran", "accepts", "plan") in got and ("Iran", "opposes", "plan") not in got, got
    got = labels(extract("The Syrian government raised no objection to the withdrawal."))
    assert ("Syria", "accepts", "withdrawal") in got, got
    got = labels(extract("Iran raised objections to the plan."))
    assert ("Iran", "opposes", "plan") in got, got



def test_a_states_presidency_speaks_for_itself(extract):
    """"The Syrian presidency said ...": the head of state's office, an organisation written as the text
    names it (the coders' "Syrian presidency", "Palestinian presidency"); kg had read no actor at all."""
    got = labels(extract("The Egyptian presidency welcomed the deal."))
    assert ("Egyptian presidency", "supports", "deal") in got, got
    got = labels(extract("The Syrian presidency denied any rift with Moscow."))
    assert ("Syrian presidency", "rejects", "rift") in got, got


def test_a_presidency_held_names_no_actor(extract):
    got = labels(extract("The opposition rejected any discussion of the presidency of Assad."))
    assert not any(a.endswith("presidency") for a, _, _ in got), got


def test_a_subject_it_takes_the_body_its_sentence_before_was_about(extract):
    """'The Syrian presidency said ... any rift with Moscow. "...," it said': "it" is the presidency, the
    subject of the sentence before, as "he" takes its sentence's subject; it had gone to Moscow, the last
    name before it."""
    got = labels(extract("The Syrian presidency said the two leaders had agreed on the reduction and denied any "
                         "rift with Moscow. \"The Syrian side raised no objection to the move,\" it said in a statement."))
    assert ("Syrian presidency", "accepts", "move") in got, got
    assert ("Russia", "accepts", "move") not in got, got



def test_a_subject_it_with_its_antecedent_in_its_own_sentence_is_left_to_its_clause(extract_learned):
    """probe28a: "a move Thailand has long rejected, saying it does not recognise the court's jurisdiction":
    the "it" is bound in its own sentence, not sent to the sentence's subject (Cambodia), which had cost
    Thailand's rejection of the ruling in the article."""
    from conftest import ROOT
    text = (ROOT / "bench/probes/news2025/probe28a/texts/probe28a_2.txt").read_text(encoding="utf-8")
    got = labels(extract_learned(text))
    assert ("Thailand", "rejects", "rule on disputed temple areas") in got, got
