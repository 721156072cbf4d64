"""Names joined by a lower-case particle between hyphens ("Hezb-i-Islami", "Jamaat-e-Islami",
"Lashkar-e-Taiba", "Hizb-ut-Tahrir"): the tokenizer splits them at the hyphens and the NER tags
a part or none, or calls the name a person. Such a name is the name of a movement or party: one
organisation, tagged whole (part of the ``kg_name_repair`` component)."""
from __future__ import annotations

from spacy.tokens import Doc, Span

# the linking particles (Persian/Urdu ezafe "e"/"i", Arabic "ut") of organisations' names; "ul" and "ur"
# also join persons' names ("Zia-ul-Haq", "Fazl-ur-Rehman") and are left out
HYPHEN_PARTICLES = {"e", "i", "ut"}


def _glued(doc: Doc, i: int) -> bool:
    """``doc[i]`` and the next token are written as one word."""
    return i + 1 < len(doc) and not doc[i].whitespace_


def particle_name_at(doc: Doc, i: int) -> tuple[int, int] | None:
    """(start, end) of a name "A-p-B" (and on "-p-C") whose first word is ``doc[i]``, or None."""
    first = doc[i]
    if not (first.is_alpha and first.text[:1].isupper()) or (i > 0 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_):
        return None
    end = i + 1
    while (end + 3 <= len(doc) and all(_glued(doc, k) for k in range(end - 1, end + 2))
           and doc[end].text == "-" and doc[end + 1].lower_ in HYPHEN_PARTICLES and doc[end + 2].text == "-"
           and end + 3 < len(doc) and doc[end + 3].is_alpha and doc[end + 3].text[:1].isupper()):
        end += 4
    if end == i + 1:
        return None
    while (i > 1 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_alpha and doc[i - 1].is_title
           and doc[i - 1].dep_ == "compound" and i <= doc[i - 1].head.i < end and doc[i - 1].ent_type_ != "PERSON"):
        i -= 1  # "Jamiat Ulema-e-Islam", "Pakistan Tehreek-e-Insaf": the words before it that it compounds
    return i, end


def whole_particle_names(doc: Doc, ents: list[Span]) -> tuple[list[Span], bool]:
    """Each "A-p-B" name one organisation: the entities it cuts or overlaps give way to it, one that
    holds it whole and is an organisation already ("the Hezb-i-Islami") stays."""
    changed = False
    i = 0
    while i < len(doc):
        found = particle_name_at(doc, i)
        if found is None:
            i += 1
            continue
        start, end = found
        i = end
        if any(e.start <= start and e.end >= end and e.label_ == "ORG" for e in ents):
            continue
        over = [e for e in ents if e.start < end and e.end > start]
        lo = min([start, *(e.start for e in over if e.label_ == "ORG")])
        hi = max([end, *(e.end for e in over if e.label_ == "ORG")])
        ents = sorted([e for e in ents if e not in over] + [Span(doc, lo, hi, label="ORG")], key=lambda e: e.start)
        changed = True
    return ents, changed
