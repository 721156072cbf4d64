"""Misses the probe writer found on 2025-style wire copy written for these tests (probe31b)."""
from __future__ import annotations

from conftest import labels


def test_a_platform_words_are_posted_on_is_no_target(extract_learned):
    got = labels(extract_learned("Gustavo Petro condemned the strikes on boats. \"This is murder,\" he wrote on X."))
    assert not any(t == "X" for _, _, t in got), got
    got = labels(extract_learned("\"We will never surrender,\" Volodymyr Zelensky posted on Telegram."))
    assert not any(t == "Telegram" for _, _, t in got), got


def test_what_a_nominal_act_is_on_is_no_platform(extract):
    got = labels(extract("Senator Ted Cruz denounced the endorsement on Twitter."))
    assert not any(t == "Twitter" for _, _, t in got), got
