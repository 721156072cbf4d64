"""Constructions of ordinary English the rules learned to read in the fifth round,
one test each, from train sentences or written for the test (never the seeds).
``tests/test_extract.py`` holds the earlier rounds' cases."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, expected", [
    # from a train article (BBC politics 2004-05)
    ("Five more barristers are now reported to be threatening to resign.",
     ("Five more barristers", "threatens", "resignation")),
    # written for this test
    ("Labour is set to back the deal.", ("Labour Party", "supports", "deal")),
])
def test_a_raising_passive_lends_its_subject_to_the_act(extract, text, expected):
    assert expected in triples(extract(text))
