"""A body the speaker calls his own ("his inspectors", "her group", "its members") under a reporting verb:
the speaker voices that body's stance and is its actor, as with "his party" (probe gold credits the speaker
throughout: "Mr Kennedy said his party backed ...", "Grossi said his inspectors were ready to verify any
agreement"); kg credited the bare noun ("Inspectors") and named the speaker only as its messenger. Another's
body stays its own ("Crow said the employers' negotiators had rejected the offer")."""
from __future__ import annotations

import pytest

from conftest import labels


@pytest.mark.parametrize("text, actor, relation", [
    # probe news2025 (40b)
    ("Meanwhile, International Atomic Energy Agency chief Rafael Grossi said his inspectors were ready to verify any "
     "agreement reached between the two sides.", "Rafael Grossi", "accepts"),
    # probe news2025 (35a)
    ("Left Party parliamentary leader Heidi Reichinnek said her group had accepted the shortened procedure in order "
     "to avoid chaos.", "Heidi Reichinnek", "accepts"),
    # written: a described body's members ("its", which the resolver leaves to no antecedent)
    ("The RMT union said its members had rejected the pay offer.", "RMT union", "rejects"),
    # written: a union leader's members
    ("Union leader Bob Crow said his members had rejected the pay offer.", "Bob Crow", "rejects"),
])
def test_own_body_under_a_speaker_is_the_speakers(extract_learned, text, actor, relation):
    got = labels(extract_learned(text))
    assert any(a == actor and r == relation for a, r, _ in got), got
    assert not any(a in {"Inspectors", "Group", "Members"} for a, _, _ in got), got


def test_another_partys_body_stays_its_own(extract_learned):
    # written: the possessor is not the speaker, so the speaker does not take the act
    text = "Union leader Bob Crow said the employers' negotiators had rejected the pay offer."
    got = labels(extract_learned(text))
    assert any(a == "Employers' negotiators" and r == "rejects" for a, r, _ in got), got
