"""Pronoun antecedents: a topic set before the pronoun's clause ("As for X, he ...") is what the
pronoun stands for, over the subject of the sentence before; each sentence here is written for its test
after a PolNeAR train article ("And as for Trump, he was strangely subdued": kg had read Ben Carson,
the subject of the sentence before)."""
from __future__ import annotations

from conftest import labels


def test_as_for_names_the_one_the_pronoun_is_about(extract, extract_learned):
    text = ("Jeb Bush defended comprehensive immigration reform in the debate on Tuesday. "
            "As for Ben Carson, he criticised the Federal Reserve.")
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert any(a == "Ben Carson" and t == "Federal Reserve" for a, _, t in got), got
        assert not any(a == "Jeb Bush" and t == "Federal Reserve" for a, _, t in got), got
