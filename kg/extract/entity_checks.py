"""Which named entities are no actor's name, or another kind of name than the tagger said: page
furniture glued to a name, a person tagged as an organisation, a name in apposition to a role,
half of a longer name, a sub-heading or a common word opening a sentence. A mixin of
``kg.extract.actors.ActorResolver`` (its fields: ``lex``, ``text``, ``lower_words``; its
methods ``_is_role_noun``, ``by_surname``)."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import wraps
from typing import Any

from spacy.tokens import Span as SpacySpan

from kg.extract.mentions import (common_word_opening, described_noun, hyphened, in_a_subheading, line_of,
                                 lower_case_words)
from kg.extract.surnames import NAME_PARTICLES
from kg.lexicon import fold


def after_glued_office(words: list[str], offices: set[str] | frozenset[str]) -> list[str]:
    """A name's words after the offices glued before it ("NCP Convener Nahid Islam", "Law Adviser Prof
    Asif Nazrul"): from the last office word, capitalised like all before it, that two words follow."""
    cut = max((i for i in range(1, len(words) - 2) if fold(words[i]) in offices), default=None)
    return words[cut + 1:] if cut is not None and all(w[:1].isupper() for w in words[:cut + 1]) else words


_POSSESSIVE = re.compile(r"[’']s$")  # (compiled once: ``re.sub`` looked it up in re's cache per entity checked)
_OFFICES: dict = {}  # (lexicon, extra words) -> the union ``offices`` makes, with the lexicon it was made of


def offices(lex, extra: frozenset[str] | set[str] = frozenset()) -> frozenset[str]:
    """The lexicon's person and role nouns (and ``extra``), united once per lexicon rather than
    per name cleaned or entity checked (7.3k and 9.7k times in a train build)."""
    got = _OFFICES.get((id(lex), id(extra)))
    if got is None or got[0] is not lex:
        got = _OFFICES[(id(lex), id(extra))] = (lex, frozenset(lex.person_nouns | lex.role_nouns | extra))
    return got[1]


def per_entity(check: Callable[[Any, SpacySpan], bool]) -> Callable[[Any, SpacySpan], bool]:
    """A check that reads only the entity, the text and the lexicon, answered once per entity and
    resolver: the resolver asks again of each entity at each reading (a train article's entity about
    five times: by ``observe``, each sentence's candidates and targets, the rules)."""
    @wraps(check)
    def memoised(self: Any, ent: SpacySpan) -> bool:
        memo = self.__dict__.get("_checked")
        if memo is None:
            memo = self.__dict__["_checked"] = {}
        key = (check, ent.doc, ent.start, ent.end, ent.label)
        got = memo.get(key)
        if got is None:
            got = memo[key] = check(self, ent)
        return got
    return memoised


class EntityChecks:
    """The resolver's tests of an entity before it becomes an actor (those of the entity alone
    ``per_entity``: the lexicon and the text are the document's for the resolver's life)."""

    def _headline_start(self, ent: SpacySpan) -> bool:
        """``ent`` opens a line that ends without sentence punctuation, after at
        most a site's section names ("Home Globe Putin invites ..."): a headline
        or page furniture, where those names glue onto a person's."""
        line_start, line_end = line_of(self.text, ent.start_char, ent.end_char) or (0, len(self.text))
        line = self.text[line_start:line_end].rstrip()
        before = self.text[line_start:ent.start_char].split()
        furniture = len(before) <= 2 and all(w.isalpha() and w[:1].isupper() for w in before)
        return furniture and not line.endswith((".", "!", "?", '"', "”", "'"))

    @per_entity
    def _looks_personal(self, ent: SpacySpan) -> bool:
        """'Bradley Podliska' tagged as an organisation: a known first name and a
        surname, no institution's noun, unknown to the gazetteer, is a person; so is one whose
        surname opens with a lower-case particle ("Leila de Lima", "Ursula von der Leyen")."""
        words = ent.text.split()
        return (ent.label_ == "ORG" and 2 <= len(words) <= 3 + any(w in NAME_PARTICLES for w in words)
                and fold(words[0]) in self.lex.first_names and words[-1][:1].isupper()
                and all(w[:1].isupper() or (0 < i and w in NAME_PARTICLES) for i, w in enumerate(words))
                and not any(fold(w) in self.lex.institution_nouns for w in words)
                and self.lex.actor_for(ent.text) is None)

    @per_entity
    def _named_in_role(self, ent: SpacySpan) -> bool:
        """'France's foreign minister, Laurent Fabius,' and 'local government
        spokesman Glyn Davies': a name in apposition to a role noun, or right
        after one that modifies it, or a name a "who" clause describes, is a person,
        whatever label the small model gave it."""
        if ent.label_ not in {"ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART"} or len(ent.text.split()) < 2 \
                or self.lex.actor_for(ent.text) is not None:
            return False
        words = ent.text.split()
        glued = offices(self.lex)
        if ent.label_ == "ORG" and all(w[:1].isupper() for w in words) and any(
                fold(w) in glued for w in words[1:-2]) and not any(
                fold(w) in self.lex.institution_nouns for w in words[-2:]):
            return True  # an office glued before a name: "NCP Convener Nahid Islam" (tagged an organisation)
        head = described_noun(ent.root)
        if ent.root.dep_ == "appos" and self._is_role_noun(head):
            return True
        if all(w[:1].isupper() for w in ent.text.split()) and any(
                c.dep_ == "relcl" and any(s.dep_ == "nsubj" and s.lower_ == "who" for s in c.children)
                for c in ent.root.children):
            return True  # "Hamdeen Sabahi, who ran against Sisi, ..." (tagged a work of art): "who" is for people
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        return (before is not None and before.dep_ == "compound" and ent.start <= before.head.i < ent.end
                and self._is_role_noun(before))

    @per_entity
    def _inside_a_longer_name(self, ent: SpacySpan) -> bool:
        """'the South China Sea' tagged PERSON 'South China': an entity that
        modifies a capitalised name right after it is part of that name."""
        head = ent.root.head
        return (ent.root.dep_ == "compound" and head.i == ent.end and head.pos_ == "PROPN"
                and head.text[:1].isupper() and not head.ent_type_ and self.lex.actor_for(ent.text) is None
                and head.text not in self.lex.postnominals)  # "Tony Wright MP" is Tony Wright

    def _common_noun_with_article(self, ent: SpacySpan) -> bool:
        """'pass the Bill' tagged a person 'Bill': a lone first name that takes "the"
        itself (not "the Trump administration", where "the" is the noun's) names a thing."""
        return (ent.label_ == "PERSON" and len(ent) == 1 and fold(ent.text) in self.lex.first_names
                and any(c.dep_ == "det" and c.lower_ == "the" for c in ent.root.children))

    def _no_name(self, ent: SpacySpan) -> bool:
        """An entity of a sub-heading, an issue of the topic vocabulary ("Brexit",
        which the parser calls a person) or a named treaty, half of a hyphened modifier ("the
        Tory-Labour debate", "Russia-backed rebels"), or a common noun opening a sentence that
        neither the gazetteer nor the article knows as a name (train: 'Turnout'
        and 'Breakdown' had been credited with quotations through 'she')."""
        return self._no_name_as_written(ent) or (self._common_word_unknown(ent) and self.by_surname(ent.text) is None)

    @per_entity
    def _no_name_as_written(self, ent: SpacySpan) -> bool:
        """``_no_name``'s tests of the entity, the text and the lexicon alone."""
        if in_a_subheading(self.text, ent) or self._common_noun_with_article(ent):
            return True
        if fold(_POSSESSIVE.sub("", ent.text)) in self.lex.topic_index:
            return True
        if hyphened(self.text, ent.start_char, ent.end_char):
            return True
        # "the Indus Waters Treaty", tagged an organisation: an instrument, an issue
        return len(ent) > 1 and fold(ent[-1].text) in self.lex.instrument_nouns and self.lex.actor_for(ent.text) is None

    @per_entity
    def _common_word_unknown(self, ent: SpacySpan) -> bool:
        """A common word opening a sentence that the gazetteer does not know (the article may: ``_no_name``)."""
        if self.lower_words is None:
            self.lower_words = lower_case_words(self.text)
        return common_word_opening(ent, self.lower_words) and self.lex.actor_for(ent.text) is None
