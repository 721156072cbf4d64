"""How the rules word a target phrase, learned in the thirteenth round from train (never the seeds)."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, actor, words", [
    # from a train article (UN panel on genocide in Syria): coded "more assertive action"
    ("Mr Pinheiro said the crime of genocide must trigger much more assertive action at the political level.",
     "Pinheiro", "more assertive action"),
])
def test_a_degree_word_on_the_heads_adjective_stays_in_the_label(extract, text, actor, words):
    got = triples(extract(text))
    assert any(a == actor and t is not None and words in t for a, r, t in got), got


@pytest.mark.parametrize("text, actor, words", [
    # from a train article (Alan Milburn on the Labour manifesto): coded "increased social mobility"
    # (with the article's title for him: a speaker telling of a party's wish takes it only for his own party)
    ("Labour will continue to pursue reforms, the party's election chief Alan Milburn has said. "
     "Mr Milburn told Today that Labour wanted policies which encouraged increased social mobility in Britain.",
     "Alan Milburn", "increased social mobility"),
    # written for this test
    ("The union called for measures that protect safety whistleblowers.", "Union", "protect safety whistleblowers"),
])
def test_a_generic_noun_takes_the_clause_that_says_what_it_does(extract, text, actor, words):
    got = triples(extract(text))
    assert any(a == actor and t is not None and words in t for a, r, t in got), got


def test_a_clause_about_what_someone_does_to_the_noun_stays_out(extract):
    # written for this test: "which the Tories oppose" says nothing of what the plan does
    got = triples(extract("Labour supports the plan, which the Tories oppose."))
    assert any(r == "supports" and t == "plan" for a, r, t in got), got
