"""Sentences kg read nothing in (the uncovered gold of train): causes found there, each
sentence here written for its test."""
from __future__ import annotations


def test_hoped_keeps_its_own_lemma():
    # the small model's lemmatizer reads "hoped", "hopes", "hoping" as the verb "hop": a wish
    # about an act ("hoped to stay in office") then read as no wish at all
    from kg.config import Settings
    from kg.nlp import load_pipeline

    s = Settings.from_env()
    nlp = load_pipeline(s.model, s.ontology)
    doc = nlp("The mayor hoped the council would approve the plan, and she is hoping for a vote soon; she hopes to win.")
    assert [t.lemma_ for t in doc if t.lower_.startswith("hop")] == ["hope", "hope", "hope"]
