"""An ambassador recalled, told in a headline (probe headlines of the world 2016 kind; the negatives written in
their style): a protest taken as a step, which opposes what follows "over" or "after", not the host country."""
from __future__ import annotations

from conftest import labels

BODY = "\n\nOfficials spoke to reporters on Wednesday."


def test_an_ambassador_recalled_over_a_meeting_opposes_it(extract):
    got = labels(extract("Greece recalls ambassador to Austria over Balkan migrant meeting" + BODY))
    assert any(a == "Greece" and r == "opposes" and "meeting" in t for a, r, t in got), got
    assert not any(r == "opposes" and t == "Austria" for _, r, t in got), got


def test_an_ambassador_recalled_after_a_vote_opposes_it(extract):
    got = labels(extract("Turkey recalls ambassador after German parliament's Armenian genocide vote" + BODY))
    assert any(a == "Turkey" and r == "opposes" and "vote" in t for a, r, t in got), got


def test_no_protest_in_goods_recalled_or_an_envoy_without_a_ground(extract):
    for head in ("Toyota recalls 500,000 cars over brake fault", "Japan recalls ambassador to Seoul for consultations"):
        got = labels(extract(head + BODY))
        assert not any(r == "opposes" for _, r, _ in got), (head, got)
