"""How strongly a word or a stretch of text is charged, by VADER's lexicon and negation rules:
news quotes oppose and accuse in negative words, support and praise in positive ones."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def strong_valence(word: str, at_least: float = 2.0) -> int:
    """+1 / -1 for a word VADER rates at least this strongly, else 0."""
    v = _vader().lexicon.get(word, 0.0)
    return 1 if v >= at_least else -1 if v <= -at_least else 0


@lru_cache(maxsize=4096)
def _scores(text: str) -> dict[str, float]:
    """VADER's scores of a text, once whatever the prefix it is heard under (a quotation is
    heard as a sentence and as a quote)."""
    return _vader().polarity_scores(text)


def scores(text: str) -> dict[str, float]:
    """VADER's scores of a text: compound (-1 to +1) and the shares of negative, neutral and positive words."""
    return _scores(text)


@lru_cache(maxsize=4096)
def tone(text: str, prefix: str) -> frozenset[str]:
    """The tone of a stretch of text (VADER's lexicon and negation rules):
    news quotes oppose and accuse in negative words, support and praise in
    positive ones. (Cached: a quotation's tone is heard by every candidate of
    its sentence.)"""
    sc = _scores(text)
    c = sc["compound"]
    f = {f"{prefix}tone:{'neg' if c <= -0.3 else 'pos' if c >= 0.3 else 'neu'}"}
    if c <= -0.7:
        f.add(f"{prefix}tone:very_neg")
    if c >= 0.7:
        f.add(f"{prefix}tone:very_pos")
    if sc["neg"] > 0 and sc["pos"] > 0:
        f.add(f"{prefix}tone:mixed")
    return frozenset(f)
