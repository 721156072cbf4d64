"""A bare ``says`` whose quotation opens with "This is ..." or "That was ..." speaks of what the pronoun points
back to, the issue just reported, not of the words after the copula ('"This is a return to selection by the
back door," he said' about the schools plans, not the back door): ``said_back``. Sentences written on the
pattern of a probe article (bbc2005, trust schools: "Ex-minister Nick Raynsford said the proposals would
damage local councils. 'This is a return to selection by the back door,' he said")."""
from __future__ import annotations

from dataclasses import replace

from conftest import labels

from kg.extract.said_back import points_back, said_back
from kg.records import Actor, Relation, Span, Statement, Topic

TEXT = ("Schools plans face Labour revolt\n\n"
        "Ministers back the schools plans.\n\n"
        "Teachers' unions oppose the schools plans.\n\n"
        "Ex-minister Nick Raynsford said: \"This is a return to selection by the back door.\"\n\n"
        "Another MP said: \"The back door is open.\"\n")


def at(words: str) -> Span:
    i = TEXT.index(words)
    return Span(i, i + len(words), words)


def said(actor: str, relation: Relation, target: str, sentence: str, quote: str | None = None) -> Statement:
    return Statement(doc_id="d", sentence=at(sentence), actor=Actor(actor, kind="person"), relation=relation,
                     target=Topic(target), quote=at(quote) if quote else None)


ARTICLE = [said("Ministers", Relation.SUPPORTS, "schools plans", "Ministers back the schools plans."),
           said("Teachers' unions", Relation.OPPOSES, "schools plans", "Teachers' unions oppose the schools plans."),
           said("Nick Raynsford", Relation.SAYS, "back door",
                "Ex-minister Nick Raynsford said: \"This is a return to selection by the back door.\"",
                "This is a return to selection by the back door."),
           said("MP", Relation.SAYS, "back door", "Another MP said: \"The back door is open.\"",
                "The back door is open.")]


def test_a_quotation_opening_with_this_is_points_back():
    assert points_back(ARTICLE[2], TEXT)
    assert not points_back(ARTICLE[3], TEXT)
    assert not points_back(ARTICLE[0], TEXT)


def test_this_is_takes_the_issue_just_before():
    got = labels(said_back(ARTICLE, TEXT))
    assert ("Nick Raynsford", "says", "schools plans") in got, got
    assert ("Nick Raynsford", "says", "back door") not in got, got
    assert ("MP", "says", "back door") in got, got


def test_a_determiner_is_no_pointer():
    text = TEXT.replace("This is a return", "This plan is a return")
    st = said("Nick Raynsford", Relation.SAYS, "back door",
              "Ex-minister Nick Raynsford said: \"This is a return to selection by the back door.\"",
              "This is a return to selection by the back door.")
    assert not points_back(st, text)


def test_a_vocabulary_issue_after_the_copula_stays():
    budget = [*ARTICLE[:2], replace(ARTICLE[2], target=Topic("budget", in_vocabulary=True))]
    assert ("Nick Raynsford", "says", "budget") in labels(said_back(budget, TEXT))


def test_a_build_files_this_is_under_the_proposals(extract_learned):
    text = ("Schools plans face Labour revolt\n\n"
            "The government has published plans to let schools become self-governing trusts.\n\n"
            "Ex-minister Nick Raynsford said the proposals would damage local councils.\n\n"
            "\"This is a return to selection by the back door,\" he said.\n")
    got = labels(extract_learned(text))
    assert ("Nick Raynsford", "says", "proposals") in got, got
    assert ("Nick Raynsford", "says", "back door") not in got, got


def test_a_pointing_back_says_with_no_target_takes_the_issue():
    bare = [*ARTICLE[:2], replace(ARTICLE[2], target=None)]
    assert ("Nick Raynsford", "says", "schools plans") in labels(said_back(bare, TEXT))
