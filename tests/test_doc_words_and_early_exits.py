"""Readings made once per document and early exits of per-word checks (speed round 42): the same
answers as the readings they stand in for, on every word of real and written sentences."""
from __future__ import annotations

import pytest

TEXTS = [
    # PolNeAR/probe-style prose: several sentences, a quotation, a hyphen, a condition, a body left
    'Labour MEP Richard Corbett said the plan was ill-judged. "We will not back it," he said. '
    "The MEP added that Britain would quit the coalition. It would accelerate the talks on condition that "
    "outside powers stay out.",
    "Riyadh was using the incident as a pretext to fuel tensions, the minister said. Hamas had violated the truce. "
    'Some "Leave" campaigners favoured de-escalation, and the party pulled out of the deal.',
    "Government to ban smoking. The Muslim Council of Britain welcomed the plans.",
]


@pytest.fixture(scope="module")
def nlp():
    from kg.config import Settings
    from kg.nlp import load_pipeline

    s = Settings.from_env()
    return load_pipeline(s.model, s.ontology)


def test_a_words_sentence_is_token_sent(nlp):
    from kg.extract.doc_words import sentence

    for text in TEXTS + TEXTS[:1]:  # a document again after another: the table is the new document's
        doc = nlp(text)
        assert len(list(doc.sents)) > 1
        for t in doc:
            s, want = sentence(t), t.sent
            assert (s.start, s.end, s.start_char, s.end_char, s.root.i) == (want.start, want.end, want.start_char,
                                                                            want.end_char, want.root.i)


def test_a_documents_lemmas(nlp):
    from kg.extract.doc_words import lemmas

    doc = nlp(TEXTS[0])
    assert lemmas(doc) == {t.lemma_.lower() for t in doc} and "condition" in lemmas(doc)
    assert "condition" not in lemmas(nlp(TEXTS[1]))


def _hyphened_rest_before(head):  # the reading as it was: the ancestors walked for every head
    doc, k, out = head.doc, head.i, []
    from kg.extract.phrases import joined_by_hyphen

    above = {a.i for a in head.ancestors}
    while joined_by_hyphen(doc[k]) and k + 2 < len(doc) and doc[k + 1].text == "-" and doc[k + 2].is_alpha \
            and k + 2 not in above:
        out += [doc[k + 1], doc[k + 2]]
        k += 2
    return out


def test_noun_phrases_read_as_before(nlp):
    from kg.extract.phrases import hyphened_rest, np_tokens

    for text in TEXTS:
        for t in nlp(text):
            assert [x.i for x in hyphened_rest(t)] == [x.i for x in _hyphened_rest_before(t)]
            np_tokens(t)
    doc = nlp(TEXTS[1])
    campaigners = next(t for t in doc if t.lower_ == "campaigners")
    assert [t.text for t in np_tokens(campaigners)][-1] == "campaigners"


def test_per_word_checks_answer_as_before(nlp):
    from kg.extract.blame import bears_blame, broken_word, phrasal_wrong, pretext_use, wrong_at
    from kg.extract.leaving import left_body
    from kg.extract.modality import condition_clause
    from kg.extract.undelivered import undelivered
    from kg.lexicon import load_lexicon
    from kg.config import Settings

    lex = load_lexicon(Settings.from_env().ontology)
    found = set()
    for text in TEXTS:
        for t in nlp(text):
            verb_wrong = (t.pos_ == "VERB" and t.lemma_.lower() in lex.wrong_verbs or broken_word(t) or pretext_use(t)
                          or phrasal_wrong(t) or bears_blame(lex, t) or undelivered(t))
            if verb_wrong:
                assert wrong_at(lex, t) is t
                found.add(("wrong", t.lower_))
            if left_body(t) is not None:
                found.add(("left", t.lower_))
            if condition_clause(t, lex) is not None:
                found.add(("condition", t.lower_))
    assert {("wrong", "using"), ("wrong", "violated"), ("left", "quit"), ("left", "pulled"),
            ("condition", "accelerate")} <= found, found
