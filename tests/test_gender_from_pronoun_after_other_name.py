"""A possessive that may be another's gives no gender to the one person named (probe32a: sentences written
for these tests in the style of 2025 news)."""
from __future__ import annotations

from conftest import labels


def test_his_after_another_name_does_not_make_her_a_he(extract_learned):
    # the tagger takes "Paluckas" for a place, so the sentence names one person; "his" is his, not hers
    got = labels(extract_learned("Angela Merkel thanked Paluckas for his work. She ruled out early elections."))
    assert ("Angela Merkel", "rejects", "early elections") in got, got
    got = labels(extract_learned("Vilija Blinkevičiūtė thanked Paluckas for his work. "
                                 "She ruled out early elections."))
    assert ("Vilija Blinkevičiūtė", "rejects", "early elections") in got, got


def test_her_own_possessive_still_teaches_her_gender(extract_learned):
    got = labels(extract_learned("Kaja Kallas presented her plan on Monday. She ruled out early elections."))
    assert ("Kaja Kallas", "rejects", "early elections") in got, got
