"""A person by a part of the name the document gave in full: the surname ("Mr Wellington"
after "Bob Wellington"), a knight's first name ("Sir Digby"), a family name written first ("Cui
said"). A mixin of ``kg.extract.actors.ActorResolver`` (its ``people``, ``surnames`` and ``leading``)."""
from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan

from kg.lexicon import fold
from kg.records import Actor

GENERATIONAL = {"jr", "jr.", "jnr", "jnr.", "sr", "sr.", "snr", "snr.", "ii", "iii", "iv"}
# titles under which a person goes by the first name: "Sir Digby", "Prince Mohammed", "Sheikh Tamim"
FIRST_NAME_TITLES = {"sir", "dame", "prince", "princess", "sheikh", "sheikha", "sheik", "shaikh", "emir"}


def without_honour(label: str) -> str:
    """A name without the "Sheikh" its label keeps ("Sheikh Mohammed bin ..." goes by "Mohammed")."""
    words = label.split()
    return " ".join(words[1:]) if len(words) > 2 and fold(words[0]) in FIRST_NAME_TITLES else label
NAME_PARTICLES = {"de", "da", "di", "del", "della", "dos", "du", "van", "von", "der", "den", "la", "le", "dela"}


def surname_of(label: str) -> str:
    """The last word of a name that is no generational suffix: "Ferdinand Marcos Jr." is "Marcos"."""
    words = label.split()
    while len(words) > 2 and words[-1].lower().strip(",") in GENERATIONAL:
        words.pop()
    return words[-1]


def surname_forms(surname: str) -> list[str]:
    """The surname and, for an Arabic one with its article ("al-Abadi", "el-Sisi"), the name without
    it: news writes "Haider al-Abadi" once and "Abadi said" after."""
    bare = re.sub(r"^(?:al|el|Al|El)[-‑]", "", surname)
    return [surname, bare] if bare != surname and bare[:1].isupper() else [surname]


class SurnameReading:
    """Mixed into ``kg.extract.actors.ActorResolver``."""

    def _after_honorific(self, ent: SpacySpan) -> bool:
        """'said Mr Wellington', 'Lord Tebbit', 'Lord Campbell-Savours' tagged as a place or
        an organisation: a name right after Mr, Dr, Lord or Dame is a person's."""
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        name = ent
        if len(ent) > 1 and fold(ent[0].text).rstrip(".") in self.lex.honorifics:
            before, name = ent[0], ent[1:]  # 'Mr Balls said' tagged as one organisation, "Mr" and all
        return (before is not None and fold(before.text).rstrip(".") in self.lex.honorifics and before.is_title
                and ent.label_ in {"ORG", "GPE", "NORP", "LOC", "FAC"} and len(name) <= 3
                and all(w.is_title or "-" in w.text for w in name if not w.is_punct)
                and not any(self._is_role_noun(w) for w in name))  # "the Lord Chancellor" is an office

    def _by_first_name_after_title(self, ent: SpacySpan, name: str) -> Actor | None:
        """'Sir Digby', 'Dame Tessa', 'Prince Mohammed', 'Sheikh Mohamed': a knight, dame, royal or
        sheikh goes by the first name; the one person the document named in full with it."""
        before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if fold(ent.text.split()[0]) not in FIRST_NAME_TITLES and before not in FIRST_NAME_TITLES:
            return None
        same = {a.label for a in self.people.values() if len(a.label.split()) > 1
                and fold(without_honour(a.label).split()[0]) == fold(name)}
        return self.people[same.pop()] if len(same) == 1 else None

    def _named_in_full(self, word: str) -> Actor | None:
        """The one person named in full with this last word, where the word is no
        surname on its own because it names a place too ('Bob Wellington ... Mr Wellington')."""
        words = word.split()
        if len(words) == 2 and fold(words[0]) in NAME_PARTICLES:  # "De Wever" after "Bart De Wever"
            same = {a.label for a in self.people.values() if len(a.label.split()) > 2
                    and fold(a.label).endswith(" " + fold(word))}
        else:
            same = {a.label for a in self.people.values() if len(words) == 1 and len(a.label.split()) > 1
                    and fold(a.label.split()[-1]) == fold(word)}
        return self.people[same.pop()] if len(same) == 1 else None

    def by_particled_surname(self, ent: SpacySpan) -> Actor | None:
        """'de Lima', 'van Buren': a name after a lower-case particle (the tagger's place, left
        out of the entity) is the surname of the one person the document named in full with both;
        so is one whose particle a sentence's start capitalised ("Staffan de Mistura ... De Mistura said")."""
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        if len(ent) > 1 and ent[0].lower_ in NAME_PARTICLES and ent[0].is_title:
            tail = fold(ent.text)  # "De Mistura said" at a sentence's start, tagged an organisation
        elif before is None or before.lower_ not in NAME_PARTICLES or not before.is_lower:
            return None
        else:
            tail = fold(f"{before.text} {ent.text}")
        same = {a.label for a in self.people.values() if len(a.label.split()) > 2 and fold(a.label).endswith(" " + tail)}
        return self.people[same.pop()] if len(same) == 1 else None

    def by_surname(self, word: str, at: int | None = None) -> Actor | None:
        """The person the document named in full with this surname, if any (a name read only
        while the candidates were gathered keeps its surname, not its entry in ``people``).
        With ``at`` (where the surname stands), one named before it: "President Prabowo Subianto ...
        Mr Prabowo said ... police chief Listyo Sigit Prabowo" leaves "Mr Prabowo" the president's;
        where no one was named before, the one named first after it (a headline's surname)."""
        labels = [x for x in (self.surnames.get(fold(word)), self.leading.get(fold(word))) if x is not None]
        if not labels:
            return None
        label = labels[0]
        if at is not None and len(labels) > 1:
            before = [x for x in labels if self.first_named.get(x, 0) <= at]
            label = before[0] if before else min(labels, key=lambda x: self.first_named.get(x, 0))
        return self.people.get(label) or Actor(label=label, kind="person")

    def other_forenames(self, tok, label: str) -> bool:
        """"Macky Sall ... Opposition MP Thierno Alassane Sall called": a surname the NER missed,
        written with forenames none of which the known person's name has, is another person
        (probe34c: the opposition MP's demand went to the former president)."""
        names = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.pos_ == "PROPN"
                 and c.is_title and fold(c.text) not in self.lex.role_nouns | self.lex.honorifics]
        known = {fold(w) for w in label.split()}
        return bool(names) and not any(fold(c.text) in known for c in names)
