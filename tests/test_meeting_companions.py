"""Misses of the probe39b set (May 2025 news in the styles of Ukrinform, Ahram Online, RTE News, the Indian
Express and the Malay Mail), each test on a sentence of that set or one written for it."""
from __future__ import annotations

from conftest import labels


def test_met_someone_together_with_others_consults_the_one_met(extract):
    # probe39b_1: "together with the leaders of France, Germany and Poland" names who came along, not whom he met
    got = labels(extract("British Prime Minister Keir Starmer, who met Zelensky in Tirana together with the leaders "
                         "of France, Germany and Poland, said Putin's position in Istanbul was \"unacceptable\"."))
    assert ("Keir Starmer", "consults", "Volodymyr Zelensky") in got, got
    assert not any(r == "consults" and t in {"France", "Germany", "Poland"} for _, r, t in got), got


def test_met_someone_along_with_a_colleague_consults_the_one_met(extract):
    got = labels(extract("Foreign Minister Badr Abdelatty met Hamas officials in Cairo along with the Qatari "
                         "delegation."))
    assert not any(r == "consults" and "Qatar" in (t or "") for _, r, t in got), got


def test_met_with_someone_still_consults_them(extract):
    got = labels(extract("Keir Starmer met with Volodymyr Zelensky in Tirana on Friday."))
    assert ("Keir Starmer", "consults", "Volodymyr Zelensky") in got, got
