"""Misses found on BBC-style UK politics news written for a probe (2004-05 style); each sentence here is
written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_count_of_things_names_the_things(extract_learned):
    got = labels(extract_learned("Union leaders urged ministers to protect thousands of jobs."))
    assert any(a == "Union leaders" and r == "demands" and t and "jobs" in t for a, r, t in got), got
    got = labels(extract_learned("Union leaders have called on the government to do more to help thousands of "
                                 "workers who face losing their jobs."))
    assert any(a == "Union leaders" and r == "demands" and t and "workers" in t for a, r, t in got), got


def test_what_an_issue_allows_to_be_done_is_a_verdict_on_it(extract_learned):
    got = labels(extract_learned("Ms Jowell said the compromise would allow the reforms to be tested before any "
                                 "wider roll-out."))
    assert any(a.endswith("Jowell") and r == "supports" and t == "compromise" for a, r, t in got), got


def test_an_act_named_by_its_manner_is_the_denied_target(extract_learned):
    got = labels(extract_learned("The Phoenix Four denied that they had acted improperly."))
    assert any(r == "rejects" and t and "improperly" in t for a, r, t in got), got
