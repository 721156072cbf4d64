""""it" or "this" after the preposition of an act refused or asked for ("refused to commit to it", "urged
the parties to abide by it") stands for the thing its sentence named before, else the issue just taken
up, as the act's direct object does ("refused to accept it"); the act's word alone names nothing."""
from __future__ import annotations

import pytest

from conftest import labels


@pytest.mark.parametrize("text, want", [
    # written for this test, after news2025/world2016 probe sentences ("Russia has so far refused to
    # commit to it", "he urged the parties to abide by it")
    ("The United States proposed a 30-day ceasefire. Russia has so far refused to commit to it.",
     ("Russia", "rejects", "ceasefire")),
    ("The United Nations proposed a humanitarian truce. The rebels refused to abide by it.",
     ("Rebels", "rejects", "truce")),
])
def test_it_after_a_stance_preposition_is_the_issue(extract_learned, text, want):
    got = labels(extract_learned(text))
    actor, relation, word = want
    assert any(a == actor and r == relation and t and word in t for a, r, t in got), got
    assert not any(a == actor and t == "United States" for a, r, t in got), got


@pytest.mark.parametrize("text, want", [
    # probebbc11 and world2016 probe sentences: the thing the sentence named before the clause
    ('"We have made a fair offer and we stand by it," the spokesman said.', ("supports", "offer")),
    ("Japan's Foreign Minister Fumio Kishida said the ruling was binding and he urged the parties to abide by it.",
     ("demands", "ruling")),
])
def test_it_after_a_stance_preposition_is_the_thing_named_before(extract_learned, text, want):
    got = labels(extract_learned(text))
    relation, word = want
    assert any(r == relation and t and word in t for a, r, t in got), got
