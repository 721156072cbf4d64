"""Targets the gold names as the article does (round on right actor and relation, wrong target);
each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_demonstrative_stays_on_a_bare_noun(extract, extract_learned):
    # "rejected these arguments", "this man is unfit": the bare noun says nothing; the words the article
    # refers by ("these arguments", "this man") are the ones an annotator lists
    for run in (extract, extract_learned):
        got = labels(run("Senator Bill Jones rejected these arguments on Monday."))
        assert ("Bill Jones", "rejects", "these arguments") in got, got
    # a noun with modifiers of its own is named by them
    got = labels(extract("Senator Bill Jones rejected these tax rises."))
    assert ("Bill Jones", "rejects", "tax rises") in got, got
    # a phrase built around the noun names the act, not the pointing: "withdrawal of regulations"
    got = labels(extract("The unions want the government to withdraw these regulations."))
    assert ("Unions", "demands", "withdrawal of regulations") in got, got
