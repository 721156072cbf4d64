"""The sign and the kind of stance relations (support or opposition, demand or proposal,
rejection or opposition) on sentences written for these tests."""
from __future__ import annotations

from conftest import labels


def test_a_denial_failed_is_no_position(extract):
    got = labels(extract("The minister failed to deny the claims about the contract."))
    assert not any(r in {"rejects", "accepts"} for _, r, _ in got), got


def test_no_need_for_an_act_rules_it_out(extract):
    got = labels(extract("The minister said there was no need to close the hospital."))
    assert any(r == "rejects" and "hospital" in (t or "") for _, r, t in got), got
    got = labels(extract("Dr Smith said there was no place for violence in politics."))
    assert any(r == "opposes" and "violence" in (t or "") for _, r, t in got), got  # judged unwelcome: argued against
