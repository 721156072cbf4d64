"""Misses the 2025-news probe writers (probe31c) found on news they wrote; each sentence here is
written for its test."""
from __future__ import annotations

from conftest import labels


def actors(statements) -> set[str]:
    return {st.actor.label for st in statements}


def test_an_age_takes_up_the_speaker_not_a_name_inside_his_quote(extract):
    got = labels(extract("President Volodymyr Zelensky submitted a new bill. Opposition lawmaker Yaroslav Zhelezniak "
                         "welcomed the U-turn. \"The president has acknowledged a mistake. Now we need a vote, "
                         "not words,\" the 44-year-old said."))
    assert any(a == "Yaroslav Zhelezniak" and t == "vote" for a, _, t in got), got
    assert not any(a == "Volodymyr Zelensky" and t == "vote" for a, _, t in got), got


def test_an_age_after_a_quote_naming_another_is_the_speaker(extract):
    got = labels(extract("Milorad Dodik called a referendum. \"This is a political verdict,\" Dodik told a rally in Banja Luka. \"The people "
                         "will decide. Not Christian Schmidt.\" The 66-year-old said the vote would be held within "
                         "60 days and accused Schmidt of acting \"like a colonial governor.\""))
    assert any(a == "Milorad Dodik" and r == "accuses" and "Schmidt" in (t or "") for a, r, t in got), got
    assert not any(a == "Christian Schmidt" for a, _, _ in got), got


def test_a_she_beside_a_name_quoted_gives_that_name_no_gender(extract):
    got = labels(extract("Nigel Farage said Reform would send a team into the councils. Kemi Badenoch rejected "
                         "calls for a pact. She said: \"There will be no deals with Nigel Farage.\" Richard Tice "
                         "called the claim nonsense. Farage said the findings would be published. Pressed on "
                         "data, he said the team would \"obey the law\" and backed the audit."))
    assert not any(a == "Richard Tice" and t in {"law", "audit"} for a, _, t in got), got
    assert any(a == "Nigel Farage" and t == "audit" for a, _, t in got), got
