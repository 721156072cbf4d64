"""Warnings: a risk warned of with no one it is aimed at is no threat (GUIDELINES: `threatens` warns
of a consequence aimed at another actor)."""
from __future__ import annotations

from conftest import labels


def test_a_risk_warned_of_is_no_threat(extract):
    # train_bbc_10: the gold codes the chairman's opposition, no threat
    got = labels(extract('The new chairman of the Bar Council, Guy Mansfield QC warned there was a real risk that '
                         'people on the "margins of society" would be driven into the hands of extremists.'))
    assert not any(r == "threatens" for _, r, t in got), got
    # PolNeAR train: doctors threaten no one with an outbreak
    got = labels(extract("Lawmakers accused each other of playing politics while doctors and medical experts "
                         "warned of the risk of an outbreak on the U.S. mainland."))
    assert not any(r == "threatens" for _, r, t in got), got


def test_a_risk_warned_to_someone_stays_a_threat(extract):
    # train_w16_05: the gold codes a threat to China
    got = labels(extract("On Saturday, top U.S. officials including Defense Secretary Ash Carter warned China of "
                         "the risk of isolating itself internationally."))
    assert any(r == "threatens" for _, r, t in got), got
    got = labels(extract("The union warned of strike action."))
    assert any(r == "threatens" for _, r, t in got), got


def test_an_amount_in_something_is_that_thing(extract):
    # PolNeAR train: "The Saudis have warned they could sell off hundreds of billions of dollars in U.S. assets"
    got = labels(extract("The Saudis have warned they could sell off hundreds of billions of dollars in U.S. assets "
                         "if the bill becomes law."))
    assert any(r == "threatens" and "assets" in t for _, r, t in got), got
    got = labels(extract("The United States pledged billions of dollars in aid to Ukraine."))
    assert any(r in {"proposes", "supports"} and "aid" in t for _, r, t in got), got
    # a place it is spent in is no issue
    got = labels(extract("The United States pledged billions of dollars in Ukraine."))
    assert not any("Ukraine" in t for _, r, t in got if r in {"proposes", "supports"}), got


def test_a_deal_warned_to_decimate_something_is_opposed(extract):
    # PolNeAR train: "warning that the deal would decimate the company's culture"
    got = labels(extract("Shortly after the merger announcement, the families of the company's founders had "
                         "mobilized, warning that the deal would decimate the company's culture."))
    assert any(r == "opposes" and t == "deal" for _, r, t in got), got
    got = labels(extract("Critics warned that the reform would erode public trust."))
    assert any(r == "opposes" and t == "reform" for _, r, t in got), got
