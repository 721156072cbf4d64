"""Right actor and relation, wrong target (fifth round); each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_demand_to_deny_asks_for_a_denial_not_for_what_is_denied(extract):
    # "challenged the minister to deny the reports" does not ask for the reports
    got = labels(extract("The senator challenged the minister to deny reports that he had lied to parliament."))
    assert any(r == "demands" and t == "denial of reports" for _, r, t in got), got
    assert not any(r == "demands" and t == "reports" for _, r, t in got), got
