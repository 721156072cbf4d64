"""Misses the probe writer found on 2025 news written in an outlet's style (probe29a); each sentence
here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_the_president_is_the_holder_last_in_view(extract):
    text = ("Panamanian President Jose Raul Mulino on Thursday rejected pressure from Washington over the canal.\n\n"
            "US President Donald Trump has repeatedly said the United States should take back the canal.\n\n"
            "Mulino backed the audit of the port operator.\n\n"
            "The president also ruled out any agreement that would allow a permanent US military presence.")
    got = labels(extract(text))
    assert any(a == "Jose Raul Mulino" and r == "rejects" and t.startswith("agreement") for a, r, t in got), got
    assert not any(a == "Donald Trump" and r == "rejects" for a, r, _ in got), got


def test_only_once_makes_a_condition(extract):
    got = labels(extract("The minister said Britain would only return to the talks once the blockade was lifted."))
    assert any(r == "conditions" and "blockade" in t for _, r, t in got), got
    got = labels(extract("Aliyev insisted that the treaty could only be signed and ratified once Armenia changed "
                         "its constitution."))
    assert any(a.endswith("Aliyev") and r == "conditions" for a, r, _ in got), got


def test_theft_and_betrayal_are_verdicts_against(extract):
    got = labels(extract("The Kremlin said any use of its frozen assets would be theft."))
    assert any(a == "Kremlin" and r == "opposes" and "assets" in t for a, r, t in got), got
    got = labels(extract("The union called the pension deal a betrayal."))
    assert any(r == "opposes" and "deal" in t for _, r, t in got), got


def test_a_first_name_given_to_men_and_women_is_no_she(extract):
    text = ("Azerbaijani President Ilham Aliyev met Donald Trump at the White House on Friday.\n\n"
            "\"Donald Trump did in six months what others could not do in 30 years,\" Aliyev said.\n\n"
            "However, the Azerbaijani leader insisted that Armenia must change its constitution.\n\n"
            "\"We cannot sign a peace treaty with a country that has claims against us,\" he said.")
    got = labels(extract(text))
    assert not any(a == "Donald Trump" and r == "rejects" for a, r, _ in got), got
    assert any(a == "Ilham Aliyev" and r == "rejects" for a, r, _ in got), got
