"""Organisations' names where kg wrote a bare label: an unnamed spokesman speaks for the body the
sentence before was about. Sentences from the probes (bbc2004) and written ones."""
from __future__ import annotations

from conftest import ROOT, labels


def actors(statements) -> set[str]:
    return {a for a, _, _ in labels(statements)}


def test_a_bare_spokesman_speaks_for_the_body_just_named(extract):
    # probebbc15
    got = actors(extract("The Association of Train Operating Companies said it supported the changes. A spokesman "
                         "said: \"Anything that makes decisions simpler is good for passengers.\""))
    assert "Association of Train Operating Companies spokesman" in got and "Spokesman" not in got, got


def test_a_spokesman_for_the_prime_minister_after_downing_street(extract):
    # probebbc14
    got = actors(extract("Downing Street dismissed the move as \"a political gimmick\". A spokesman for the prime "
                         "minister said: \"These issues have been looked at by two inquiries, and nobody found that the "
                         "prime minister acted in bad faith.\""))
    assert "Downing Street spokesman" in got and "Spokesman" not in got, got


def test_a_spokeswoman_after_a_campaign_group(extract):
    # probebbc19
    got = actors(extract("The campaign group Disaster Action, which represents families of those killed in rail and "
                         "ferry disasters, said it was disappointed by the bill. \"Families have waited too long for a "
                         "law that still lets the people at the top off the hook,\" a spokeswoman said."))
    assert "Disaster Action spokesman" in got and "Spokeswoman" not in got, got


def test_a_spokesman_after_a_country_or_a_person_is_no_body_of_theirs(extract):
    # written: whose spokesman is not said
    for text in ("France rejected the plan. A spokesman said the government would not back down on the reform.",
                 "Tony Blair backed the plan. A spokesman said the government would not back down on the reform."):
        got = actors(extract(text))
        assert not any(a.endswith(" spokesman") for a in got), got


def test_a_spokesman_after_one_unknown_word_tagged_a_body_is_no_body_of_it(extract):
    # probe32a: "Blinkevičiūtė said", a person's name the small model tags a body, was the subject before
    text = (ROOT / "bench/probes/news2025/probe32a/texts/probe32a_4.txt").read_text(encoding="utf-8")
    got = actors(extract(text))
    assert "Blinkevičiūtė spokesman" not in got, got
