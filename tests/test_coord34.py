"""Coordinated parties as the target of a criticism or a blame: the guidelines code one statement
per party ("criticised the administration and Hillary Clinton"). Each sentence is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_named_party_after_a_role_is_criticised_too(extract):
    got = labels(extract("Labour attacked the prime minister and Alastair Campbell over the dossier."))
    assert ("Labour Party", "opposes", "prime minister") in got, got
    assert ("Labour Party", "opposes", "Alastair Campbell") in got, got


def test_a_named_party_after_a_body_is_criticised_too(extract):
    got = labels(extract("The senator criticised the administration and Hillary Clinton over the email scandal."))
    assert ("Senator", "opposes", "administration") in got, got
    assert ("Senator", "opposes", "Hillary Clinton") in got, got


def test_coordinated_issues_stay_issues(extract):
    got = labels(extract("The union opposes the tax rise and the spending cuts."))
    assert ("Union", "opposes", "tax rise") in got, got
    assert ("Union", "opposes", "spending cuts") in got, got
