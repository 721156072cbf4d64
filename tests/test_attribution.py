"""The PolNeAR attribution model: conversion to spaCy data, the trained
component, and its use for quotations the speaker rules leave unattributed."""
from __future__ import annotations

from collections import Counter

import pytest
import spacy

from kg.attribution import MODEL_DIR
from kg.attribution import component
from kg.attribution.convert import align, article_docs, paragraphs

TEXT = ("Budget talks stall.\n\n"
        "The governor's spokeswoman, Ana Ruiz, insisted that the plan was dead. "
        "“We are done,” she told reporters.")


def span_at(text: str, phrase: str) -> list[int]:
    start = text.index(phrase)
    return [start, start + len(phrase)]


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def test_paragraphs_split_on_blank_lines():
    assert [TEXT[a:b] for a, b in paragraphs(TEXT)][0] == "Budget talks stall."
    assert len(paragraphs(TEXT)) == 2


def test_conversion_aligns_spans_to_tokens(blank):
    article = {"text": TEXT, "attributions": [
        {"quote_spans": [span_at(TEXT, "the plan was dead")], "speaker_spans": [span_at(TEXT, "Ana Ruiz")],
         "cue_spans": [span_at(TEXT, "insisted that")]},
        # a content span that starts mid-token ("e are done") is expanded to whole tokens
        {"quote_spans": [[TEXT.index("We are done") + 1, TEXT.index("We are done") + 11]],
         "speaker_spans": [span_at(TEXT, "she")], "cue_spans": [span_at(TEXT, "told")]},
    ]}
    stats: Counter = Counter()
    docs = list(article_docs(blank, article, stats))
    assert len(docs) == 2 and not docs[0].ents
    got = [(e.text, e.label_) for e in docs[1].ents]
    assert got == [("Ana Ruiz", "SPEAKER"), ("insisted that", "CUE"), ("the plan was dead", "CONTENT"),
                   ("We are done", "CONTENT"), ("she", "SPEAKER"), ("told", "CUE")]
    assert stats["kept"] == 6 and stats["unaligned"] == 0


def test_overlapping_spans_keep_speaker_and_cue(blank):
    doc = blank("Smith said Jones warned of war.")
    spans = [(0, 5, "SPEAKER"), (6, 10, "CUE"), (11, 31, "CONTENT"),  # Smith said [Jones warned of war.]
             (11, 16, "SPEAKER"), (17, 23, "CUE"), (24, 30, "CONTENT")]  # nested: Jones warned [of war]
    stats: Counter = Counter()
    got = [(e.text, e.label_) for e in align(doc, spans, stats)]
    assert got == [("Smith", "SPEAKER"), ("said", "CUE"), ("Jones", "SPEAKER"), ("warned", "CUE"),
                   ("of war", "CONTENT")]
    assert stats["overlap_dropped"] == 1


def test_speaker_span_needs_content_or_cue_on_the_quotation():
    q = (20, 40)
    assert component.speaker_span([(0, 8, "SPEAKER")], *q) is None
    spans = [(0, 8, "SPEAKER"), (9, 15, "CUE"), (20, 40, "CONTENT"), (45, 50, "SPEAKER")]
    assert component.speaker_span(spans, *q) == (45, 50)  # the nearer one
    assert component.speaker_span([(25, 30, "SPEAKER"), (20, 40, "CONTENT")], *q) is None  # inside the quote


needs_model = pytest.mark.skipif(not MODEL_DIR.exists(), reason=f"no trained attribution model at {MODEL_DIR}")


@needs_model
def test_model_finds_speaker_cue_and_content():
    nlp = component.load_model(str(MODEL_DIR))
    doc = nlp("Linda Hale, the mayor of Springfield, said on Tuesday that the new bridge would open in May.")
    labels = {e.label_: e.text for e in doc.ents}
    assert set(labels) == {"SPEAKER", "CUE", "CONTENT"}, labels
    assert "Hale" in labels["SPEAKER"] and "said" in labels["CUE"] and "bridge" in labels["CONTENT"]


UNATTRIBUTED = "Senator Maria Ortiz was in no mood for compromise. “We will not fund this project, not now and not ever.”"


def test_rules_leave_the_quotation_without_a_speaker(extract, monkeypatch):
    monkeypatch.setenv("KG_ATTRIBUTION", "0")
    assert not [s for s in extract(UNATTRIBUTED) if s.quote is not None]


def test_unattributed_quotation_takes_the_models_speaker(extract, monkeypatch):
    """Where the rules find no speaker, the SPEAKER span the model marks next
    to content overlapping the quotation speaks, resolved like the rules' own."""
    import kg.extract.speakers as speakers

    text = UNATTRIBUTED
    quote = text.index("“")

    def fake_predict(t: str, start: int, end: int) -> list[tuple[int, int, str]]:
        return [(0, len("Senator Maria Ortiz"), "SPEAKER"), (quote, len(text), "CONTENT")]

    monkeypatch.setattr(speakers, "learned_attribution", lambda: True)
    monkeypatch.setattr(component, "predict", fake_predict)
    said = [s for s in extract(text) if s.quote is not None]
    assert said and said[0].actor.label == "Maria Ortiz" and said[0].quote.text.startswith("We will not fund")
