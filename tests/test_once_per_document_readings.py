"""Readings made once (per document, per word, per sentence) in the thirty-eighth speed round:
the same answers as the readings they replace."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp():
    from kg.config import Settings
    from kg.nlp import load_pipeline

    s = Settings.from_env()
    return load_pipeline(s.model, s.ontology)


@pytest.fixture(scope="module")
def lex():
    from kg.config import Settings
    from kg.lexicon import load_lexicon

    return load_lexicon(Settings.from_env().ontology)


def test_an_entity_span_is_made_once_per_word_and_as_its_tags_say(nlp):
    from spacy.tokens import Span as SpacySpan

    from kg.extract.mentions import ent_bounds, ent_of

    doc = nlp("Angela Merkel met Joe Biden and Emmanuel Macron in New York City on Monday, the White House said.")
    starts, ends = ent_bounds(doc)
    for t in doc:
        got = ent_of(t)
        if not t.ent_type_:
            assert got is None
            continue
        assert (got.start, got.end, got.label_) == (starts[t.i], ends[t.i], t.ent_type_)
        assert got == SpacySpan(doc, starts[t.i], ends[t.i], label=t.ent_type_)
        assert ent_of(t) is got  # the word's span made once per document


def _find_topic_every_window(lex, tokens):
    """``find_topic`` as it read before: every window's keys joined, the noun test last."""
    from kg.extract.targets import NOMINAL, in_complex_preposition
    from kg.lexicon import fold

    tokens = [t for t in tokens if t.dep_ != "det" and not t.is_punct and not in_complex_preposition(lex, t)]
    forms, lemmas = [fold(t.text) for t in tokens], [fold(t.lemma_) for t in tokens]
    for n in range(min(lex.max_topic_words, len(tokens)), 0, -1):
        for i in range(len(tokens) - n + 1):
            for seq in (forms[i:i + n], lemmas[i:i + n]):
                key = " ".join(w for w in seq if w)
                if key and key in lex.topic_index and tokens[i + n - 1].pos_ in NOMINAL:
                    return lex.topic_named(key), tokens[i:i + n]
    return None


def test_a_topic_found_only_in_windows_ending_in_a_noun_as_before(nlp, lex):
    from kg.extract.targets import find_topic

    doc = nlp("The offensive to many people was a ceasefire deal on climate change and nuclear weapons "
              "in response to the peace talks, which the health service reform offended.")
    found = 0
    for a in range(len(doc)):
        for b in range(a + 1, min(len(doc), a + 8) + 1):
            toks = list(doc[a:b])
            got, want = find_topic(lex, toks), _find_topic_every_window(lex, toks)
            assert (got and (got[0], [t.i for t in got[1]])) == (want and (want[0], [t.i for t in want[1]]))
            found += got is not None
    assert found


def test_where_said_still_drops_the_source_of_according_to(nlp, lex):
    from kg.extract.target_candidates import where_said

    doc = nlp("The ceasefire must hold, he said in a statement, according to the Saudi Press Agency.")
    out = where_said(lex, doc[:])
    words = {doc[i].text for i in out}
    assert {"according", "Saudi", "Agency"} <= words
    assert {"statement"} <= words and "ceasefire" not in words
