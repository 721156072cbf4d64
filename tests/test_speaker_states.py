"""A speaker's state of mind about an outcome or a plan is a position on it, as "happy with" and
"unhappy with" already are: "Moscow was satisfied with the result", "we are delighted that ...",
"remain dissatisfied with the deal", "was receptive to the idea". Sentences from the probes
(news2025, bbc2004) and written ones."""
from __future__ import annotations

import pytest
from conftest import labels


@pytest.mark.parametrize("text, want", [
    ("He told journalists that Moscow was satisfied with the result and was ready to continue contacts.",
     ("Russia", "supports", "result")),
    ("The unions were delighted with the deal.", ("Unions", "supports", "deal")),
    ("The unions remain dissatisfied with the deal.", ("Unions", "opposes", "deal")),
    ("The farmers were displeased with the new rules.", ("Farmers", "opposes", "rules")),
    ("The unions were enthusiastic about the reform.", ("Unions", "supports", "reform")),
    ("The unions said they were receptive to the proposal.", ("Unions", "accepts", "proposal")),
    ("The opposition is amenable to the compromise.", ("Opposition", "accepts", "compromise")),
])
def test_a_state_of_mind_is_a_position(extract, extract_learned, text, want):
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert want in got, got


def test_satisfaction_with_a_party_praises_it(extract):
    # as "grateful to Germany": satisfied with a party is praise of it, not support for an issue
    got = labels(extract("The unions said they were satisfied with the minister."))
    assert any(r == "praises" for _, r, _ in got), got
    assert not any(r == "supports" for _, r, _ in got), got
