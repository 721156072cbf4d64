"""Second statements in covered sentences: the actor's other act beside the one kg read; each
sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_the_reporters_act_after_a_question_of_whether_is_asserted(extract):
    # "asked" is hung on the questioned clause's "had read"; the asker's own request is no question
    got = labels(extract("The opposition leader Mary Clarke questioned whether the minister had read the report "
                         "and asked the government to publish the full figures."))
    assert any(a == "Mary Clarke" and r == "demands" and "figures" in (t or "") for a, r, t in got), got
    # the question itself still asserts nothing of the minister's
    assert not any(r == "accepts" for _, r, _ in got), got


def test_a_quoted_name_beside_a_hostile_act_is_opposition(extract):
    # the lists know no polarity of "a paper tiger"; the warning after "and" shows which side it is on
    got = labels(extract('The mayor, Tom Fielding, called the new parking scheme "a paper tiger" and warned that '
                         "the council would face a legal challenge."))
    assert ("Tom Fielding", "opposes", "parking scheme") in got, got
    # a quoted name beside a meeting stays no verdict
    got = labels(extract('Tom Fielding called the parking scheme "a fresh start" and said he would meet the council.'))
    assert not any(r == "opposes" for _, r, _ in got), got
