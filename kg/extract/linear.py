"""A small multinomial logistic regression over sparse binary features, in
numpy alone: the learned stages need nothing heavier, and a model is a JSON
file of feature weights one can read (``kg/data/statement_model.json``).
"""
from __future__ import annotations

import json
import math
import operator
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path

import numpy as np

BIAS = "__bias__"
# binary features by name, or real-valued ones as name -> value
Features = Iterable[str] | Mapping[str, float]


def sigmoid(z: float) -> float:
    z = z if z < 50.0 else 50.0  # ``max(-50.0, min(50.0, z))`` without two builtin calls (113k per train build)
    return 1.0 / (1.0 + math.exp(-(z if z > -50.0 else -50.0)))


def logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def as_values(feats: Features) -> list[tuple[str, float]]:
    if isinstance(feats, Mapping):
        return list(feats.items())
    return [(f, 1.0) for f in feats]


@dataclass
class LinearModel:
    """Weights per (feature, class); unknown features weigh nothing."""

    classes: list[str]
    weights: dict[str, list[float]]

    def __post_init__(self) -> None:
        names = list(self.weights)
        self._index = {f: i for i, f in enumerate(names)}
        self._matrix = np.asarray([self.weights[f] for f in names], dtype=float).reshape(len(names), len(self.classes))
        self._zero = np.zeros(len(self.classes))
        # two classes: one log-odds weight per feature, summed in plain Python (the hot path)
        self._odds = {f: w[1] - w[0] for f, w in self.weights.items()} if len(self.classes) == 2 else None
        self._crossed: dict[str, dict[str, float]] = {}
        self.derived: dict[object, object] = {}  # what callers build once from the weights (``relational_odds``)

    def log_odds(self, feats: Features, bias: bool = True) -> float:
        """The second class's log-odds in a two-class model (fast: plain Python).
        Summed exactly (``math.fsum``): features often come as a set, whose order
        changes with the process's hash seed, and a rounded sum in that order
        had made one build's statements differ from another's at the threshold."""
        odds = self._odds
        assert odds is not None, "log_odds is for two-class models"
        get = odds.get
        if type(feats) is dict or isinstance(feats, Mapping):  # (a dict first: the ABC's check costs more than the sum)
            z = math.fsum(map(operator.mul, feats.values(), map(get, feats.keys(), repeat(0.0))))
        else:
            z = math.fsum(map(get, feats, repeat(0.0)))
        return z + get(BIAS, 0.0) if bias else z

    def weight(self, feature: str) -> float:
        """One feature's log-odds weight in a two-class model (0.0: unknown)."""
        assert self._odds is not None, "weight is for two-class models"
        return self._odds.get(feature, 0.0)

    def crossed_odds(self, prefix: str) -> dict[str, float]:
        """The log-odds weights of the features named ``prefix + x``, by ``x`` (built
        once per prefix): a caller crossing many names with one prefix looks them up
        without formatting each feature's name."""
        table = self._crossed.get(prefix)
        if table is None:
            assert self._odds is not None, "crossed_odds is for two-class models"
            n = len(prefix)
            table = self._crossed[prefix] = {f[n:]: w for f, w in self._odds.items() if f.startswith(prefix)}
        return table

    def p_true(self, feats: Features) -> float:
        """P(second class) of a two-class model."""
        if self._odds is None:
            return self.proba(feats)[self.classes[-1]]
        return sigmoid(self.log_odds(feats))

    def scores(self, feats: Features) -> np.ndarray:
        index = self._index
        b = index.get(BIAS)
        s = self._matrix[b].copy() if b is not None else self._zero.copy()
        pairs = feats.items() if type(feats) is dict or isinstance(feats, Mapping) else ((f, 1.0) for f in feats)
        idx, vals = [], []
        for f, x in pairs:
            i = index.get(f)
            if i is not None:
                idx.append(i)
                vals.append(x)
        if idx:
            order = np.argsort(idx)  # a fixed order of summation, whatever the features' order (see log_odds)
            s += np.asarray(vals)[order] @ self._matrix[np.asarray(idx)[order]]
        return s

    def proba(self, feats: Features) -> dict[str, float]:
        s = self.scores(feats)
        e = np.exp(s - np.maximum.reduce(s))  # (``s.max()``, ``e.sum()``: the same reductions without numpy's Python layer)
        p = e / np.add.reduce(e)
        return {c: float(v) for c, v in zip(self.classes, p)}

    def to_json(self) -> dict:
        return {"classes": self.classes,
                "weights": {f: [round(x, 4) for x in w] for f, w in self.weights.items()
                            if any(abs(x) >= 1e-3 for x in w) or f == BIAS}}

    @classmethod
    def from_json(cls, data: dict) -> LinearModel:
        return cls(classes=list(data["classes"]), weights={f: list(w) for f, w in data["weights"].items()})


def fit(examples: Sequence[Features], labels: Sequence[str], *, l2: float = 1.0, min_count: int = 2,
        epochs: int = 300, lr: float = 0.1, classes: list[str] | None = None,
        weights: Sequence[float] | None = None) -> LinearModel:
    """Maximum-likelihood softmax regression with an L2 penalty, full-batch Adam
    whose step falls linearly to zero. At a constant step the weights circled
    the optimum (the relation stage's objective 1.2870 after 300 steps, 1.2986
    after 1,000; the optimum is 1.2849, which the falling step reaches within
    0.0004 in 300), so one article more or less moved the fitted model as much
    as a change to extraction did. Features seen fewer than ``min_count`` times
    are dropped."""
    classes = classes or sorted(set(labels))
    pairs = [as_values(ex) for ex in examples]
    counts = Counter(f for ex in pairs for f in {f for f, _ in ex})
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    vocab[BIAS] = len(vocab)
    rows: list[list[tuple[int, float]]] = []
    for ex in pairs:
        kept = {vocab[f]: x for f, x in ex if f in vocab}
        kept[vocab[BIAS]] = 1.0
        rows.append(sorted(kept.items()))
    indptr = np.cumsum([0] + [len(r) for r in rows])
    indices = np.array([i for r in rows for i, _ in r], dtype=np.int64)
    values = np.array([x for r in rows for _, x in r], dtype=float)[:, None]
    row_of = np.repeat(np.arange(len(rows)), [len(r) for r in rows])
    cidx = {c: k for k, c in enumerate(classes)}
    y = np.array([cidx[lab] for lab in labels])
    n, k, d = len(rows), len(classes), len(vocab)
    sw = np.ones(n) if weights is None else np.asarray(weights, dtype=float)
    onehot = np.zeros((n, k))
    onehot[np.arange(n), y] = 1.0
    W = np.zeros((d, k))
    m = np.zeros_like(W)
    v = np.zeros_like(W)
    b1, b2, eps = 0.9, 0.999, 1e-8
    penalty = np.full((d, 1), l2)
    penalty[vocab[BIAS]] = 0.0
    for step in range(1, epochs + 1):
        S = np.add.reduceat(W[indices] * values, indptr[:-1], axis=0)
        S -= S.max(axis=1, keepdims=True)
        P = np.exp(S)
        P /= P.sum(axis=1, keepdims=True)
        G = (P - onehot) * sw[:, None]
        grad = np.zeros_like(W)
        np.add.at(grad, indices, G[row_of] * values)
        grad = grad / sw.sum() + penalty * W / sw.sum()
        m = b1 * m + (1 - b1) * grad
        v = b2 * v + (1 - b2) * grad * grad
        rate = lr * (1 - (step - 1) / epochs)  # to zero: the fit settles on the optimum instead of circling it
        W -= rate * (m / (1 - b1 ** step)) / (np.sqrt(v / (1 - b2 ** step)) + eps)
    inv = {i: f for f, i in vocab.items()}
    return LinearModel(classes=classes, weights={inv[i]: W[i].tolist() for i in range(d)})


def save(models: dict[str, LinearModel], meta: dict, path: Path) -> None:
    data = {"meta": meta, **{name: m.to_json() for name, m in models.items()}}
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True), encoding="utf-8")
    tmp.replace(path)


def load(path: Path) -> tuple[dict[str, LinearModel], dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    meta = data.pop("meta", {})
    return {name: LinearModel.from_json(d) for name, d in data.items()}, meta

