"""A body's name right after the common noun of its kind, which the small model leaves untagged or
tags in part: "The charity Age Concern criticised" (no entity), "the passenger group Transport 2000"
(a product), "The group Not Dead Yet UK" (the place "UK"). The capitalised run after the noun is
one organisation (the ``kg_name_repair`` component)."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.lexicon import Lexicon, fold

# entities a run may not hold: a person ("the union's leader Bob Crow" is no body), a date, a count
NOT_IN_NAMES = frozenset({"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
MAX_WORDS = 6
# kinds a run tagged whole keeps (a product, a work or an event there is the body's name: "Transport 2000")
# lower-case words inside a name, before a capitalised word ("and" joins two bodies: "Hamas and Fatah")
LINKS = frozenset({"for", "of", "on", "to"})
KEPT = frozenset({"ORG", "GPE", "NORP", "LOC"})


def _kind_noun(doc: Doc, i: int, lex: Lexicon) -> bool:
    """A lower-case singular noun of a body's kind ("group", "charity", "union")."""
    t = doc[i]
    return t.tag_ == "NN" and t.text.islower() and fold(t.lemma_) in lex.institution_nouns


def _run_end(doc: Doc, start: int, lex: Lexicon, not_names: set[str]) -> int | None:
    """The end of the capitalised run from ``start``: words with a capital and a number after the first
    ("Transport 2000"); not one a title opens ("the committee Chairman ...")."""
    end = start
    while end < len(doc) and end - start < MAX_WORDS + 1:
        t = doc[end]
        if t.is_alpha and t.text[:1].isupper() and (end > start or fold(t.text) not in not_names):
            end += 1
        elif end > start and t.lower_ in LINKS and t.text.islower() and end + 1 < len(doc) \
                and ((nxt := doc[end + 1]).text[:1].isupper() and nxt.is_alpha and nxt.lower_ != "the"
                     or nxt.lower_ == "the" and end + 2 < len(doc) and doc[end + 2].text[:1].isupper()):
            end += 2 if nxt.lower_ != "the" else 3  # "Club for Growth", "Friends of the Earth"
        elif end > start and t.like_num and t.text.isdigit() and end + 1 < len(doc) and not doc[end + 1].text[:1].isupper():
            end += 1  # "Transport 2000" (not a number before another name)
        else:
            break
    if end == start or end - start > MAX_WORDS or end >= len(doc) or doc[start].lower_ == "the":
        return None
    after = doc[end]
    if after.ent_type_ or (after.is_alpha and after.text[:1].isupper()):
        return None
    return end


def names_after_kind_nouns(doc: Doc, ents: list[Span], lex: Lexicon, not_names: set[str]) -> tuple[list[Span], bool]:
    """An organisation of the capitalised run right after a kind noun, where no entity holds the run
    whole: overlapping pieces of other kinds give way; a person or a date in the run leaves it be."""
    changed = False
    for i in range(len(doc) - 1):
        if not _kind_noun(doc, i, lex) or (end := _run_end(doc, i + 1, lex, not_names)) is None:
            continue
        start = i + 1
        inside = [e for e in ents if e.start < end and e.end > start]
        if any(e.start < start or e.end > end or e.label_ in NOT_IN_NAMES for e in inside):
            continue
        if len(inside) == 1 and inside[0].start == start and inside[0].end == end and inside[0].label_ in KEPT:
            continue  # tagged whole already (a place alone stays one: "the alliance Russia and China")
        ents = sorted([e for e in ents if e not in inside] + [Span(doc, start, end, label="ORG")], key=lambda e: e.start)
        changed = True
    return ents, changed
