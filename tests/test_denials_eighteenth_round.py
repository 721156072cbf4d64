"""What a speaker denies is not asserted: "denied that the group had rejected the proposal" is no
rejection by the group, nor by the speaker of the proposal; the speaker rejects the claim."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text", [
    # written for this test (wire style, 2025): the group's rejection is what is denied
    "Senior Hamas official Basem Naim denied that the group had rejected the US proposal.",
    "The Kremlin denied claims that Russia had rejected the peace plan.",
    # rejecting or dismissing a claim denies its content too
    "Downing Street rejected claims that the Treasury had rejected the peace plan.",
])
def test_an_act_denied_is_no_act(extract, extract_learned, text):
    for run in (extract, extract_learned):
        got = {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in run(text)}
        # the denier may reject the claim ("rejected US proposal"), not the proposal itself
        assert not [t for t in got if t[1] in {"rejects", "opposes"} and t[2] in {"US proposal", "peace plan"}], got


def test_a_denial_still_rejects_what_it_denies(extract):
    # written for this test: the denial itself stays a rejection of the allegations
    got = triples(extract("The minister denied the allegations of wrongdoing."))
    assert ("The minister", "rejects", "allegations of wrongdoing") in got or any(
        r == "rejects" and "allegations" in (t or "") for _, r, t in got), got
