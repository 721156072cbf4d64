"""A measure a speaker's own body will take, told with "would" after the text has titled him earlier ("Defence
Secretary Geoff Hoon ... He said the government would publish a report"): the speaker proposes it, as when the
title stands beside his name (probes: the bbc2004 and 2025 styles). Sentences written for the tests."""
from __future__ import annotations

from conftest import labels


def test_a_minister_titled_before_announces_his_governments_measure(extract_learned):
    got = labels(extract_learned("Health Minister Anna Berg visited the hospital on Monday.\n\n"
                                 "She said the government would publish a report on waiting times by the summer."))
    assert any(a == "Anna Berg" and r == "proposes" and t and "report" in t for a, r, t in got), got


def test_a_president_named_bare_announces_his_governments_measure(extract_learned):
    got = labels(extract_learned("President Tomas Varga opened the session.\n\n"
                                 "Varga said the government would hold a state funeral for the victims."))
    assert any(a == "Tomas Varga" and r == "proposes" and t and "funeral" in t for a, r, t in got), got


def test_a_chairman_titled_before_announces_his_bodys_review(extract_learned):
    got = labels(extract_learned("Commission chairman Peter Holm presented the figures.\n\n"
                                 "He said the commission would review the voting age again in five years."))
    assert any(a == "Peter Holm" and r == "proposes" and t and "voting age" in t for a, r, t in got), got


def test_a_shadow_minister_titled_before_forecasts_no_measure(extract_learned):
    got = labels(extract_learned("Shadow health secretary Anna Berg visited the hospital on Monday.\n\n"
                                 "She said the government would publish a report on waiting times by the summer."))
    assert not any(a == "Anna Berg" and r == "proposes" for a, r, _ in got), got


def test_a_chairman_announces_the_review_of_the_body_named_before(extract_learned):
    got = labels(extract_learned("The Electoral Commission decided not to lower the voting age.\n\n"
                                 "Chairman Peter Holm said the commission would review the voting age again in five years."))
    assert any(a == "Peter Holm" and r == "proposes" and t and "voting age" in t for a, r, t in got), got


def test_a_gain_the_speakers_government_will_receive_is_no_measure(extract_learned):
    got = labels(extract_learned("President Tomas Varga opened the session.\n\n"
                                 "He said the government would receive a quarter of the revenue from the sales."))
    assert not any(a == "Tomas Varga" and r == "proposes" for a, r, _ in got), got
