"""An act with no object and a phrase of time is the act, not the time ("would stand down
before the next election" is about standing down, not the election). From a train article
(BBC politics 2004-05) and a sentence written for the test (never the seeds)."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, actor, act", [
    ("Mr Blair and Mr Brown met in November. "
     "The prime minister told Mr Brown he would stand down before the next election.", "Tony Blair", "stand down"),
    ("The senator promised to step down after the vote on the budget.", "Senator", "step down"),
])
def test_the_act_not_its_time_is_the_target(extract, text, actor, act):
    got = triples(extract(text))
    assert any(a == actor and t is not None and t.startswith(act) for a, _, t in got), got
    assert not any(t in {"next election", "vote on budget", "vote"} for _, _, t in got), got
