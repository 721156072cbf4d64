"""Who "he" is after a sentence whose opening name the parser hung inside a clause: the
name is the root verb's subject and the antecedent of the "he" that follows, not the person
named inside the participle (sentences written for the test, in the shape of a train one)."""
from __future__ import annotations

from conftest import labels


def test_opening_name_hung_inside_a_participle_is_the_subject(extract):
    text = ('The religious test for refugees originated, as nasty things often do, in the mouth of Donald Trump, '
            'who proclaimed in July - falsely - that Christians fleeing Syria "cannot come into this country" '
            'but Muslim refugees from Syria "can come in so easily." Trump, later alleging - again falsely - '
            'that President Obama wanted to admit 250,000 Syrians, said he would deport refugees. '
            '(On Monday he said he would "strongly consider" closing mosques.)')
    got = labels(extract(text))
    assert not any(a == "Barack Obama" and t == "deport refugees" for a, _, t in got), got
    assert any(a == "Donald Trump" and t == "deport refugees" for a, _, t in got), got
