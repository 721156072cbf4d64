"""Round probebbc12 (BBC politics 2004-05 probe): general misses read off the new probe set."""
from __future__ import annotations

from conftest import labels


def test_a_suggestion_whose_clause_names_nothing_is_itself_rejected(extract):
    # probe sentence: "Mr Sedgemore, 68, rejected suggestions that he was motivated by bitterness ..."
    got = labels(extract("Brian Sedgemore rejected suggestions that he was motivated by bitterness."))
    assert any(a == "Brian Sedgemore" and r == "rejects" and t and ("suggestions" in t or "bitterness" in t)
               for a, r, t in got), got


def test_an_accusation_read_by_a_rule_names_the_accused_only(extract_learned):
    # probe: "Tory leader Michael Howard accused Mr Blair of failing to tell the public about the doubts of the
    # intelligence services"; this is the shape of bbc2004 probe's "... of failing to tell the truth about the legal advice"
    got = labels(extract_learned("Tory leader Michael Howard accused Mr Blair of failing to tell the truth about the legal advice."))
    assert ("Michael Howard", "accuses", "Tony Blair") in got, got
    assert not any(r == "accuses" and t and "advice" in t for _, r, t in got), got
