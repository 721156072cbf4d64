"""Misses found on world news of 2016 written for the probe (probew16i); each sentence here is
written for its test."""
from __future__ import annotations

from conftest import labels


def test_each_of_two_named_after_a_title_is_met(extract):
    # "met Vietnam's party chief Nguyen Phu Trong and Prime Minister Nguyen Xuan Phuc": the parser
    # makes "chief" the object, the first name its apposition and the second that name's conjunct
    got = labels(extract("Kerry met Vietnam's party chief Nguyen Phu Trong and Prime Minister Nguyen Xuan Phuc."))
    assert ("John Kerry", "consults", "Nguyen Phu Trong") in got, got
    assert ("John Kerry", "consults", "Nguyen Xuan Phuc") in got, got
