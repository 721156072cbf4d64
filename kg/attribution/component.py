"""The trained attribution NER inside extraction: a speaker for the quotations
the rules leave without one.

It runs only on the paragraphs that hold such a quotation (most quotations
are attributed by the rules), with its own copy of the sm tok2vec, so the main
pipeline and its speed are unchanged. On by default unless KG_ATTRIBUTION=0
(see README, "Learned attribution").
"""
from __future__ import annotations

import warnings
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc, Span

if TYPE_CHECKING:
    from kg.extract.context import Context
    from kg.extract.mentions import Mention
    from kg.extract.quotes import Quote

from kg.attribution import model_dir

REACH = 200  # characters between a quotation and the speaker the model names for it


@lru_cache(maxsize=2)
def load_model(path: str) -> Language:
    """The trained pipeline (tok2vec + ner), loaded once per process."""
    import spacy

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return spacy.load(path)


def paragraph_at(text: str, start: int, end: int) -> tuple[int, int]:
    """The blank-line separated paragraph around ``start``..``end`` (training docs were paragraphs)."""
    a = text.rfind("\n\n", 0, start)
    a = 0 if a < 0 else a + 2
    b = text.find("\n\n", end)
    return a, len(text) if b < 0 else b


def predict(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The model's spans in the paragraph around ``start``..``end``, as document offsets."""
    a, b = paragraph_at(text, start, end)
    doc = load_model(str(model_dir()))(text[a:b])
    return [(a + e.start_char, a + e.end_char, e.label_) for e in doc.ents]


def speaker_span(spans: list[tuple[int, int, str]], q_start: int, q_end: int) -> tuple[int, int] | None:
    """The SPEAKER span next to the quotation ``q_start``..``q_end``: the model
    must mark content or a cue overlapping the quotation, and the speaker is the
    nearest SPEAKER span outside it, within REACH characters."""
    if not any(lab in {"CONTENT", "CUE"} and s < q_end and e > q_start for s, e, lab in spans):
        return None
    best: tuple[int, tuple[int, int]] | None = None
    for s, e, lab in spans:
        if lab != "SPEAKER" or (s < q_end and e > q_start):
            continue
        dist = q_start - e if e <= q_start else s - q_end
        if dist <= REACH and (best is None or dist < best[0]):
            best = (dist, (s, e))
    return best[1] if best else None


def learned_speaker(ctx: "Context", sdoc: Doc, q: "Quote") -> "Mention | None":
    """The speaker the model names for quotation ``q``, resolved to an actor by
    the rules' own resolver (a pronoun to its antecedent); None if the model
    names none or the resolver knows no actor for it."""
    text = ctx.document.text
    para = paragraph_at(text, q.outer_start, q.outer_end)
    spans = ctx.learned_spans.get(para)
    if spans is None:
        spans = ctx.learned_spans[para] = predict(text, q.outer_start, q.outer_end)
    found = speaker_span(spans, q.outer_start, q.outer_end)
    if found is None:
        return None
    span: Span | None = sdoc.char_span(found[0], found[1], alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    m = ctx.resolver.resolve(span.root)
    if m is None or m.actor.kind == "media":
        return None
    return m
