"""One spelling per actor in a document. The parser reads a Title Case
headline in sentence case (``kg.extract.headlines``), so a name it does not
know comes out as "Ben carson" there and "Ben Carson" in the body; a
description opening a sentence is "Critics" where the body writes "critics".
Both are one actor, and a user should see one node."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from kg.records import Actor, Statement


def _capitals(label: str) -> int:
    return sum(w[:1].isupper() for w in label.split())


def spellings(labels: Counter[str], body: str = "") -> dict[str, str]:
    """Each label's spelling among those equal but for case: a description's
    lower-case one ("critics"), else a name's most capitalised one ("Ben
    Carson"), else the most frequent. A name the article's body (below its
    headline) writes in other letters is spelt as the body writes it."""
    as_body: dict[str, str] = {}
    for label in labels:
        if label[:1].isupper() and label not in body:
            hit = re.search(rf"(?<!\w){re.escape(label)}(?!\w)", body, re.IGNORECASE)
            if hit and hit.group(0)[:1].isupper():
                as_body[label] = hit.group(0)
    counts: Counter[str] = Counter()
    for label, n in labels.items():
        counts[as_body.get(label, label)] += n
    groups: dict[str, list[str]] = {}
    for label in counts:
        groups.setdefault(label.casefold(), []).append(label)
    best: dict[str, str] = {}
    for forms in groups.values():
        lower = [f for f in forms if f[:1].islower()]
        best[forms[0].casefold()] = max(lower or forms, key=lambda f: (not lower and _capitals(f), counts[f], f))
    out = {label: best[as_body.get(label, label).casefold()] for label in labels}
    return {k: v for k, v in out.items() if k != v}


def one_spelling(stmts: list[Statement], text: str = "") -> list[Statement]:
    """The statements with every actor in the spelling ``spellings`` chooses
    (``text``: the article's)."""
    def actors(st: Statement):
        yield st.actor
        yield from st.actor.members
        for a in (st.target, st.condition_of, st.addressee, *st.reported_by):
            if isinstance(a, Actor):
                yield a

    counts = Counter(a.label for st in stmts for a in actors(st))
    fix = spellings(counts, text[text.find("\n") + 1:] if "\n" in text else "")
    if not fix:
        return stmts

    def respell(a):
        if not isinstance(a, Actor):
            return a
        members = tuple(respell(m) for m in a.members)
        if a.label in fix or members != a.members:
            return replace(a, label=fix.get(a.label, a.label), members=members)
        return a

    return [replace(st, actor=respell(st.actor), target=respell(st.target), condition_of=respell(st.condition_of),
                    addressee=respell(st.addressee), reported_by=tuple(respell(r) for r in st.reported_by))
            for st in stmts]
