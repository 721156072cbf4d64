"""Bodies named for a place, which the small NER model cuts before the place: "the Muslim
Council" + "of" + "Britain", "the Democratic Party" + "of" + "Kosovo". A body's name (an
organisation the NER tagged, ending in a capitalised institution's noun) that runs on with
"of" and a place the parser hangs on it is one organisation; the place alone is not the actor."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.lexicon import Lexicon, fold

PLACES = {"GPE", "LOC"}


def _place_after(doc: Doc, e: Span, ents: list[Span], k: int) -> int | None:
    """The index in ``ents`` of the place that ends ``e``'s name ("... Council of Britain"), if any."""
    if k + 1 >= len(ents) or e.end + 1 >= len(doc):
        return None
    of, place = doc[e.end], ents[k + 1]
    start = e.end + 1 + (doc[e.end + 1].lower_ == "the")
    if of.lower_ != "of" or place.label_ not in PLACES or place.start != start or of.head != e.root:
        return None
    after = doc[place.end] if place.end < len(doc) else None
    if after is not None and (after.is_title and after.pos_ == "PROPN" or after.lower_ in {"and", "&"}):
        return None  # "the Council of Europe Secretariat", "the Bank of England and Barclays": another reading
    return k + 1


def bodies_of_places(doc: Doc, ents: list[Span], lex: Lexicon) -> tuple[list[Span], bool]:
    """"The Muslim Council" + "of" + "Britain" -> one organisation."""
    nouns = lex.institution_nouns | lex.assembly_nouns | lex.collective_nouns
    out: list[Span] = []
    k, changed = 0, False
    while k < len(ents):
        e = ents[k]
        last = e[-1]
        j = None
        if e.label_ == "ORG" and len(e) >= 2 and last.is_title and fold(last.text) in nouns:
            j = _place_after(doc, e, ents, k)  # (a name the gazetteer knows too: "the Democratic Party of Kosovo")
        if j is not None:
            out.append(Span(doc, e.start, ents[j].end, label="ORG"))
            changed = True
            k = j + 1
        else:
            out.append(e)
            k += 1
    return out, changed


def names_run_on_with_and(doc: Doc, ents: list[Span], lex: Lexicon) -> tuple[list[Span], bool]:
    """"the Organisation for Economic Co-operation" + "and Development", "the Chamber of Commerce" +
    "and Industry": a body's name "for" or "of" something that the NER cut before its last "and";
    the capitalised words after it, untagged, unknown to the gazetteer and no body's noun (else they
    name a second body: "the Bank of England and Treasury"), end the name."""
    nouns = lex.institution_nouns | lex.assembly_nouns | lex.department_nouns
    out: list[Span] = []
    changed = False
    for e in ents:
        end = e.end - (e[-1].lower_ == "and" and len(e) > 1)  # (the NER often keeps the "and" it cut at)
        words = [t.lower_ for t in doc[e.start:end]]
        if e.label_ == "ORG" and ("for" in words[1:-1] or "of" in words[1:-1]) and end + 1 < len(doc) \
                and doc[end].lower_ == "and":
            j = end + 1
            while j < len(doc) and j - end <= 3 and doc[j].is_title and doc[j].is_alpha and not doc[j].ent_type_:
                j += 1
            run = doc[end + 1:j]
            if len(run) and (j == len(doc) or not (doc[j].is_title or doc[j].is_upper)) \
                    and fold(run[-1].text) not in nouns and lex.actor_for(run.text) is None \
                    and run[0].head.i in range(e.start, end):
                out.append(Span(doc, e.start, j, label="ORG"))
                changed = True
                continue
        out.append(e)
    return out, changed


def whole_body_names(doc: Doc, ents: list[Span], lex: Lexicon) -> tuple[list[Span], bool]:
    """Both repairs above: a name's last "and" part, then its place."""
    ents, anded = names_run_on_with_and(doc, ents, lex)
    ents, placed = bodies_of_places(doc, ents, lex)
    return ents, anded or placed
