"""A thing done, judged by the manner of its passive in a reported clause: "said the plans had been
handled badly" opposes the plans (probebbc), "said the case was being handled fairly" supports the case
(news2025 probe), "said the debate had not been handled as it should have been" opposes the debate
(train); kg read nothing of these speakers. A manner said of people done to is no verdict on them."""
from __future__ import annotations

from conftest import labels

import pytest


@pytest.mark.parametrize("text, actor, rel, target", [
    ("Liberal Democrat defence spokesman Paul Keetch said the plans had been handled badly.",
     "Paul Keetch", "opposes", "plans"),
    ("Chief Executive John Lee said on Tuesday that the case was being handled fairly and in accordance with the law.",
     "John Lee", "supports", "case"),
    ("The deputy speaker later said the debate had not been handled as it should have been.",
     "Deputy speaker", "opposes", "debate"),
    ("The union said the inquiry had been run incompetently.", "Union", "opposes", "inquiry"),
    ("The minister said the evacuation had been managed well.", "Minister", "supports", "evacuation"),
])
def test_a_passive_judged_by_its_manner(extract, extract_learned, text, actor, rel, target):
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert (actor, rel, target) in got, got


@pytest.mark.parametrize("text", [
    "The charity said the refugees had been treated badly.",  # people done to: no verdict on them
    "The union said the inquiry had been run by a judge.",  # no manner
    "The union said the inquiry would be run properly if the minister agreed.",  # hypothetical
])
def test_no_manner_verdict(extract, text):
    got = labels(extract(text))
    assert not any(r in {"opposes", "supports", "praises"} for _, r, _ in got), got
