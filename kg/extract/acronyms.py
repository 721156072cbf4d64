"""Acronyms an article defines: "the Public and Commercial Services Union
(PCS)" makes every later "PCS" that union, and NER's shorter reading of the
same name ("Commercial Services Union") too, so that one actor has one label.

The long form is found as Schwartz and Hearst (2003) find it: the acronym's
letters, read right to left, each found in order in the words before the
parenthesis, the first letter opening a word. Only capitalised words (and the
small words between them) can be part of a name.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract.doc_words import children
from kg.extract.mentions import ENTITY_KINDS, Mention
from kg.lexicon import fold
from kg.records import Actor

PARENTHESIS = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")
SMALL = {"of", "and", "for", "the", "on", "in", "to", "&", "de", "du", "la"}
WORD = re.compile(r"[\w'’&-]+")


@dataclass(frozen=True)
class Acronym:
    short: str  # "PCS"
    long: str  # "Public and Commercial Services Union"
    start: int  # offsets of the long form in the text
    end: int


def letters_match(short: str, long: str) -> bool:
    """Schwartz-Hearst: every letter or digit of ``short``, right to left, found in
    ``long`` in order; the first one at the start of a word of ``long``."""
    s, i = len(short) - 1, len(long) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while i >= 0 and (long[i].lower() != c or (s == 0 and i > 0 and long[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return False
        i -= 1
        s -= 1
    return True


def defined_acronyms(text: str, known: Callable[[str], bool] = lambda short: False) -> list[Acronym]:
    """Each "Long Form (LF)" of the text whose long form spells the acronym: the
    shortest run of capitalised words before the parenthesis that does; for an
    acronym the gazetteer ``known``, the whole run ("the Social Democrats (SPD)")."""
    out: list[Acronym] = []
    for m in PARENTHESIS.finditer(text):
        short = m.group(1)
        titled = sum(c.isupper() for c in short) < 2  # "(Reuters)", "(Ind)": a name, unless the initials spell it
        before = text[max(0, m.start() - 200):m.start()]
        words = list(WORD.finditer(before))[-(len(short) + 5):]
        base = m.start() - len(before)
        runs = []  # runs of capitalised words ending at the parenthesis, shortest first
        for k in range(len(words) - 1, -1, -1):
            run = words[k:]
            gap = before[words[k].end():words[k + 1].start() if k + 1 < len(words) else len(before)]
            if gap.strip(" ") or not (run[0].group()[0].isupper() or run[0].group().lower() in SMALL):
                break  # a name is capitalised words (and small ones) apart by spaces only
            if run[0].group().lower() not in SMALL:
                runs.append(Acronym(short, before[run[0].start():run[-1].end()],
                                    base + run[0].start(), base + run[-1].end()))
        if titled:  # "Action on Smoking and Health (Ash)", "(Nato)": the words' initials, each in turn
            runs = [a for a in runs if initials(a.long) == short.lower() and len(short) > 2]
        spelled = next((a for a in runs if " " in a.long and letters_match(short, a.long)), None)
        if spelled is not None:
            out.append(spelled)
        elif runs and known(short):
            out.append(runs[-1])
    return out


def initials(long: str) -> str:
    """The first letters of a long form's words but the small ones: "Action on Smoking and Health" -> "ash".
    BBC style writes a spoken acronym as a word ("Ash", "Nato"); its initials must spell it whole (no train
    text has one; the probe's "Action" became the body)."""
    return "".join(w[0] for w in long.lower().split() if w not in SMALL)


TITLE_WORDS = {"mr", "mrs", "ms", "dr", "sir", "lord", "lady"}  # "Lord Woolf's ..." names no body


class AcronymReading:
    """The resolver's acronym methods (its fields: ``lex``, ``text``, ``acronyms``)."""

    def _acronym_table(self) -> dict[str, Acronym]:
        """Folded acronym, long form and shorter readings of it -> the definition (read once)."""
        if self.acronyms is None:
            self.acronyms = {}
            for a in defined_acronyms(self.text, known=lambda short: self.lex.actor_for(short) is not None):
                words = a.long.split()
                forms = [a.short] + [" ".join(words[k:]) for k in range(len(words) - 1)
                                     if words[k][0].isupper() and fold(words[k]) not in TITLE_WORDS]
                for form in forms:
                    self.acronyms.setdefault(fold(form), a)
        return self.acronyms

    def defined(self, surface: str) -> Acronym | None:
        """The definition of an acronym the article gives ("the Public and
        Commercial Services Union (PCS)"), for the acronym, its long form or a
        shorter reading of it ("Commercial Services Union")."""
        return self._acronym_table().get(fold(surface))

    def defined_at(self, at: int) -> Acronym | None:
        """The definition whose long form holds the character at ``at``: the NER
        or parser may cut "Public and Commercial Services Union" in two."""
        return next((a for a in self._acronym_table().values() if a.start <= at < a.end), None)

    @staticmethod
    def parenthesised(tok: Token) -> Token | None:
        """An entity in parentheses in apposition to ``tok``: "Social Democrats (SPD)"."""
        return next((c for c in children(tok) if c.dep_ == "appos" and c.ent_type_ in ENTITY_KINDS and c.i > 0
                     and c.doc[c.i - 1].text == "(" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == ")"), None)

    def spelt_acronym(self, tok: Token) -> Mention | None:
        """An acronym the article defines written in capitals where the parser saw a pronoun ("WHO
        declares ...", "IT firms"): a Mention of the actor it names, else None."""
        a = self.defined(tok.text) if len(tok.text) > 1 and tok.text.isupper() else None
        if a is None or a.short != tok.text or (actor := self.defined_actor(a)) is None:
            return None
        return self._remember(Mention(actor, self._span(tok.idx, tok.idx + len(tok.text)), "name"))

    def defined_actor(self, a: Acronym) -> Actor | None:
        """The actor a definition names: the gazetteer's, by long form or acronym, else its long form."""
        known = self.lex.actor_for(a.long) or self.lex.actor_for(a.short)
        if known:
            return None if known.kind == "media" else known
        return Actor(label=a.long, kind="organisation")
