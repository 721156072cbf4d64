"""Respect said of a process, a right or a standing ("said Washington respects the constitutional process
in Peru"): the speaker's body backs it (GUIDELINES: supports), where respecting an outcome as it fell
("respects the decision of the voters") stays an acceptance (``recognition.CONCEDING``). The first two
sentences are from the probes (news2025, world2016); the others are written for their tests."""
from __future__ import annotations

from conftest import labels


def test_a_process_said_to_be_respected_is_supported(extract):
    got = labels(extract("In a post on X, the State Department's Bureau of Western Hemisphere Affairs said "
                         "Washington \"respects the constitutional process\" in Peru."))
    assert any(r == "supports" and "constitutional process" in t.lower() for _, r, t in got), got


def test_a_standing_said_to_be_respected_is_supported(extract):
    got = labels(extract("Turkish Prime Minister Binali Yildirim later said Ankara respected Iraq's territorial "
                         "integrity but would not be a spectator."))
    assert any(r == "supports" and "integrity" in t.lower() for _, r, t in got), got


def test_an_outcome_respected_stays_accepted(extract):
    got = labels(extract("The Labour Party said it respected the outcome of the vote."))
    assert any(r == "accepts" for _, r, _ in got), got
    assert not any(r == "supports" for _, r, _ in got), got


def test_respect_urged_on_another_is_no_stance_of_theirs(extract):
    got = labels(extract("The European Commission urged the Hungarian authorities to respect freedom of assembly."))
    assert not any(a.startswith("Hungar") and r == "supports" for a, r, _ in got), got



def test_a_country_refusing_is_its_speakers_refusal_where_his_country_is_not_known(extract):
    # news2025 probe: the speaker's country is unknown to the gazetteer, the country is his (coded rejects)
    got = labels(extract("Prime Minister Ousmane Sonko said Senegal would not restructure its public debt."))
    assert any(a == "Ousmane Sonko" and r == "rejects" for a, r, _ in got), got
    got = labels(extract("Slovakia will not take part in a new arms race, Prime Minister Robert Fico said."))
    assert ("Robert Fico", "rejects", "arms race") in got, got


def test_a_known_foreigner_forecasting_a_refusal_takes_no_position(extract):
    got = labels(extract("Marco Rubio said Russia would not withdraw its troops from the border."))
    assert not any(a == "Marco Rubio" and r == "rejects" for a, r, _ in got), got


def test_respect_agreed_to_stays_in_the_acceptance(extract):
    got = labels(extract("In return, the group agreed to disband its armed units and respect the Afghan constitution."))
    assert not any(r == "supports" for _, r, _ in got), got
