"""Acts credited to their own actor, not to the one the sentence's frame names: an act wielded as a
means ("Cruz electrified the crowds with promises to shake things up, Stovall said": Cruz proposes,
train), a stance a plural voiced under a named teller ("Temko said e-mails from readers showed deeper
concern": the readers', train). Sentences written for the tests."""
from __future__ import annotations

from conftest import labels


def test_an_act_used_as_a_means_is_the_user_s(extract):
    got = labels(extract("Governor Tom Baker won over the small crowds with promises to scrap tuition fees, "
                         "Senator Maria Lopez said."))
    assert any(a == "Tom Baker" and r == "proposes" and t and "tuition fees" in t for a, r, t in got), got


def test_agreeing_with_a_proposal_is_no_proposal_of_one_s_own(extract):
    got = labels(extract("Governor Tom Baker agreed with the proposal to scrap tuition fees."))
    assert not any(a == "Tom Baker" and r == "proposes" for a, r, t in got), got


def test_a_stance_a_plural_voiced_is_its_own_not_the_teller_s(extract):
    got = labels(extract("Editor Ned Temko said readers expressed anger about the poster."))
    assert ("Readers", "opposes", "poster") in got, got
    assert ("Ned Temko", "opposes", "poster") not in got, got
