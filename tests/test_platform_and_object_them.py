"""2025 news the probe writer wrote (probe30b): a post's platform, a mis-tagged "U-turn";
each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_the_platform_x_is_no_target(extract_learned):
    got = labels(extract_learned("Former US President Barack Obama, whose father was from the same Luo community, "
                                 "paid tribute on X, writing that Odinga \"never stopped believing in the promise "
                                 "of democracy in Kenya.\""))
    assert not any(t == "X" for _, _, t in got), got


def test_no_u_turn_rejects_it_beside_another_sentence(extract):
    got = labels(extract("Downing Street said there would be no U-turn. The spokesman said the vote would go ahead."))
    assert ("Downing Street", "rejects", "u-turn") in {(a, r, t.lower()) for a, r, t in got if t}, got


def test_the_verb_beside_a_demand_is_not_demanded(extract_learned):
    got = labels(extract_learned("The minister said he was reviewing the report and called for an inquiry."))
    assert ("Minister", "demands", "inquiry") in got, got
    assert not any("reviewing" in (t or "") for _, _, t in got), got


def test_them_after_a_described_group_is_that_group(extract):
    got = labels(extract("The unions rejected the offer. Thune accused them of lying."))
    assert ("John Thune", "accuses", "Unions") in got, got
    got = labels(extract("The Democrats will not budge, and Thune accused them of holding workers hostage."))
    assert ("John Thune", "accuses", "Democrats") in got, got
