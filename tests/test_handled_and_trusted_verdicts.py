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


@pytest.mark.parametrize("text, actor, target", [
    ("Liberal Democrat leader Charles Kennedy said the row showed the Tories could not be trusted with the economy.",
     "Charles Kennedy", "Tories"),  # probebbc9
    ("Unionist leader Ian Paisley said the raid proved that republicans could never be trusted.", "Ian Paisley",
     "republicans"),  # probebbc (written with the speaker named)
])
def test_trust_denied_to_a_party(extract, text, actor, target):
    got = labels(extract(text))
    assert any(a == actor and r in {"opposes", "accuses"} and t.lower() == target.lower() for a, r, t in got), got


def test_trust_given_by_an_agent_is_no_verdict(extract):
    assert not labels(extract("Kennedy said the Tories were trusted by voters."))
