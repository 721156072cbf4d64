"""The period an undated article speaks of, read from the people it names:
the gazetteer's terms of office of those people bound it ("Mr Blair" and "Mr
Brown" together are 1997-2007, when Blair was prime minister and Brown
chancellor, not 2007-10, when Brown was prime minister and Blair no one)."""
from __future__ import annotations

from collections.abc import Iterable

from kg.lexicon import Lexicon


def article_dates(lex: Lexicon, named: Iterable[str]) -> list[str]:
    """The dates (starts of terms) on which the most people the article names
    held an office, when at least two did; none when no two held one together,
    so one name alone never fixes the period."""
    names = set(named)
    terms = [r for r in lex.roles if r.holder in names]
    counts: dict[str, int] = {}
    for start in {r.start for r in terms}:
        counts[start] = len({r.holder for r in terms if r.held_on(start)})
    best = max(counts.values(), default=0)
    return sorted(d for d, n in counts.items() if n == best) if best >= 2 else []
