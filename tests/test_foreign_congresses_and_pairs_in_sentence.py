"""Another state's chamber is not the US one: "Peru's Congress" in an article that names the United
States further on (the gazetteer's home alias "Congress" is the US Congress only where the article
names the US and does not write the chamber as another country's). Sentences written for the test."""
from __future__ import annotations

from conftest import labels


TEXT = ("Peru's Congress voted on Friday to remove President Dina Boluarte, accusing her of failing to curb crime. "
        "The United States said it would work with the new government.")


def test_another_countrys_congress_is_not_the_us_congress(extract):
    got = labels(extract(TEXT))
    assert not any(a == "US Congress" for a, _, _ in got), got


def test_the_senate_of_another_country_is_not_the_us_senate():
    from kg.lexicon import load_lexicon

    lex = load_lexicon()
    text = "The Philippine Senate rejected the bill, and the United States said it regretted the vote."
    assert "senate" not in lex.for_text(text).alias_index, "the Philippine Senate read as the US Senate"
    text = "The Senate rejected the bill on Tuesday, the White House said."
    assert "senate" in lex.for_text(text).alias_index, "the US Senate lost"


def test_the_two_leaders_are_the_two_their_sentence_met(extract_learned):
    got = labels(extract_learned(
        "Conservative leader Pierre Poilievre supported restoring diplomatic ties, but he accused Prime Minister "
        "Mark Carney of being vague on security. \"Canadians deserve to know what guarantees the prime minister "
        "received,\" Poilievre said. Carney met Indian Prime Minister Narendra Modi on the sidelines of the G7 summit "
        "in June, when the two leaders agreed to take \"calibrated\" steps to repair relations."))
    accepting = [a for a, r, _ in got if r == "accepts"]
    assert accepting and all("Modi" in a and "Poilievre" not in a for a in accepting), got
