"""Which words of a long quotation a statement rests on: the sentence of the
quotation that holds its cue, else the one naming its target. News coders
quote the sentence that carries a position, not the whole speech around it
('"Huge thanks for fighting for me. I thank everyone who wished me well. ..."'
praises on its first sentence). Train quotes 511 -> 514 of 624, dev 395 (=),
PolNeAR dev speakers 328 of 359 (=), full F1 unchanged."""
from __future__ import annotations

import re
from dataclasses import replace

from kg.records import Actor, Span, Statement

QUOTE_MARKS = " \t\n\"“”'‘’`,"


def unmarked(text: str, a: int, z: int) -> tuple[int, int]:
    """The bounds ``a``..``z`` without the quotation marks, spaces and commas at either end."""
    while a < z and text[a] in QUOTE_MARKS:
        a += 1
    while z > a and text[z - 1] in QUOTE_MARKS:
        z -= 1
    return a, z
MIN_WORD = 3  # shorter words of a target's label ("of", "US") name no sentence
STEM = 5


def stems(words: str) -> set[str]:
    """Crude stems of the longer words ("fighting" and "fight" share "fight")."""
    return {w[:STEM] for w in re.findall(r"\w+", words.lower()) if len(w) >= MIN_WORD}


def label_words(st: Statement) -> set[str]:
    """The stems of the statement's target's words that may name it in a sentence."""
    t = st.target
    if t is None:
        return set()
    names = [t.label, *t.aliases] if isinstance(t, Actor) else [t.label]
    return {w for n in names for w in stems(n)}


def where_it_rests(st: Statement, parts: list[tuple[int, int]], text: str) -> tuple[int, int] | None:
    """The part (sentence of the quotation) holding the statement's cue, else
    the first naming most words of its target, else the first sentence (where
    a position opens its quotation; train quotes 513 -> 514) save for "says",
    which rests on what was said at large (dev: cut to the first, 395 -> 394)."""
    if st.cue is not None:
        part = next((p for p in parts if p[0] <= st.cue.start < p[1]), None)
        if part is not None:
            return part
    words = label_words(st)
    hits = [len(words & stems(text[a:z])) for a, z in parts]
    best = max(hits)
    if best:
        return parts[hits.index(best)]
    return None if st.relation.value == "says" else parts[0]


def at_its_words(st: Statement, bounds: list[tuple[int, int]], text: str) -> Statement:
    """A statement whose quote runs over several sentences rests on the one
    its cue or target lies in (``where_it_rests``); the whole stays as its
    ``quotation``."""
    q = st.quote
    if q is None or st.relation.value == "says" and st.target is None:
        return st
    parts = [(max(s, q.start), min(e, q.end)) for s, e in bounds if s < q.end and e > q.start]
    if len(parts) < 2:
        return st
    part = where_it_rests(st, parts, text)
    if part is None:
        return st
    a, z = unmarked(text, *part)
    # a quotation no more than twice its longest sentence (+5 words) still stands for each of them: carried
    # whole (train: cut wherever it is twice the statement's own sentence, 512 of 624 and 4 quotes lost)
    longest = max(len(text[b:c].split()) for b, c in parts)
    if len(text[a:z].split()) < 2 or len(q.text.split()) <= 2 * longest + 5:
        return st
    return replace(st, quote=Span(a, z, text[a:z]), quotation=st.quotation or q)
