"""Speed round 48: verbal_cue's lemma pre-filter (kg.extract.cue_lemmas) and the per-document tables of
children and subtrees (doc_words.children, doc_words.subtree_ids) give the answers of the full check and of
spaCy's ``Token.children`` / ``Token.subtree``, on every word of news sentences written for the test."""
from __future__ import annotations

import ast
import inspect

import pytest

TEXTS = [
    "Russia has called on Kyiv to withdraw its troops and accused the West of fuelling the war. "
    "The minister held talks with Lavrov, who said Moscow was ready to impose countermeasures.",
    "The unions were angered by the plan and remained committed to the strike, but they want a deal. "
    "Britain quit the coalition; Macron and Scholz discussed trade and agreed with Pakistan on a ceasefire.",
    "Labour leader Keir Starmer, whose party backs the bill, told reporters he would not tolerate delays. "
    "They reached a compromise after officials pulled out of the talks on Tuesday.",
    # verbs verbal_cue reads through another module's table ([pledged_cooperation]: "co-operate" is "operate")
    "The army said it would co-operate with the inquiry and would work with the new government.",
]


@pytest.fixture(scope="module")
def docs():
    from kg.config import Settings
    from kg.nlp import load_pipeline

    s = Settings.from_env()
    nlp = load_pipeline(s.model, s.ontology)
    return [nlp(t) for t in TEXTS]


def test_children_table_answers_as_spacy(docs):
    from kg.extract.doc_words import children

    for doc in docs:
        assert [children(t) for t in doc] == [tuple(t.children) for t in doc]
    a, b = docs[0], docs[1]  # the table follows the document asked about
    assert children(a[0]) == tuple(a[0].children) and children(b[1]) == tuple(b[1].children)


def test_subtree_ids_answer_as_spacy(docs):
    from kg.extract.doc_words import subtree_ids

    for doc in docs:  # from the leaves up and from the root down: the memo filled in either order
        order = list(doc) if doc is docs[0] else list(reversed(doc))
        assert [subtree_ids(t) for t in order] == [tuple(x.i for x in t.subtree) for t in order]


def test_cue_prefilter_skips_only_words_without_a_cue(docs, monkeypatch):
    import kg.extract.clauses as clauses
    from kg.extract.cue_lemmas import may_cue
    from kg.lexicon import load_lexicon

    lex = load_lexicon()

    def found(tok):
        cue = clauses.verbal_cue(lex, tok)
        return None if cue is None else (cue.token.i, cue.relation, cue.particle.i if cue.particle is not None else None)

    words = [t for doc in docs for t in doc]
    filtered = [found(t) for t in words]
    skipped = [t.lower_ for t in words if not may_cue(lex, t.lemma_.lower(), t)]
    monkeypatch.setattr(clauses, "may_cue", lambda *a: True)
    assert filtered == [found(t) for t in words]
    assert sum(c is not None for c in filtered) >= 8  # called on, accused of, held talks, angered by, quit ...
    assert "reached" in skipped and "said" in skipped and "the" in skipped


def test_prefilter_knows_every_lemma_verbal_cue_tests():
    """A lemma verbal_cue tests by name or by a module's set must be in cue_lemmas; a new test on a
    lemma without it would be skipped unseen."""
    import kg.extract.clauses as clauses
    from kg.extract.cue_lemmas import cue_lemmas
    from kg.lexicon import load_lexicon

    known = cue_lemmas(load_lexicon())
    tree = ast.parse(inspect.getsource(clauses.verbal_cue))
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Compare) and isinstance(node.left, ast.Name) and node.left.id == "lemma"):
            continue
        for op, right in zip(node.ops, node.comparators):
            if isinstance(op, ast.Eq) and isinstance(right, ast.Constant):
                words = {right.value}
            elif isinstance(op, ast.In) and isinstance(right, (ast.Set, ast.Tuple)):
                words = {e.value for e in right.elts}
            elif isinstance(op, ast.In) and isinstance(right, ast.Name):
                words = set(getattr(clauses, right.id))
            else:
                continue
            missing = words - known - {"blame"} - set(clauses.BORNE_ONLY_REFUSED)  # (these two only refuse)
            assert not missing, f"verbal_cue tests {sorted(missing)}: add them to kg.extract.cue_lemmas"
