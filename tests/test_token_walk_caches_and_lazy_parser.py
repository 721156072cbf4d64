"""Readings made once (per target candidate, per document) and the CLI's lazy train parser:
the same answers as reading them afresh, token by token."""
from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.fixture(scope="module")
def nlp():
    from kg.config import Settings
    from kg.nlp import load_pipeline

    s = Settings.from_env()
    return load_pipeline(s.model, s.ontology)


def _affiliation_walk(tok, naming) -> bool:
    """``affiliation`` as it read before its cache: the word's ancestors walked per actor."""
    from kg.extract.mentions import SPOKESPEOPLE
    from kg.extract.target_options import AFFILIATING

    return any(a.dep_ == "prep" and (a.lower_ in AFFILIATING or a.head.pos_ == "PROPN" or (
        a.lower_ == "for" and a.head.lemma_.lower() in SPOKESPEOPLE)) and any(s.start <= a.head.idx < s.end for s in naming)
        for a in [tok, *tok.ancestors])


def test_affiliation_read_once_per_candidate_answers_as_the_walk(nlp):
    from kg.extract.candidates import TargetCand
    from kg.extract.target_options import affiliation
    from kg.records import Span

    doc = nlp('"The plan is a disgrace," said Marielena Hincapie of the National Immigration Law Center, '
              "a spokesman for the Home Office and Bonnie Glaser at the Center for Strategic Studies.")
    names = [Span(t.idx, t.idx + len(t.text), t.text) for t in doc if t.pos_ == "PROPN"]
    cands = [TargetCand(t.text, None, set(), t) for t in doc]
    for naming in ([n] for n in names):
        for c in cands:
            assert affiliation(c, naming) == _affiliation_walk(c.token, naming)
    assert any(affiliation(c, [n]) for c in cands for n in names)


def test_entities_in_a_span_by_their_tags(nlp):
    from kg.extract.mentions import ent_of, ents_in

    doc = nlp("Angela Merkel met Joe Biden and Emmanuel Macron in New York City on Monday, the White House said.")
    for a in range(len(doc)):
        for b in range(a, len(doc) + 1):
            want = [ent_of(t) for t in doc[a:b] if t.ent_iob_ == "B"]
            assert [(e.start, e.end, e.label_) for e in ents_in(doc[a:b])] == [(e.start, e.end, e.label_) for e in want]


def test_the_parser_leaves_the_train_modules_unread():
    code = "import sys, kg.cli; kg.cli.parser(); print('kg.train' in sys.modules, 'spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
