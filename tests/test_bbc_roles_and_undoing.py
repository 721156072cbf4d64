"""BBC politics 2004-05 shapes the probebbc2 writer found missed on news it wrote; each sentence here
is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_party_written_short_names_the_leader_named_in_full(extract):
    got = labels(extract("Liberal Democrat leader Charles Kennedy has launched his manifesto. The Lib Dem leader, "
                         "who had missed the launch, also called for British troops to be brought home from Iraq."))
    assert any(a == "Charles Kennedy" and r == "demands" for a, r, _ in got), got
    assert not any(a == "Lib Dem leader" for a, _, _ in got), got


def test_a_demand_to_rule_out_is_no_demand_for_the_thing_ruled_out(extract):
    got = labels(extract("Mr Howard urged the government to rule out any increase in council tax bills."))
    assert ("Michael Howard", "demands", "increase") not in got, got
    assert any(r == "demands" and t.startswith("rejection of") for _, r, t in got), got


def test_him_after_and_is_not_the_reported_subject_so_the_reporter_acts(extract_learned):
    got = labels(extract_learned("Mr Howard said Mr Blair was out of touch and accused him of betraying voters."))
    assert ("Michael Howard", "accuses", "Tony Blair") in got, got
    assert ("Tony Blair", "accuses", "Michael Howard") not in got, got
    got = labels(extract_learned("UKIP leader Roger Knapman said Mr Kilroy-Silk was welcome to go and accused him of "
                                 "putting his own ambition first."))
    assert not any(a == "Kilroy-Silk" and r == "accuses" for a, r, _ in got), got


def test_the_chef_is_the_chef_just_named(extract_learned):
    got = labels(extract_learned("The government has promised cash after a campaign by television chef Jamie Oliver. "
                                 "Tony Blair praised the chef for his campaign."))
    assert ("Tony Blair", "praises", "Jamie Oliver") in got, got
