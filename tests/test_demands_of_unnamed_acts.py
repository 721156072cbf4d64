"""Demands read from "X urged Y to V" / "called on Y to V": the act asked for is the target (GUIDELINES:
demands -- "asks, urges or insists that the target happen"), also where the act's object names no issue."""
from __future__ import annotations

from conftest import labels


def test_an_act_urged_on_a_vague_object_is_the_demand(extract):
    # probe28b_4
    got = labels(extract("Former Prime Minister Shigeru Ishiba urged Takaichi to handle the issue carefully."))
    assert any(a.endswith("Ishiba") and r == "demands" and t and "handle" in t for a, r, t in got), got


def test_release_of_people_urged_after_a_report_is_the_demand(extract):
    # probew16o_2: "people" names no issue; the release asked for does
    got = labels(extract("U.N. human rights chief Zeid Ra'ad al-Hussein said the crackdown would only radicalise "
                         "Bahrain's Shi'ite majority and urged Manama to release people detained for peaceful protest."))
    assert any(a.startswith("Zeid") and r == "demands" and t and t.startswith("release") for a, r, t in got), got


def test_an_act_on_a_named_issue_keeps_its_issue(extract):
    got = labels(extract("Amnesty International urged the Security Council to impose an arms embargo."))
    assert any(r == "demands" and t and "embargo" in t for _, r, t in got), got
