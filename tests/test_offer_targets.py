"""The offer, proposal or call an act is done to is its target, not what the offer offers: "reconsider its
proposals to reflect Parliament's wish" (train) asks for the proposals to be reconsidered; the act's verb
joined to the proposal's content ("reconsider reflect Parliament's wish") names no act at all. The first
sentence is train's, the others are written for this test."""
from __future__ import annotations

from conftest import labels

import pytest


@pytest.mark.parametrize("text, actor, bad", [
    ("Mr Denham believes the SGC should reconsider its proposals to reflect Parliament's wish that murder "
     "should be treated as a separate and especially grave category of offence.", "Denham",
     "reconsider reflect Parliament's wish"),
    ("The union called on the council to reconsider its offer to cut wages.", "Union", "reconsider cut wages"),
])
def test_an_act_on_a_proposal_is_not_joined_to_its_content(extract, extract_learned, text, actor, bad):
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert not any(a == actor and t == bad for a, _, t in got), got
        # a label cut to a window ends on no dangling "that" ("reconsider proposals to reflect wish that")
        assert not any(t and t.endswith(" that") for _, _, t in got), got
        assert any(a == actor and r == "demands" and t and t.startswith("reconsider") for a, r, t in got), got


def test_an_undone_proposal_is_the_proposal(extract):
    # "withdraw its proposal to raise the pension age": the withdrawal of the proposal, not of "raise pension age"
    got = labels(extract("The opposition urged the government to withdraw its proposal to raise the pension age."))
    assert ("Opposition", "demands", "withdrawal of raise pension age") not in got, got
    assert any(r == "demands" and t and "proposal" in t for _, r, t in got), got
