"""A quotation that judges what it is about in a clause of its own ("it is completely unacceptable",
"this is not the answer") is read as a stance on that issue, not a bare ``says`` (GUIDELINES: ``says``
only where no position is readable); each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_quoted_negative_verdict_opposes_the_issue(extract_learned):
    got = labels(extract_learned('The union leader Mary Jones spoke about the pension reforms. "In the 20th century, '
                                 'it is completely unacceptable," she said.'))
    assert ("Mary Jones", "opposes", "pension reforms") in got, got


def test_a_quote_with_no_verdict_stays_says(extract_learned):
    got = labels(extract_learned('The union leader Mary Jones spoke about the pension reforms. "We met the minister '
                                 'on Tuesday," she said.'))
    assert not any(a == "Mary Jones" and r == "opposes" for a, r, _ in got), got
