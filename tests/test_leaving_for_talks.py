"""Misses the probe round 30a writer found on 2025 news written for these tests."""
from __future__ import annotations

from conftest import labels


def test_leaving_a_place_for_talks_with_someone_consults_them(extract):
    got = labels(extract("Trump left Gyeongju on Thursday morning for talks with Chinese President Xi Jinping "
                         "in nearby Busan."))
    assert ("Donald Trump", "consults", "Xi Jinping") in got, got
