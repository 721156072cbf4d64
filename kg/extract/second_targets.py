"""A second target of one relation for one actor in one sentence, kept only when it is not a guess.

Annotators seldom file two targets of one relation for one actor in one sentence ("demands lower
taxes" beside "demands the 6% increase" the demand came with): the second is most often a phrase the
learned stage reached for. A statement whose confidence is under ``WEAK`` while a more confident
statement of the same actor, sentence and relation stands is dropped, unless it alone carries its
quotation (the quote attribution rests on it) or names an actor as its target (the party a
quotation blames, credited on purpose beside the words it blames)."""
from __future__ import annotations

from collections import defaultdict

from kg.records import Actor, Statement

WEAK = 0.15  # below this a learned statement is a guess (the calibrated scale, kg/train.py)


def _quote(st: Statement):
    return (st.quote.start, st.quote.end) if st.quote is not None else None


def without_weak_second_targets(stmts: list[Statement]) -> list[Statement]:
    groups: dict[tuple, list[Statement]] = defaultdict(list)
    for st in stmts:
        groups[(st.sentence.start, st.actor.label, st.relation)].append(st)
    drop: set[int] = set()
    for group in groups.values():
        if len(group) < 2:
            continue
        best = max(st.confidence for st in group)
        for st in group:
            if st.confidence >= WEAK or st.confidence >= best or isinstance(st.target, Actor):
                continue
            q = _quote(st)
            if q is None or any(o is not st and _quote(o) == q and o.confidence >= WEAK for o in group):
                drop.add(id(st))
    return [st for st in stmts if id(st) not in drop]
