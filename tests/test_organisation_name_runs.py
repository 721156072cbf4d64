"""An organisation's whole capitalised name where the tagger kept only part of it (the probes'
sentences): "The Muslim Council of Britain", not "Muslim Council"; "Campaign to Protect Rural
England", not "Campaign"; "One Parent Families", not "Parent Families"."""
from __future__ import annotations

from conftest import labels

import pytest


@pytest.mark.parametrize("text, actor", [
    ("The Muslim Council of Britain welcomed the plans.", "Muslim Council of Britain"),
    ("But the Campaign to Protect Rural England condemned the plans.", "Campaign to Protect Rural England"),
    ("Single parents' charity One Parent Families welcomed the announcement.", "One Parent Families"),
    ("Lawyers for Human Rights also warned that the amendment would require approval in a national referendum.",
     "Lawyers for Human Rights"),
    ("The 5-Star Movement said it would be ready to govern and proposed a referendum on Italy's membership of the euro.",
     "5-Star Movement"),
])
def test_a_cut_name_is_whole(extract, extract_learned, text, actor):
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert got and {a for a, _, _ in got} == {actor}, got


def test_a_later_it_takes_the_whole_name(extract_learned):
    got = labels(extract_learned("The Muslim Council of Britain met ministers on Monday. It welcomed the plans."))
    assert ("Muslim Council of Britain", "supports", "plans") in got, got


@pytest.mark.parametrize("text, actor", [
    ("The Confederation of British Industry welcomed the plans.", "Confederation of British Industry"),
    ("Officials in Brussels welcomed the plans.", "Officials"),
])
def test_a_known_or_placed_name_stays(extract, text, actor):
    got = labels(extract(text))
    assert {a for a, _, _ in got} == {actor}, got


def test_a_quotations_speaker_takes_the_whole_name(extract_learned):
    got = labels(extract_learned('"We oppose this law," said the Campaign to Protect Rural England.'))
    assert {a for a, _, _ in got} == {"Campaign to Protect Rural England"}, got


def test_a_person_of_a_party_is_not_a_longer_name(extract_learned):
    # the tagger misses the person; the party's name after "of" is no part of his (probe)
    got = labels(extract_learned("Yuichiro Tamaki of the Democratic Party for the People accused the government of "
                                 "mismanaging the stockpile."))
    assert got and not any("People" in a for a, _, _ in got), got
