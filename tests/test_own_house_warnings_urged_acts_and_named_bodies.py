"""BBC 2004-05 probe leftovers: warnings of one's own body's act to come; each sentence here is
written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_peer_warning_what_the_lords_would_do_threatens_it(extract):
    got = labels(extract("Tory peer Lord Hanson warned that the Lords would block the bill unless ministers "
                         "dropped the cap on fees."))
    assert any(a == "Hanson" or a.endswith("Hanson") for a, r, _ in got if r == "threatens"), got


def test_a_minister_warning_what_the_government_would_do_threatens_it(extract):
    got = labels(extract("Tony Blair warned that the government would use the Parliament Act to force the bill "
                         "through."))
    assert any(a == "Tony Blair" and r == "threatens" for a, r, _ in got), got


def test_a_forecast_of_another_body_stays_no_threat(extract):
    got = labels(extract("Tony Blair warned that the Lords would block the bill."))
    assert not any(r == "threatens" for _, r, _ in got), got


def test_a_time_clause_is_no_content_of_the_act_urged(extract):
    got = labels(extract("The minister urged peers to think again when the bill returns to the Lords."))
    assert not any(t == "Lords" or t == "lords" for _, r, t in got if r == "demands"), got


def test_an_infinitive_hung_on_the_objects_relative_clause_is_the_act_urged(extract):
    got = labels(extract("Union leader Dave Prentis urged members who backed the strike to accept the offer."))
    assert not any(t == "members" for _, r, t in got if r == "demands"), got
    assert any(r == "demands" and "offer" in (t or "") for _, r, t in got), got


def test_a_body_named_by_its_country_is_no_country(extract):
    got = labels(extract("Tuition fees row\\n\\nThe vice-chancellors met on Monday. Universities UK welcomed the "
                         "concession and urged peers to pass the bill without delay."))
    assert not any(a == "United Kingdom" for a, _, _ in got), got
    assert any(a == "Universities UK" for a, _, _ in got), got
