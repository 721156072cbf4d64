"""Role phrases that take up the person the article was just about: "the 55-year-old" after the
person who spoke, not a name that only modifies a thing. Sentence modelled on a news2025 probe's."""
from __future__ import annotations


def test_an_age_takes_up_the_speaker_not_a_name_in_passing(extract):
    got = {(st.actor.label, st.relation.value) for st in extract("Opposition leader Rahul Gandhi on Thursday accused the Election Commission of colluding with "
                         "the ruling party.\n"
                         "\"This is a criminal fraud being done on the people of India,\" Gandhi said at a press "
                         "conference at the Indira Bhawan headquarters of the Congress. \"We have the proof.\"\n"
                         "The 55-year-old demanded that the commission release machine-readable electoral rolls.")}
    assert not any(a == "Indira Bhawan" for a, _ in got), got
    assert any("Gandhi" in a and r == "demands" for a, r in got), got

