"""Speed without changed answers: the foreign-chamber test (kg.home_bodies) tries its pattern only where the
chamber's word occurs, through a matcher kept in the lexicon's memo; it must answer as the whole-article search
did, for every article in turn. The pipeline's gazetteer patterns are made from the tokenizer alone and must
be the words the full pipeline gave. Sentences written for the test."""
from __future__ import annotations

import re

from kg.home_bodies import _foreign_names, written_as_other
from kg.lexicon import load_lexicon

TEXTS = ["Peru's Congress voted on Friday to remove the president. The United States said it would work with her successor.",
         "The Congress voted on the budget, the White House said.",
         "The Congress of Peru met again; Washington watched.",
         "MEXICO’S CONGRESS passed the reform, and the United States welcomed it.",
         "The Philippine Senate rejected the treaty. The Senate in Washington had backed it.",
         "Peru's Congressman said the United States erred.",
         "A Congress of Peruvian unions met. The US Congress did not."]


def _whole_search(lex, text: str) -> set[str]:
    """The search as it was written before the memo: the pattern over the whole article."""
    low, out = text.lower(), set()
    for alias, label in lex.home_aliases.items():
        bare = re.sub(r"^the ", "", alias)
        names = _foreign_names(lex, lex.actors[label].country)
        if bare in low and names and re.search(
                rf"(?<![\w.])(?:{names})(?:'s|’s)? {re.escape(bare)}(?!\w)"
                rf"|(?<![\w.]){re.escape(bare)} of (?:the )?(?:{names})(?!\w)", text, re.IGNORECASE):
            out.add(alias)
    return out


def test_the_kept_matcher_answers_as_the_whole_article_search():
    lex = load_lexicon()
    for _ in range(2):  # the second round reads the matchers from the memo
        for text in TEXTS:
            party = {a for a in lex.home_aliases if re.search(rf"(?<![\w.]){re.escape(a)} party(?!\w)", text, re.I)}
            assert written_as_other(lex, text) - party == _whole_search(lex, text) - party, text


def test_gazetteer_phrase_patterns_are_the_full_pipelines_words():
    from kg.config import Settings
    from kg.nlp import load_pipeline

    s = Settings.from_env()
    nlp = load_pipeline(s.model, s.ontology)
    ruler = nlp.get_pipe("entity_ruler")
    assert ruler.phrase_matcher_attr is None  # ORTH: the words alone decide a match
    assert "tok2vec" in nlp.pipe_names and set(nlp.disabled) <= {"senter"}  # back on (senter: off in the model)
    for docs in list(ruler.phrase_patterns.values())[:5]:
        for doc in docs[:20]:
            assert [t.text for t in doc] == [t.text for t in nlp(doc.text)], doc.text
