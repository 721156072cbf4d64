"""A stance voiced by a light verb ("expressed concern", "voiced support", "raised objections") whose
complement the parser hangs past a phrase of when or where ("on Monday", "at the meeting", "in a
statement"): the phrase is the occasion, not what the stance is about; the complement after it is."""
from __future__ import annotations

from conftest import labels

import pytest


OCCASION_WORDS = ("monday", "wednesday", "meeting", "statement")


@pytest.mark.parametrize("text, actor, relation, target", [
    # probe37a: "Southeast Asian leaders expressed deep concern on Monday over the unilateral tariffs imposed by ..."
    ("Southeast Asian leaders expressed deep concern on Monday over the unilateral tariffs imposed by the United States.",
     "Southeast Asian leaders", "opposes", "tariffs"),
    ("The senator voiced opposition on Wednesday to the bill.", "senator", "opposes", "bill"),
    ("Germany raised objections at the meeting to the proposal.", "Germany", "opposes", "proposal"),
    ("The ministry expressed concern in a statement over the tariffs.", "ministry", "opposes", "tariffs"),
])
def test_a_stance_past_its_occasion_finds_its_target(extract, extract_learned, text, actor, relation, target):
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert any(a.lower().endswith(actor.lower()) and r == relation and t is not None and target.lower() in t.lower()
                   and not any(w in t.lower() for w in OCCASION_WORDS) for a, r, t in got), got


@pytest.mark.parametrize("text", [
    "The ministry expressed concern at a news conference over the tariffs.",
    "The senator voiced opposition on Wednesday to the bill.",
])
def test_the_occasion_is_no_target(extract, text):
    got = labels(extract(text))
    assert not any(t is not None and ("conference" in t.lower() or "wednesday" in t.lower()) for _, _, t in got), got


def test_a_visit_is_no_misplaced_complement(extract):
    # "during a visit to Kyiv": the visit's own complement; no stance toward Kyiv is read through it
    got = labels(extract("The minister expressed concern during a visit to Kyiv."))
    assert not any(r == "opposes" and t is not None and "kyiv" in t.lower() for _, r, t in got), got


# A headline "Name: claim" in the third person ("Trump: Clinton should have congratulated me", "Zelensky: Russia
# sent ...") quotes the name as a first-person one does, when the name is a person or body the gazetteer knows.

def test_a_known_speakers_third_person_headline_is_their_quote(extract_learned):
    # PolNeAR train (politico, July 2016), whose coders credit the headline's words to Trump with ":" as the cue
    text = ("Trump: Clinton should have congratulated me for making history.\n\n"
            "Donald Trump spoke to supporters in Colorado on Friday.")
    heads = {(st.actor.label, st.quote.text) for st in extract_learned(text) if st.quote is not None}
    assert any(a == "Donald Trump" and q.startswith("Clinton should have congratulated me") for a, q in heads), heads


def test_a_headline_claim_of_a_known_speaker_gives_their_stance(extract_learned):
    # probe39b: "Zelensky: Russia sent "decorative" delegation to Istanbul, Ukraine ready for leaders' meeting"
    text = ("Zelensky: Russia sent \"decorative\" delegation to Istanbul, Ukraine ready for leaders' meeting\n\n"
            "President Volodymyr Zelensky spoke in Kyiv on Friday.")
    got = {(st.actor.label, st.relation.value, st.target.label if st.target else None, st.sentence.start)
           for st in extract_learned(text)}
    assert any(a == "Volodymyr Zelensky" and s == 0 and t is not None and ("meeting" in t or "Russia" in t)
               for a, r, t, s in got), got


def test_a_name_the_tagger_runs_past_the_colon_ends_there(extract_learned):
    # probe40b: the tagger read "Araghchi: Enrichment" as one organisation, which became the speaker
    text = ("Araghchi: Enrichment is not negotiable as fourth round of Iran-US talks ends in Muscat\n\n"
            "Iranian Foreign Minister Abbas Araghchi spoke in Muscat on Sunday.")
    actors = {st.actor.label for st in extract_learned(text)}
    assert not any(":" in a for a in actors), actors


@pytest.mark.parametrize("text, actor", [
    # probe31b, probe25x: a country, an event before the colon: the headline's own clause says who acts
    ("Colombia: Petro vows to stop buying US weapons after Washington decertifies drug fight\n\n"
     "Colombian President Gustavo Petro spoke on Monday.", "Gustavo Petro"),
    ("COP30: Brazil urges rich nations to triple climate finance as talks enter final week\n\n"
     "Delegates met on Monday.", "Brazil"),
])
def test_a_place_or_event_before_a_colon_is_no_speaker(extract_learned, text, actor):
    got = {(st.actor.label, st.quote is not None) for st in extract_learned(text) if st.sentence.start == 0}
    assert any(a == actor and not q for a, q in got), got
    assert not any(a.startswith(("Colombia", "COP30")) for a, q in got), got


@pytest.mark.parametrize("text, actor, relation, target", [
    ("The prime minister paid tribute on Monday to the firefighters.", "prime minister", "praises", "firefighters"),
    ("The senator took a swipe on Tuesday at the president.", "senator", "opposes", "president"),
    ("Merkel's criticism on Monday of the plan angered Paris.", "Angela Merkel", "opposes", "plan"),
])
def test_an_idiom_or_a_noun_past_a_day_finds_its_target(extract, text, actor, relation, target):
    got = labels(extract(text))
    assert any(a.lower().endswith(actor.lower()) and r == relation and t is not None and target in t.lower()
               and "monday" not in t.lower() and "tuesday" not in t.lower() for a, r, t in got), got


def test_a_time_with_its_own_complement_is_no_target(extract):
    # "the night of the vote" is when the concern was voiced, not what it is about
    got = labels(extract("The EU expressed concern on the night of the vote."))
    assert not any(t is not None and "vote" in t.lower() for _, _, t in got), got


@pytest.mark.parametrize("text, actor, target", [
    # probe26a, probe28c, probe25y, probe40b: a position held beyond bargaining is held, not opposed
    ('"The fiscal surplus is non-negotiable," Milei said at a conference.', "Javier Milei", "fiscal surplus"),
    ('Its spokesperson, Txema Guijarro, said the phase-out was "non-negotiable".', "Txema Guijarro", "phase"),
    ('"Enrichment is not negotiable," Araghchi said.', "Abbas Araghchi", "enrichment"),
    ("Araghchi said enrichment is not negotiable.", "Abbas Araghchi", "enrichment"),
])
def test_what_is_not_negotiable_is_held(extract_learned, text, actor, target):
    got = labels(extract_learned(text))
    assert (actor, "supports", next((t for a, r, t in got if t and target in t.lower()), None)) in got, got
    assert not any(a == actor and r == "opposes" for a, r, t in got), got
