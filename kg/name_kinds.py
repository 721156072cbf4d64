"""A name's kind set from the evidence around it, where the small model tagged a name it has
rarely seen as the wrong kind: "Olumide Adeyemi, 54," a place, "said Blinkevičiūtė, who leads"
an organisation, "Ms Blinkevičiūtė ... Blinkevičiūtė said" a person then an organisation. A speaker
tagged a place or body is credited as one, and loses the "he" or "she" that takes them up.
Run by the ``kg_name_repair`` component after its repairs of spans (``kg.name_repair``)."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.lexicon import Lexicon, fold

# a person's age in apposition: "Olumide Adeyemi, 54,"
AGES = range(16, 111)


def _unknown_name(e: Span, lex: Lexicon) -> bool:
    """One to three capitalised words the gazetteer does not know, none an institution's noun."""
    words = [t for t in e if t.text != "-"]
    return (e.label_ in {"ORG", "GPE"} and 1 <= len(words) <= 3 and not e.ent_id_
            and all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in words)
            and not any(fold(t.text) in lex.institution_nouns | lex.assembly_nouns for t in words)
            and lex.actor_for(e.text) is None)


def _aged(doc: Doc, e: Span) -> bool:
    """"Olumide Adeyemi, 54, accused": a number between commas right after the name."""
    if e.end + 2 >= len(doc) or doc[e.end].text != "," or doc[e.end + 2].text != ",":
        return False
    age = doc[e.end + 1].text
    return age.isdigit() and int(age) in AGES


def _who_follows(doc: Doc, e: Span) -> bool:
    """"said Blinkevičiūtė, who leads the Social Democrats": a relative "who" is a person's."""
    return e.end + 1 < len(doc) and doc[e.end].text == "," and doc[e.end + 1].lower_ == "who"


def _after_honorific(doc: Doc, e: Span, lex: Lexicon) -> bool:
    """"Mr Žemaitaitis", "Dr Chinwe Okonkwo": an honorific right before the name."""
    return e.start > 0 and fold(doc[e.start - 1].text.rstrip(".")) in lex.honorifics


def _person_words(ents: list[Span], lex: Lexicon) -> set[str]:
    """The surnames of people the document names with an honorific alone ("Ms Blinkevičiūtė"): the
    resolver learns a surname from a full name only (train: "Gowdy", "Christie" retyped after their full
    names moved quotes to people named inside them, train F1 .5177 -> .5159)."""
    out: set[str] = set()
    for e in ents:
        words = [t for t in e if t.is_alpha]
        if e.label_ == "PERSON" and len(words) == 2 and fold(words[0].text) in lex.honorifics:
            out.add(words[-1].text)
    return out


def persons_by_evidence(doc: Doc, ents: list[Span], lex: Lexicon) -> tuple[list[Span], bool]:
    """Places and bodies the NER named that the text shows to be people: an age, a relative "who",
    an honorific, the surname of a person the document names with one (dev .3339 -> .3347, train
    .5177, seeds .6575 and PolNeAR dev quotes 325/359 unchanged). (Dropped: a "he" or "she"
    taking the name up as a speech verb's subject; a train name split by mojibake, "PeÃ±a Nieto",
    left a one-word "Nieto" that outranked "Mexican president": train .5177 -> .5163.)"""
    out, changed = [], False
    for e in ents:
        if _unknown_name(e, lex) and (_aged(doc, e) or _who_follows(doc, e) or _after_honorific(doc, e, lex)):
            e = Span(doc, e.start, e.end, label="PERSON")
            changed = True
        out.append(e)
    surnames = _person_words(out, lex)  # (after: "Dr Chinwe Okonkwo" made a person names "Okonkwo said")
    for k, e in enumerate(out):
        if len(e) == 1 and e.text in surnames and _unknown_name(e, lex):
            out[k] = Span(doc, e.start, e.end, label="PERSON")
            changed = True
    return out, changed


# labels the small model gives a body's name it has not seen ("The Human Rights Defenders Coalition" a law,
# "The Hostages and Missing Families Forum" a work of art)
THING_LABELS = frozenset({"WORK_OF_ART", "LAW", "PRODUCT"})
NAME_JOINERS = frozenset({"and", "of", "for", "the", "on", "in", "&"})


def bodies_by_their_head(doc: Doc, ents: list[Span], lex: Lexicon) -> tuple[list[Span], bool]:
    """A work's or a law's name that ends in the noun of a body ("... Coalition", "... Forum", "... Council"),
    every other word capitalised, that the gazetteer does not know, is an organisation's name: so its
    acts are credited to it, not lost with the thing (news2025 probes: the NER tagged pressure groups so)."""
    out, changed = [], False
    for e in ents:
        words = [t for t in e if not (t.i == e.start and t.lower_ == "the")]
        if (e.label_ in THING_LABELS and len(words) >= 2 and fold(words[-1].text) in lex.institution_nouns
                and words[-1].text[:1].isupper()
                and all(t.text[:1].isupper() or t.lower_ in NAME_JOINERS for t in words)
                and lex.actor_for(e.text) is None):
            e = Span(doc, e.start, e.end, label="ORG")
            changed = True
        out.append(e)
    return out, changed
