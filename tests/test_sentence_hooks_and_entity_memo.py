"""Readings made once per document or entity (speed round 46): the same answers as spaCy's and the
checks' own, on every word and span of news sentences written for the test."""
from __future__ import annotations

import pytest

TEXTS = [
    'Labour MEP Richard Corbett said the plan was ill-judged. "We will not back it," he said. '
    "The MEP added that Britain would quit the coalition.\n\nSouth China Sea talks stall\n\n"
    "Mr Wellington told the BBC that the Tory-Labour debate had been a disgrace.",
    "Riyadh was using the incident as a pretext to fuel tensions, the minister said. Hamas had violated the truce.",
]


@pytest.fixture(scope="module")
def nlp():
    from kg.config import Settings
    from kg.nlp import load_pipeline

    s = Settings.from_env()
    return load_pipeline(s.model, s.ontology)


def bounds(span) -> tuple[int, int, int, int]:
    return span.start, span.end, span.start_char, span.end_char


def test_sentence_hooks_answer_as_spacy(nlp):
    from kg.extract.doc_words import sentence_hooks

    for text in TEXTS:
        doc = nlp(text)
        spans = [doc[a:b] for a in range(len(doc)) for b in range(a, min(len(doc), a + 30) + 1)]
        want_tok = [bounds(t.sent) for t in doc]
        want_span = [bounds(s.sent) for s in spans]
        sentence_hooks(doc)
        assert "sent" in doc.user_token_hooks and "sent" in doc.user_span_hooks
        assert [bounds(t.sent) for t in doc] == want_tok
        assert [bounds(s.sent) for s in spans] == want_span  # (a span across sentences: its first word's)


def test_extraction_sets_the_hooks(nlp):
    from kg.extract.document import extract_document
    from kg.ingest import content_hash
    from kg.lexicon import load_lexicon
    from kg.records import Document

    text = TEXTS[1]
    doc = nlp(text)
    extract_document(Document(id="t", text=text, content_hash=content_hash(text)), doc, load_lexicon())
    assert "sent" in doc.user_token_hooks


def test_entity_checks_asked_once_per_entity(nlp, monkeypatch):
    import kg.extract.entity_checks as E
    from kg.extract.actors import ActorResolver
    from kg.lexicon import load_lexicon

    text = TEXTS[0]
    doc = nlp(text)
    fresh = ActorResolver(lex=load_lexicon().for_text(text), text=text)
    names = ["_no_name", "_inside_a_longer_name", "_named_in_role", "_looks_personal"]
    want = {(n, e.start): getattr(ActorResolver, n).__wrapped__(fresh, e) if n != "_no_name" else
            bool(fresh._no_name(e)) for n in names for e in doc.ents}
    calls: list[int] = []
    real = E.hyphened
    monkeypatch.setattr(E, "hyphened", lambda *a: calls.append(1) or real(*a))
    res = ActorResolver(lex=load_lexicon().for_text(text), text=text)
    for _ in range(3):
        got = {(n, e.start): bool(getattr(res, n)(e)) for n in names for e in doc.ents}
        assert got == {k: bool(v) for k, v in want.items()}
    assert 0 < len(calls) <= len(doc.ents)  # each entity's text read once, not at each asking
