"""BBC politics 2004-05 shapes the probebbc2 writer found missed on news it wrote; each sentence here
is written for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_a_party_written_short_names_the_leader_named_in_full(extract):
    got = labels(extract("Liberal Democrat leader Charles Kennedy has launched his manifesto. The Lib Dem leader, "
                         "who had missed the launch, also called for British troops to be brought home from Iraq."))
    assert any(a == "Charles Kennedy" and r == "demands" for a, r, _ in got), got
    assert not any(a == "Lib Dem leader" for a, _, _ in got), got

