"""Which statements vote for the article's issue (``article_issue.main_issue``): a small article written
for this test, where the quotation fallback's low-confidence ``says`` repeat a target of their own and
would outvote the issue the positions take."""
from __future__ import annotations

from conftest import labels

from kg.extract.article_issue import main_issue, on_the_issue
from kg.extract.quote_fallback import SAYS_CONFIDENCE
from kg.records import Actor, Relation, Span, Statement, Topic

TEXT = ("Asylum children to face returns\n\n"
        "The UK government is planning to return asylum seeker children without parents to Albania.\n\n"
        "The Home Office backs plans to return children to Albania.\n\n"
        "Laura Brownlees of Save the Children said there were grave concerns.\n\n"
        "\"These are asylum children,\" said one lawyer. \"They need care,\" said another. \"Asylum children "
        "are at risk,\" a nurse said.\n\n"
        "The Refugee Council opposes plans to return children to Albania.\n")


def said(actor: str, relation: Relation, target: str, at: int, confidence: float = 0.8) -> Statement:
    return Statement(doc_id="d", sentence=Span(at, at + 10, TEXT[at:at + 10]), actor=Actor(actor, kind="person"),
                     relation=relation, target=Topic(target), confidence=confidence)


POSITIONS = [said("Home Office", Relation.SUPPORTS, "plans to return children to Albania", 125),
             said("Laura Brownlees", Relation.OPPOSES, "grave concerns", 185),
             said("Refugee Council", Relation.OPPOSES, "plans to return children to Albania", 380)]
FALLBACK = [said(who, Relation.SAYS, "asylum children", at, SAYS_CONFIDENCE)
            for who, at in (("lawyer", 255), ("another", 290), ("nurse", 320))]


def test_the_fallbacks_repeats_do_not_outvote_the_positions_issue():
    issue = main_issue(POSITIONS + FALLBACK, TEXT, set())
    assert issue is not None and issue.label == "plans to return children to Albania", issue
    got = labels(on_the_issue(POSITIONS + FALLBACK, TEXT, set()))
    assert ("Laura Brownlees", "opposes", "plans to return children to Albania") in got, got
    assert ("lawyer", "says", "asylum children") in got, got  # the fallback keeps its own target


def test_the_fallback_alone_names_no_issue():
    assert main_issue([POSITIONS[1], *FALLBACK], TEXT, set()) is None
