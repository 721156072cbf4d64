"""A relayed position is its holder's, not the messenger's (GUIDELINES: relayed positions)."""
from __future__ import annotations

from conftest import labels


def test_present_conjunct_of_past_reporter_is_the_reported_subjects(extract):
    # train (pn_16): the parser hung "wants" on "pledged"; a present verb cannot share a past
    # reporter's subject, so it continues the reported clause: Trump wants the deals, not Pence
    got = labels(extract("During the discussion, Pence pledged that Trump “really is” in favor of free trade, "
                         "but wants “smarter and tougher” trade deals."))
    assert ("Donald Trump", "demands", "smarter and tougher trade deals") in got
    assert not any(a == "Mike Pence" and r == "demands" for a, r, _ in got)

