"""Names the NER ran across a headline's colon or a spaced dash (probe40b, PolNeAR dev)."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def ents():
    from kg.config import Settings
    from kg.extract.headlines import for_parser
    from kg.lexicon import load_lexicon
    from kg.nlp import load_pipeline

    s = Settings.from_env()
    nlp, lex = load_pipeline(s.model, s.ontology), load_lexicon(s.ontology)

    def run(text: str) -> list[tuple[str, str]]:
        return [(e.text, e.label_) for e in nlp(for_parser(text, lex)).ents]

    return run


def test_a_headline_speaker_before_a_colon_is_not_run_into_the_quote(ents):
    # probe40b (news2025): one organisation "Araghchi: Enrichment", an actor or a target's label
    got = ents("Araghchi: Enrichment is not negotiable as fourth round of Iran-US talks ends in Muscat.\n\n"
               "Iranian Foreign Minister Abbas Araghchi said on Sunday that the talks were difficult but useful.")
    assert not any(":" in text for text, _ in got), got
    assert any(text == "Araghchi" for text, _ in got), got


def test_a_name_after_a_spaced_dash_is_a_name_of_its_own(ents):
    # PolNeAR dev: "Scott - Brentley Vinson" was one person
    got = ents("The black plainclothes officer who shot Scott - Brentley Vinson, who was placed on paid "
               "administrative leave - was not wearing a body camera.")
    assert ("Brentley Vinson", "PERSON") in got and not any(" - " in text for text, _ in got), got


def test_a_hyphened_name_and_a_work_with_a_subtitle_stay_whole(ents):
    got = ents("He recalled Mr. Obama talking about \"Collapse: How Societies Choose to Fail\", a book by "
               "Jared Diamond, at a dinner with Ali Al-Ahmed.")
    texts = [text for text, _ in got]
    assert not any(t in {"Collapse", "How Societies Choose to Fail"} for t in texts), got
    assert not any(t in {"Ali Al", "Ahmed"} for t in texts), got
