"""Praise and threat the extractor read as another relation; each sentence is written for its test."""
from __future__ import annotations

from conftest import labels


def test_gratitude_to_an_unnamed_party_praises_it(extract):
    got = labels(extract("The prime minister said he was grateful to the emergency services for their work."))
    assert ("Prime minister", "praises", "emergency services") in got, got
    got = labels(extract("Moscow was grateful for US mediation efforts."))  # thanks for an act: support
    assert not any(r == "praises" for _, r, _ in got), got


def test_violence_vowed_against_others_threatens(extract):
    got = labels(extract("The rebels vowed to kill any soldier who entered the town."))
    assert any(a == "Rebels" and r == "threatens" for a, r, _ in got), got
    assert not any(r == "supports" for _, r, _ in got), got


def test_tariffs_slapped_if_a_demand_is_not_met_threaten(extract):
    got = labels(extract("Trump said he would slap tariffs on Canada if it did not act on fentanyl."))
    assert ("Donald Trump", "threatens", "tariffs") in got, got
    got = labels(extract("The Kremlin said it would levy new duties on European goods if Brussels went ahead "
                         "with the sanctions."))
    assert any(a == "Kremlin" and r == "threatens" for a, r, _ in got), got


def test_nothing_but_respect_for_a_party_praises_it(extract):
    got = labels(extract('"I have nothing but respect for Senator McCain," Trump said.'))
    assert ("Donald Trump", "praises", "McCain") in got, got
    got = labels(extract("She has nothing but respect for the law."))  # esteem for no party: no praise
    assert not any(r == "praises" for _, r, _ in got), got


def test_a_good_verdict_on_those_who_serve_praises_them(extract):
    got = labels(extract('"Our soldiers are the best in the world," the defence minister said.'))
    assert ("defence minister", "praises", "soldiers") in got, got
    got = labels(extract("The mayor said the firefighters had been magnificent."))
    assert ("Mayor", "praises", "firefighters") in got, got
