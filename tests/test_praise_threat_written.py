"""Praise and threat read as another relation on news written for these tests: a quoted verdict on
"he" or "she" said of a named person, bare thanks in a quotation, and a price another side will pay."""
from __future__ import annotations

from conftest import labels


def test_a_quoted_verdict_on_he_praises_the_one_it_is_said_of(extract):
    got = labels(extract('"He has done a fantastic job for this country," Donald Trump said of the Secretary of '
                         'State Mike Pompeo.'))
    assert ("Donald Trump", "praises", "Mike Pompeo") in got, got
    got = labels(extract('"She is a great leader and a good friend," Boris Johnson said of Angela Merkel.'))
    assert ("Boris Johnson", "praises", "Angela Merkel") in got, got


def test_a_quotation_s_bare_thanks_praise_whom_they_go_to(extract):
    got = labels(extract('"Many thanks to President Macron for his support," Ukrainian President Volodymyr '
                         'Zelensky said.'))
    assert ("Volodymyr Zelensky", "praises", "Emmanuel Macron") in got, got
    got = labels(extract('"Thanks to the new rules, prices have fallen," the minister Rishi Sunak said.'))
    assert not any(r == "praises" for _, r, _ in got), got  # a cause, no thanks


def test_a_price_another_side_will_pay_is_threatened(extract):
    sts = extract("Turkish President Recep Tayyip Erdogan said the Netherlands would pay a price for expelling "
                  "his minister.")
    got = labels(sts)
    assert any(a == "Recep Tayyip Erdogan" and r == "threatens" for a, r, _ in got), got
    assert not any(r == "proposes" for _, r, _ in got), got
    assert any(st.addressee is not None and st.addressee.label == "Netherlands" for st in sts), got
    got = labels(extract('"We will pay a heavy price for this decision," the Labour leader Keir Starmer said.'))
    assert not any(r in {"threatens", "proposes"} for _, r, _ in got), got
