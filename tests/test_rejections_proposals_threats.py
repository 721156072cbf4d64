"""Rejections, proposals and threats: cues of general English written out in sentences made for
these tests (the shared sets coded few of them; dev recall of rejects, proposes and threatens was
about a fifth)."""
from __future__ import annotations

from conftest import labels

import pytest


@pytest.mark.parametrize("text, expected", [
    # phrasal verbs of putting forward and of brushing aside, the particle parsed as such or as an adverb
    ("The Conservatives put forward a plan for a local income tax.", ("Conservatives", "proposes")),
    ("The Kremlin brushed aside the proposal.", ("Kremlin", "rejects")),
    ("Moscow shrugged off the sanctions.", ("Russia", "rejects")),
    ("The Tories threw out the proposal.", ("Tories", "rejects")),
    ("The unions brushed off the offer.", ("Unions", "rejects")),
])
def test_phrasal_cues_of_proposing_and_rejecting(extract, extract_learned, text, expected):
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert any((a, r) == expected for a, r, _ in got), got


def test_a_warning_of_ones_own_act_is_a_threat_only(extract, extract_learned):
    # "warned that it would close the strait": the warner's act to come is its threat, not also a proposal
    # (as a pledge under a warning already is)
    text = "Iran warned that it would close the Strait of Hormuz if attacked."
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert any(a == "Iran" and r == "threatens" for a, r, _ in got), got
        assert not any(a == "Iran" and r == "proposes" for a, r, _ in got), got

