"""Actors the gazetteer does not name but the sentence describes ("United Nations
investigators", "Rebel commanders", "Russian warplanes"), as the rules read them in the
ninth round: from train sentences or written for the test (never the seeds)."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, expected", [
    # from a train article (world news 2016): both sides of the accusation are descriptions
    ("Islamic State forces have committed genocide and other war crimes in a continuing effort to exterminate "
     "the Yazidi religious minority in Syria and Iraq, United Nations investigators said on Thursday.",
     ("United Nations investigators", "accuses", "Islamic State forces")),
    # from a train article (BBC politics 2004-05): the accused is a bare plural
    ("But Andrew Hogg, spokesman for the Medical Foundation for the Care of Victims of Torture, said ministers "
     "had so far failed to reassure agencies.", ("Andrew Hogg", "accuses", "Ministers")),
    # written for this test
    ("Rebel commanders said Russian warplanes had attacked the convoy.",
     ("Rebel commanders", "accuses", "Russian warplanes")),
])
def test_a_reported_wrong_accuses_whoever_the_sentence_describes(extract, text, expected):
    assert expected in triples(extract(text))


def test_no_accusation_of_a_description_in_the_journalists_own_voice(extract):
    # written for this test: no one reports the wrong, so no one accuses
    assert not [t for t in triples(extract("Russian warplanes attacked the convoy.")) if t[1] == "accuses"]
