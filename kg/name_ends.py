"""Where a name ends: the statistical NER runs a name across a headline's colon or a spaced
dash ("Araghchi: Enrichment is not negotiable" gave one organisation "Araghchi: Enrichment",
"the officer who shot Scott - Brentley Vinson" one person), and into a trailing function word
("Budget as Tories cry foul"). Both are cut after the NER (the ``kg_name_repair`` component)."""
from __future__ import annotations

from spacy.tokens import Doc, Span

FUNCTION_TAGS = {"IN", "CC", "TO", "DT", "WDT", "WRB"}
DASHES = {"-", "–", "—"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}  # (a work's title keeps its subtitle)


def _separator(doc: Doc, i: int) -> bool:
    """A colon, or a dash with a space on each side (not "Saxe-Coburg")."""
    t = doc[i]
    return t.text == ":" or t.text in DASHES and i > 0 and bool(doc[i - 1].whitespace_) and bool(t.whitespace_)


def _pieces(doc: Doc, e: Span) -> list[tuple[int, int]]:
    """The runs of ``e`` between its separators, without spaces or punctuation at their edges."""
    out, start = [], e.start
    for i in [*(i for i in range(e.start, e.end) if _separator(doc, i)), e.end]:
        a, b = start, i
        while a < b and (doc[a].is_space or doc[a].is_punct):
            a += 1
        while b > a and (doc[b - 1].is_space or doc[b - 1].is_punct):
            b -= 1
        if a < b:
            out.append((a, b))
        start = i + 1
    return out


def _name_like(doc: Doc, a: int, b: int) -> bool:
    """Two capitalised words or more: after a colon the first word is capitalised anyway."""
    return sum(doc[i].is_alpha and doc[i].is_title for i in range(a, b)) >= 2


def names_cut_at_separators(doc: Doc, ents: list[Span]) -> tuple[list[Span], bool]:
    """A name across a colon or a spaced dash keeps its first run ("Araghchi"), and a later run
    that is a name of its own ("Brentley Vinson"); a date or number keeps its first run."""
    out, changed = [], False
    for e in ents:
        if e.label_ == "WORK_OF_ART" or not any(_separator(doc, i) for i in range(e.start, e.end)):
            out.append(e)
            continue
        changed = True
        pieces = _pieces(doc, e)
        keep = pieces[:1] + ([p for p in pieces[1:] if _name_like(doc, *p)] if e.label_ in NAME_LABELS else [])
        out.extend(Span(doc, a, b, label=e.label_) for a, b in keep)
    return out, changed


def without_trailing_function_words(doc: Doc, ents: list[Span]) -> tuple[list[Span], bool]:
    """A name never ends in a lower-case preposition or conjunction: a headline's "Budget as
    Tories cry foul" was tagged "Budget as", the target "pre-election Budget as"."""
    out, changed = [], False
    for e in ents:
        end = e.end
        while end > e.start and doc[end - 1].tag_ in FUNCTION_TAGS and doc[end - 1].text.islower():
            end -= 1
        if end != e.end:
            changed = True
            if end == e.start:
                continue
            e = Span(doc, e.start, end, label=e.label_)
        out.append(e)
    return out, changed
