"""Misses the probe34b writer found on 2025 news written for the probe (Gothamist-style, Balkan
Insight-style); each sentence here is written for its test, or taken from train where named."""
from __future__ import annotations

from conftest import labels


def test_declining_to_say_whether_rejects_nothing(extract):
    got = labels(extract("Senate Minority Leader Chuck Schumer, who had declined to say whether he voted for the "
                         "mayor-elect, said in a statement that he looked forward to working with him."))
    assert not any(r == "rejects" for _, r, _ in got), got
    got = labels(extract("The minister refused to say if the government would scrap the tax."))
    assert not any(r == "rejects" for _, r, _ in got), got


def test_refusing_an_act_still_rejects_it(extract):
    got = labels(extract("The minister refused to back the tax increase."))
    assert any(r == "rejects" for _, r, _ in got), got
