"""Predicative verdicts the parser reads as passives, and hyphenated verdicts it splits: "said the plan
was misguided" (auxpass + VBN) is read like "said the plan was wrong"; a real passive with an agent or a
cue verb of its own keeps its reading. Sentences written for the tests after PolNeAR train ("suggesting
that efforts to bring it back are misguided", "my recent remarks were ill-advised")."""
from __future__ import annotations

from conftest import labels

import pytest


@pytest.mark.parametrize("text, actor, rel, target", [
    ("Senator Bernie Sanders said the trade deal was misguided.", "Bernie Sanders", "opposes", "trade deal"),
    ("The plan was misguided, Miliband said.", "Miliband", "opposes", "plan"),
    ("The union said the cuts were misplaced.", "Union", "opposes", "cuts"),
    ("The union said the reform was outdated.", "Union", "opposes", "reform"),
    ("The unions said the strike was justified.", "Unions", "supports", "strike"),
    ("The union said the cuts were not justified.", "Union", "opposes", "cuts"),
])
def test_a_verdict_parsed_as_a_passive_participle(extract, extract_learned, text, actor, rel, target):
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert (actor, rel, target) in got, got


@pytest.mark.parametrize("text, actor, target", [
    ("Senator Bernie Sanders said the trade deal was ill-conceived.", "Bernie Sanders", "trade deal"),
    ("The union said the cuts were ill-judged.", "Union", "cuts"),
    ("Labour leader Ed Miliband said the plan was half-baked.", "Ed Miliband", "plan"),
])
def test_a_hyphenated_verdict_split_by_the_tokenizer(extract, text, actor, target):
    got = labels(extract(text))
    assert (actor, "opposes", target) in got, got


@pytest.mark.parametrize("text, want", [
    ("Labour leader Ed Miliband said the plan was approved by MPs.", ("Ed Miliband", "accepts", "plan")),
    # (the MPs reject it; Miliband only tells it: GUIDELINES, relayed positions; probe46w)
    ("Labour leader Ed Miliband said the plan was rejected by MPs.", ("MPs", "rejects", "plan")),
])
def test_a_real_passive_keeps_its_reading(extract, text, want):
    got = labels(extract(text))
    assert want in got and not any(r in {"opposes", "supports"} for _, r, _ in got), got


def test_an_event_participle_is_no_verdict(extract):
    assert not labels(extract("Miliband said the party was united and the plan was finished."))



@pytest.mark.parametrize("text, want, wrong", [
    ("Rand Paul said he was not opposed to the bill.", ("Rand Paul", "supports", "bill"), ("Rand Paul", "opposes", "bill")),
    ("Rand Paul is not happy with the bill.", ("Rand Paul", "rejects", "bill"), ("Rand Paul", "accepts", "bill")),
])
def test_a_stance_adjective_negated_on_its_copula(extract, extract_learned, text, want, wrong):
    # "is not opposed to": the negation hangs on the copula, not the adjective, and had been missed
    # (PolNeAR train: "We're not happy with it, obviously", "The American people are not happy with their government")
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert want in got and wrong not in got, got


@pytest.mark.parametrize("text", [
    "The union said it was not worried about the cuts.",
    "The union is not critical of the plan.",
    "Rand Paul is not committed to the bill.",
])
def test_a_feeling_negated_on_its_copula_is_no_position(extract, text):
    # (train: "they're not worried about 'Oh gee, this isn't ethical'" had read as opposing "gee")
    assert not labels(extract(text))


@pytest.mark.parametrize("text", [
    "The Association of Electoral Administrators warned that postal voting on demand was open to abuse.",
    "The scheme is open to fraud, the union said.",
])
def test_open_to_a_harm_is_exposure_no_readiness(extract, text):
    # (bbc2004 probe: "was open to abuse" had read as accepting abuse; "open to talks" still accepts them)
    assert not any(r == "accepts" for _, r, _ in labels(extract(text)))
