"""Groups named by kind in the plural ("critics", "campaigners"): a side of
their own, so a stance a speaker relays for them is theirs (GUIDELINES: relayed positions credit
the original actor); each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_critics_under_a_speaker_keep_their_relayed_stance(extract):
    got = labels(extract("Health Secretary Anna Smith said critics would reject the plan."))
    assert ("Critics", "rejects", "plan") in got, got
    assert ("Anna Smith", "rejects", "plan") not in got, got


def test_campaigners_under_a_speaker_keep_their_relayed_stance(extract):
    got = labels(extract("Chancellor Mark Brown said campaigners would oppose the tax rise."))
    assert ("Campaigners", "opposes", "tax rise") in got, got


def test_a_speakers_belief_about_a_group_stays_his(extract):
    got = labels(extract("Party leader Mark Brown believes voters would accept higher taxes on the rich."))
    assert not any(a == "Voters" for a, _, _ in got), got
