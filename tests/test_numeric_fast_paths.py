"""Speed guards of the forty-first session's speed round: numpy's Python layer skipped where the
learned stages call it per candidate, a document's token offsets read once; every float the same."""
from __future__ import annotations

import numpy as np
import pytest


@pytest.fixture(scope="module")
def nlp():
    from kg.config import Settings
    from kg.nlp import load_pipeline

    s = Settings.from_env()
    return load_pipeline(s.model, s.ontology)


class _Doc:
    def __init__(self, tensor: np.ndarray):
        self.tensor = tensor

    def __len__(self) -> int:
        return self.tensor.shape[0]


class _Tok:
    def __init__(self, doc: _Doc, i: int):
        self.doc, self.i = doc, i


def _mean_unit(tensor: np.ndarray, rows: list[int]) -> np.ndarray:
    """``unit_vector`` as it was written before: numpy's ``mean`` and ``sum``."""
    picked = tensor[rows[0]] if len(rows) == 1 else tensor[rows].mean(axis=0)
    v = picked.astype(np.float64)
    return v / (float((v * v).sum()) ** 0.5 or 1.0)


def test_unit_vector_is_numpys_mean_to_the_bit(nlp):
    from kg.extract.candidates import unit_vector

    doc = nlp("The prime minister said on Tuesday that the government would oppose the new tax on fuel.")
    for rows in ([3], [0, 1, 2], [4, 9, 11, 12, 13], list(range(len(doc)))):
        assert unit_vector([doc[i] for i in rows]).tobytes() == _mean_unit(doc.tensor, rows).tobytes()
    rng = np.random.default_rng(41)  # float32 rows of any size, as the tok2vec layer gives
    for n in (2, 3, 7, 30):
        doc = _Doc(rng.normal(size=(40, 96)).astype(np.float32))
        rows = sorted(rng.choice(40, size=n, replace=False).tolist())
        assert unit_vector([_Tok(doc, i) for i in rows]).tobytes() == _mean_unit(doc.tensor, rows).tobytes()


def test_dense_features_round_the_same_products():
    from kg.extract.candidates import DENSE_SCALE, dense_names, dense_of

    v = np.random.default_rng(7).normal(size=96)
    v /= np.linalg.norm(v)
    want = {name: round(x * DENSE_SCALE, 4) for name, x in zip(dense_names("d", 96), v.tolist())}
    got = dense_of(v, "d")
    assert list(got.items()) == list(want.items())
    assert dense_of(None, "d") == {}


def test_relation_probabilities_are_numpys_softmax():
    from kg.extract.learned import load_models

    model = load_models().relation
    feats = {f: 1.0 for f in list(model.weights)[:40]} | {"d3": 0.25}
    s = model.scores(feats)
    e = np.exp(s - s.max())
    assert model.proba(feats) == {c: float(x) for c, x in zip(model.classes, e / e.sum())}


def test_token_offsets_are_read_once_per_document(nlp):
    from kg.extract.bare_credits import token_starts

    doc = nlp('He said the plan was "a disaster". She called it "bold".')
    starts = token_starts(doc)
    assert starts == [t.idx for t in doc]
    assert token_starts(doc) is starts  # the second quotation of the article reads the same list
    other = nlp("Another article.")
    assert token_starts(other) == [t.idx for t in other]


def test_round4_is_pythons_round_at_and_beside_ties():
    # numpy's rint of x * 1e4 can fall on the other side of a half than Python's exact decimal rounding:
    # there round4 asks Python, so no value differs, whatever the hash seed or the candidate
    from kg.extract.candidates import round4

    rng = np.random.default_rng(41)
    ties = (rng.integers(-30000, 30000, 500) + 0.5) / 10000.0
    nudged = ties + rng.choice([-1, 1], 500) * np.ldexp(1.0, -rng.integers(20, 60, 500))
    for w in (ties, nudged, rng.normal(size=500), np.array([0.0, -0.0, -0.00004, 0.00005, 2.99995, -2.99995])):
        got, want = round4(w), [round(x, 4) for x in w.tolist()]
        assert got == want and [np.signbit(x) for x in got] == [np.signbit(x) for x in want]
