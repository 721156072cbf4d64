"""Quotations whose position the learned stages read below their threshold, on news sentences written
for these tests: a target that is the quotation's own verb phrase is no issue, so the quotation is
filed as ``says`` (the quotations' fallback, ``quote_fallback.acted_out``)."""
from __future__ import annotations

from conftest import labels


TEXT = ('Union leader Mark Davies spoke to reporters in Leeds on Monday. "If you want the pension you were promised '
        'when you started, you must work for an extra five years," he said.\n\n'
        'Council chief Anna Reyes met residents on Tuesday. "Somehow I personally hope that we can work something '
        'out," she said.')


def test_a_verb_phrase_read_below_the_threshold_is_no_position(extract_learned):
    got = labels(extract_learned(TEXT))
    assert not any(a == "Mark Davies" and r == "demands" for a, r, _ in got), got
    assert not any(a == "Anna Reyes" and r == "supports" for a, r, _ in got), got


def test_the_quotations_keep_their_speakers(extract_learned):
    got = labels(extract_learned(TEXT))
    assert any(a == "Mark Davies" and r == "says" for a, r, _ in got), got
    assert any(a == "Anna Reyes" and r == "says" for a, r, _ in got), got
