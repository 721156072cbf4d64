"""The article's issue as the target where a statement's own target names none (``article_issue``): a
small article written on the pattern of a train one (asylum children returned to Albania), where a
charity's "grave concerns" are about the returns the headline names."""
from __future__ import annotations

from conftest import labels

from kg.extract.article_issue import main_issue, on_the_issue
from kg.records import Actor, Relation, Span, Statement, Topic

TEXT = ("Asylum children to face returns\n\n"
        "The UK government is planning to return asylum seeker children without parents to Albania.\n\n"
        "The Home Office backs plans to return children to Albania.\n\n"
        "Laura Brownlees of Save the Children said there were grave concerns.\n\n"
        "The Refugee Council opposes plans to return children to Albania.\n")


def said(actor: str, relation: Relation, target: str, at: int) -> Statement:
    return Statement(doc_id="d", sentence=Span(at, at + 10, TEXT[at:at + 10]), actor=Actor(actor, kind="organisation"),
                     relation=relation, target=Topic(target))


ARTICLE = [said("UK government", Relation.PROPOSES, "return asylum seeker children", 33),
           said("Home Office", Relation.SUPPORTS, "plans to return children to Albania", 125),
           said("Laura Brownlees", Relation.OPPOSES, "grave concerns", 185),
           said("Refugee Council", Relation.OPPOSES, "plans to return children to Albania", 255)]


def test_the_issue_named_most_and_in_the_headline_is_the_articles():
    issue = main_issue(ARTICLE, TEXT, set())
    assert issue is not None and issue.label == "plans to return children to Albania", issue


def test_a_feeling_takes_the_articles_issue():
    got = labels(on_the_issue(ARTICLE, TEXT, set()))
    assert ("Laura Brownlees", "opposes", "plans to return children to Albania") in got, got
    assert ("Laura Brownlees", "opposes", "grave concerns") not in got, got


def test_a_target_the_target_stage_doubted_takes_the_articles_issue():
    doubtful = [*ARTICLE, said("Refugee Council", Relation.OPPOSES, "well-documented trafficking", 255)]
    got = labels(on_the_issue(doubtful, TEXT, {id(doubtful[-1])}))
    assert ("Refugee Council", "opposes", "well-documented trafficking") not in got, got
    assert labels(on_the_issue(doubtful, TEXT, set())) >= {("Refugee Council", "opposes", "well-documented trafficking")}


def test_no_issue_named_once_or_off_the_headline():
    once = [ARTICLE[0], ARTICLE[2]]
    assert labels(on_the_issue(once, TEXT, set())) == labels(once)
    off = [said("Home Office", Relation.SUPPORTS, "tax cuts", 125), said("Treasury", Relation.SUPPORTS, "tax cuts", 255),
           ARTICLE[2]]
    assert labels(on_the_issue(off, TEXT, set())) == labels(off)


def test_an_accusation_keeps_its_target():
    accused = [*ARTICLE, said("Refugee Council", Relation.ACCUSES, "grave concerns", 255)]
    assert ("Refugee Council", "accuses", "grave concerns") in labels(on_the_issue(accused, TEXT, set()))
