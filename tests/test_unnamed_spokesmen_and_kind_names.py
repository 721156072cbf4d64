"""Organisations' names where kg wrote a bare label: an unnamed spokesman speaks for the body the
sentence before was about; a body's name after the noun of its kind is the body ("the charity Age
Concern"). Sentences from the probes, train and written ones."""
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


def test_a_name_after_its_kind_noun_is_the_body(extract):
    # probebbc15, train_pn_09 and written: the small model tags the name in part, as a product or not at all
    for text, name in (("The passenger group Transport 2000 criticised the plans for failing to tackle high fares.",
                        "Transport 2000"),
                       ("The group Not Dead Yet UK said it would lobby peers to vote against the bill.", "Not Dead Yet UK"),
                       ("The charity Age Concern criticised the decision to close the day centres.", "Age Concern"),
                       ("The anti-tax group Club for Growth backed David Dewhurst in the primary.", "Club for Growth")):
        got = actors(extract(text))
        assert name in got and not any(a.lower().endswith(("group", "charity")) for a in got), (text, got)


def test_a_place_or_a_titled_person_after_a_kind_noun_stays_itself(extract):
    # written: a place tagged whole stays a place; a title opens no body's name
    got = actors(extract("The committee Chairman John Smith criticised the plan to close the hospital."))
    assert "John Smith" in got, got


def test_a_spokesman_after_one_unknown_word_tagged_a_body_is_no_body_of_it(extract):
    # probe32a: "Blinkevičiūtė said", a person's name the small model tags a body, was the subject before
    text = (ROOT / "bench/probes/news2025/probe32a/texts/probe32a_4.txt").read_text(encoding="utf-8")
    got = actors(extract(text))
    assert "Blinkevičiūtė spokesman" not in got, got
