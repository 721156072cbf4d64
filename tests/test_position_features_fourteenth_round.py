"""The actor stage's features of where a candidate stands (kg.extract.position_features)."""
from __future__ import annotations

import pytest

TEXT = ('Cruz promised to shake things up in Washington, Stovall said.\n\n'
        '"We\'re saddened by what happened," said Matthew Soerens, spokesman for World Relief.\n\n'
        '"Taxes must rise," said John Smith, the Labour MP. "We have no choice but to act now."\n')


@pytest.fixture(scope="module")
def units():
    from kg.config import Settings
    from kg.extract.document import extract_document
    from kg.extract.headlines import for_parser
    from kg.ingest import content_hash
    from kg.lexicon import load_lexicon
    from kg.nlp import load_pipeline
    from kg.records import Document

    s = Settings.from_env()
    lex = load_lexicon(s.ontology)
    doc = Document(id="t", text=TEXT, content_hash=content_hash(TEXT))
    out: list = []
    extract_document(doc, load_pipeline(s.model, s.ontology)(for_parser(TEXT, lex)), lex, learned=False, units=out)
    return out


def cand(units, label: str, start: str):
    unit = next(u for u in units if u.span.text.startswith(start))
    return unit, next(c for c in unit.actors if c.actor.label == label)


def test_who_reports_another_subjects_act_and_who_is_reported(units):
    _, cruz = cand(units, "Cruz", "Cruz promised")
    _, stovall = cand(units, "Stovall", "Cruz promised")
    assert "reported" in cruz.feats and "reports_other" not in cruz.feats
    assert "reports_other" in stovall.feats and "reported" not in stovall.feats


def test_a_continued_quotation_knows_its_speaker_spoke_before(units):
    _, smith = cand(units, "John Smith", '"We have no choice')
    assert {"prev:speaker", "prev:v.speech"} <= smith.feats
    _, first = cand(units, "John Smith", '"Taxes must rise')
    assert not any(f.startswith("prev:") for f in first.feats)


def test_the_relation_stage_does_not_read_them(units):
    from kg.extract.learned import actor_vector, relation_vector

    unit, stovall = cand(units, "Stovall", "Cruz promised")
    assert "reports_other" in actor_vector(unit, stovall)
    assert not any(f.startswith(("report", "prev:", "mention_in_quote")) for f in relation_vector(unit, stovall))
