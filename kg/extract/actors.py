"""Mentions → actors: names, titles, role phrases, pronouns and groups.

One ``ActorResolver`` lives for one document. It learns as it reads: a full name teaches its surname
("Vladimir Putin" → "Putin"), a title or apposition teaches a role ("Kremlin spokesman Dmitry Peskov" →
"the Kremlin spokesman"), and every resolved mention becomes a candidate antecedent for pronouns (role
phrases in ``kg.extract.roles``, pronouns in ``kg.extract.pronouns``, the ``Mention`` record in
``kg.extract.mentions``). The gazetteer (``ontology/actors.toml``) is consulted for aliases and for who
held a role on the article's date.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from spacy.tokens import Span as SpacySpan, Token

from kg.extract.acronyms import AcronymReading
from kg.name_possessives import name_text, without_the
from kg.extract.authors import AuthorReading
from kg.extract.closing_names import ClosingNameReading
from kg.extract.entity_checks import after_glued_office, EntityChecks, offices
from kg.extract.mentions import (ENTITY_KINDS, body_of_country, aged, aged_description, campaign_epithet,
                                 partisan_epithet, FIRST_PERSON, PERSON_PRONOUNS, PLURAL_PRONOUNS, Mention,
                                 acronym_name, apposed, described_noun, named_after_comma, named_beside,
                                 name_after_title, name_closing_office, holder_after_office, counted_group, ent_of, ents_in,
                                 in_a_subheading, national_branch)
from kg.extract.groups import GroupReading, bare_sides
from kg.extract.name_runs import longer_name
from kg.extract.pronouns import PronounReading
from kg.extract.periods import HolderReading, passing_holder
from kg.extract.roles import RoleReading
from kg.extract.subjects import name_left_as_modifier
from kg.extract.surnames import SurnameReading, surname_forms, surname_of
from kg.lexicon import Lexicon, fold
from kg.records import Actor, Span

TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "president", "prime",
          "minister", "chancellor", "king", "queen", "prince", "general", "gen", "sen", "senator",
          "rep", "gov", "governor", "secretary", "ayatollah", "sheikh", "pope", "premier", "mr.",
          "mrs.", "ms.", "dr.", "gen.", "sen.", "rep.", "gov.", "foreign", "defence", "defense",
          "spokesman", "spokeswoman", "leader", "vice", "deputy", "former", "us", "u.s.", "uk", "treasurer", "attorney", "prof", "prof."}

# honours that news and coders keep as part of the name ("Sheikh Mohammed bin Abdulrahman Al Thani",
# "Sheikh Hasina"): without them a long Gulf name matches none of its written forms
NAME_HONOURS = frozenset({"sheikh", "sheikha", "sheik"})

# offices one person holds, whom news may describe without naming ("a Downing Street spokesman")
PERSON_ROLES = {"spokesman", "spokeswoman", "spokesperson", "executive", "secretary", "minister", "president",
                "ambassador", "envoy", "diplomat", "negotiator", "official", "chief", "leader", "head"}

# Malaysian and Bruneian honours before a name ("Tan Sri Muhyiddin Yassin"); "Tan" alone is a surname
STATE_HONOURS = re.compile(r"^(?:(?:Tan|Puan|Toh Puan) Sri|Dato['’]? S(?:e)?ri|Datuk S(?:e)?ri|Datuk|Dato['’]?|Tun|"
                           r"Pengiran|Yang Berhormat)\s+(?=[A-Z])")
@dataclass
class ActorResolver(RoleReading, HolderReading, SurnameReading, PronounReading, GroupReading, AcronymReading,
                    AuthorReading, EntityChecks, ClosingNameReading):
    lex: Lexicon
    text: str
    date: str | None = None
    surnames: dict[str, str] = field(default_factory=dict)
    leading: dict[str, str] = field(default_factory=dict)  # first words of two-word names that are no first names
    # (role, of) -> where in the text a holder was named, and who
    learned_roles: dict[tuple[str, str | None], list[tuple[int, str]]] = field(default_factory=dict)
    people: dict[str, Actor] = field(default_factory=dict)
    groups: dict[str, Actor] = field(default_factory=dict)
    history: list[Mention] = field(default_factory=list)
    subject_at: dict[int, int] = field(default_factory=dict)  # subject mention start -> its sentence's start
    main_subjects: set[int] = field(default_factory=set)  # starts of the subjects of sentences' main verbs
    quoted: list[tuple[int, int]] = field(default_factory=list)  # the document's quotations (content offsets)
    lower_words: set[str] | None = None  # the words the article writes in lower case (once asked for)
    quote_index: tuple | None = field(default=None, repr=False)  # ``quoted`` sorted for ``in_quote``
    pronouns_of: dict[str, Counter] = field(default_factory=dict)  # person -> genders of its sentences' pronouns
    acronyms: dict | None = None  # folded acronym or reading of its long form -> its Acronym (``defined``)
    passing: set[str] = field(default_factory=set)  # people named as interim, outgoing or former holders
    first_named: dict[str, int] = field(default_factory=dict)  # person -> where the document first named them in full

    # ---- learning ---------------------------------------------------------
    def learn_sentence(self, sent: SpacySpan) -> None:
        """Names and roles that this sentence teaches the document."""
        named: set[str] = set()
        quoted_name = False
        for ent in ents_in(sent):
            if (ent.label_ != "PERSON" and not self._named_in_role(ent)) or self._inside_a_longer_name(ent) \
                    or self._common_noun_with_article(ent) or body_of_country(ent, self.lex) is not None \
                    or in_a_subheading(self.text, ent):  # (a byline's writer lends the article no surname)
                continue  # (no person "Research UK" whose surname "UK" is)
            actor = self._person(ent)
            named.add(actor.label)
            if self.in_quote(ent.start_char):  # 'She said: "No deals with Farage."' says nothing of Farage (probe31c)
                quoted_name = True
            role, of = self._title_before(ent)
            if passing_holder(ent):
                self.passing.add(actor.label)
            if role:
                self._learn_role(role, of, actor.label, ent.start_char)
            for tok in ent.root.children:  # apposition: "Dmitry Peskov, the Kremlin spokesman,"
                if tok.dep_ == "appos":
                    role, of = self._role_of_np(tok)
                    if role:
                        self._learn_role(role, of, actor.label, ent.start_char)
            if ent.root.dep_ == "appos":  # "France's foreign minister, Laurent Fabius,"
                r2, of2 = self._role_of_np(described_noun(ent.root))
                if r2:
                    role = role or r2
                    self._learn_role(r2, of2, actor.label, ent.start_char)
            # "President Volodymyr Zelensky of Ukraine"
            for tok in ent.root.children:
                if tok.dep_ == "prep" and tok.lower_ == "of" and role:
                    for p in tok.children:
                        if p.dep_ == "pobj":
                            c = self._country_of(p)
                            if c:
                                self._learn_role(role, c, actor.label, ent.start_char)
        self.learn_gender(sent, set() if quoted_name else named)

    def _country_of(self, tok: Token) -> str | None:
        """The country or organisation a modifier names: Russian, Russia's, Kremlin, UK (not the
        "UK" of "Universities UK", a body's name ending in a country's)."""
        if (ent := ent_of(tok)) is not None and len(ent) > 1 and body_of_country(ent, self.lex) is not None:
            return None
        f = fold(tok.text)
        if f in self.lex.demonyms:
            return self.lex.demonyms[f]
        label = self.lex.alias_index.get(f)
        if label and self.lex.actors[label].kind in {"country", "organisation"}:
            return label
        if tok.ent_type_ in {"GPE", "ORG", "NORP"}:
            ent = ent_of(tok)
            if ent is not None:
                label = self.lex.alias_index.get(fold(ent.text))
                if label and self.lex.actors[label].kind in {"country", "organisation"}:
                    return label
        return None

    # ---- names ------------------------------------------------------------
    def _clean_name(self, text: str) -> str:
        text = re.sub(r"[’']s$", "", text.strip())
        text = STATE_HONOURS.sub("", text)
        words = text.split()
        while len(words) > 1 and fold(words[0]) in TITLES and not (fold(words[0]) == "gen" and words[1] in {"X", "Y", "Z"}):
            words.pop(0)
        while len(words) > 2 and fold(words[0]) in offices(self.lex) \
                and fold(words[1]) in self.lex.first_names:
            words.pop(0)  # a sentence's capital glued to the name: "Backbencher Stephen Pound said"
        words = after_glued_office(words, offices(self.lex, TITLES))
        while len(words) > 2 and words[-1].rstrip(".,") in self.lex.postnominals:  # "Guy Mansfield QC" is Guy Mansfield
            words.pop()
        return " ".join(words).strip(" ,.;:\"“”'")

    def _person(self, ent: SpacySpan) -> Actor:
        name = self._clean_name(ent.text)
        known = self.lex.actor_for(name) or self.lex.actor_for(ent.text)
        if len(name.split()) == 1 and (named := self.by_surname(name, ent.start_char)) is not None:
            actor = named  # 'Speaker Mike Johnson ... Johnson said': the article's Johnson, not the gazetteer's
        elif known and known.kind == "person":
            actor = known
        else:
            known_last = self.lex.actor_for(name.split()[-1]) if name else None
            if (same := self._named_in_full(name)) is not None:  # 'Wellington', 'De Wever'
                actor = same
            elif len(name.split()) == 1 and (knight := self._by_first_name_after_title(ent, name)) is not None:
                actor = knight
            elif len(name.split()) == 2 and known_last is not None and known_last.kind == "person" \
                    and fold(name.split()[0]) not in self.lex.first_names and self._headline_start(ent):
                actor = known_last  # page furniture glued to a name: "Globe Putin" ("Michelle Obama" is not)
            else:
                honour = ent.text.split()[0] if len(name.split()) > 1 and fold(ent.text.split()[0]) in NAME_HONOURS else None
                label = f"{honour} {name}" if honour else name  # "Sheikh Mohammed bin Abdulrahman Al Thani"
                actor = self.people.get(label) or self.people.get(name) or Actor(label=label, kind="person")
        self.people[actor.label] = actor
        if len(name.split()) > 1:
            self.first_named.setdefault(actor.label, ent.start_char)
        last = surname_of(actor.label)
        if len(name.split()) > 1 and len(actor.label.split()) > 1 and (getattr(place := self.lex.actor_for(last), "kind", None) != "country"
                                                                       or place.label == last and fold(actor.label.split()[0]) in self.lex.first_names):
            # only a name the article writes in full claims its surname: a headline's "Johnson"
            # read as the gazetteer's Boris Johnson leaves "Johnson" to the article's Mike Johnson (a 'surname' that is a
            # country's own name is one after a first name, 'Luís Montenegro'; 'South China', 'Bob Wellington': places)
            for form in surname_forms(last):
                self.surnames.setdefault(fold(form), actor.label)
        words = actor.label.split()
        if len(words) == 2 and (fold(words[0]) not in self.lex.first_names or self.lex.family_name_first(actor.label)) \
                and fold(words[0]) not in TITLES:
            # 'Cui Heng ... Cui said': where the first word is no first name, it may be the family name
            self.leading.setdefault(fold(words[0]), actor.label)
        return actor

    def entity_actor(self, ent: SpacySpan) -> Actor | None:
        """A named entity → its actor (gazetteer first, then the document)."""
        if self._inside_a_longer_name(ent) or self._no_name(ent):
            return None
        if (body := body_of_country(ent, self.lex)) is not None:
            return self.lex.actor_for(body.text) or Actor(label=body.text, kind="organisation")
        if ent.label_ == "PERSON" or self._named_in_role(ent) or self._looks_personal(ent) or self._after_honorific(ent):
            return self._person(ent)
        if ent.label_ not in ENTITY_KINDS:
            return None
        if (branch := national_branch(ent)) is not None:
            return Actor(label=branch.text, kind="organisation")
        cleaned = name_text(ent)  # "... Constitution (BfV)", "Russia's" cut; "Sainsbury's said" whole
        if (defined := self.defined(cleaned)) is not None:
            return self.defined_actor(defined)
        if len(ent) == 1 and (known := self.by_surname(ent.text, ent.start_char)) is not None:
            return known  # "Don Guardian ... Guardian said": a surname the document gave a person beats a namesake organisation
        if (known := self.by_particled_surname(ent)) is not None:
            return known  # "Leila de Lima ... de Lima said": her surname, not Peru's capital
        known = self.lex.actor_for(ent.text) or self.lex.actor_for(cleaned) or self.lex.actor_for(self._clean_name(cleaned))
        if known:
            return None if known.kind == "media" else known
        if ent.label_ == "NORP":
            f = fold(cleaned)
            if f in self.lex.demonyms:
                return self.lex.actors[self.lex.demonyms[f]]
            return None  # "Western", "European" alone are no actors
        if ent.label_ == "LOC" or not cleaned:
            return None
        kind = ENTITY_KINDS[ent.label_]
        owner = next((c for c in ent.root.children if c.i < ent.start and c.dep_ in {"poss", "amod", "compound"}), None)
        country = self._country_of(owner) if owner is not None else None
        if country is not None and ent.label_ == "ORG":  # "Azerbaijan's defence ministry"
            return Actor(label=f"{country}'s {cleaned}", kind=kind, country=country)
        return Actor(label=cleaned, kind=kind)

    # ---- mentions ---------------------------------------------------------
    def _span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def resolve(self, tok: Token, speaker: Mention | None = None) -> Mention | None:
        """The actor a noun phrase headed by ``tok`` names, if any."""
        low = tok.lower_
        if low == "one" and tok.dep_ == "nsubj" and not any(c.dep_ == "prep" for c in tok.children):
            return self._plural_subject_before(tok)  # "Some Labour MPs have expressed concern. One told the BBC"
        if tok.pos_ == "PRON" and (spelt := self.spelt_acronym(tok)) is not None:
            return spelt  # "WHO declares emergency": the article's World Health Organization (WHO), no "who"
        if tok.pos_ == "PRON" or (low in PERSON_PRONOUNS | PLURAL_PRONOUNS | FIRST_PERSON and not acronym_name(tok)):
            return self._pronoun(tok, speaker)
        if campaign_epithet(tok):
            return self.contender(tok)
        if partisan_epithet(tok) and (named := self.contender(tok)) is not None:
            return named
        if (titled := self.titled_before(tok)) is not None:
            return titled  # "Labour MEP Richard Corbett ... the MEP said"
        if (side := self.country_side(tok)) is not None or bare_sides(tok):
            return side or self.pair_before(tok)  # "the Russian side": Russia; "the two sides": the pair named before
        if low == "old" or aged_description(tok):
            return self.described_person(tok)
        appos = next((c for c in apposed(tok, self.lex.role_nouns, self.lex.person_nouns) if (c.ent_type_ == "PERSON" or (
            (e := ent_of(c)) is not None and e.root == c and self._named_in_role(e))
            or (c.pos_ == "PROPN" and c.left_edge.ent_type_ == "PERSON"))), None)  # "... Sheikh Mohammed bin Abdulrahman Al Thani"
        if appos is not None and tok.ent_type_ != "PERSON":  # "Venezuela's president, Hugo Chavez,": the name wins
            named = self._single(appos)
            if named is not None:
                return named
        if (closing := self.closing_name(tok)) is not None:
            return closing  # "Karnataka chief minister Siddaramaiah, who ..., said": the name, not the place
        if (beside := named_beside(tok) or named_after_comma(tok) or name_after_title(tok, self.lex.role_nouns) or name_closing_office(
                tok, self.lex.role_nouns) or holder_after_office(tok, self.lex.role_nouns)) is not None \
                and (named := self._single(beside)) is not None:
            return named  # "the militant group Hamas": Hamas
        if (a := self.defined_at(tok.idx)) is not None and (actor := self.defined_actor(a)) is not None:
            return self._remember(Mention(actor, self._span(a.start, a.end), "name"))
        if tok.ent_type_ not in ENTITY_KINDS and (short := self.parenthesised(tok)) is not None:
            named = self._single(short)  # "the Social Democrats (SPD)": the acronym names them
            if named is not None:
                return named
        if (group := counted_group(tok)) is not None:
            return self.resolve(group, speaker)  # "Dozens of Labour MPs criticised": the MPs
        if tok.dep_ == "nsubj" and tok.lemma_.lower() in self.lex.documents and tok.pos_ == "NOUN" \
                and not (tok.head.lemma_ == "be" and tok.head.dep_ == "ccomp"):  # "said the poster was a lie": judged
            return self.report_author(tok)  # "the report found ...": its author, or no one
        if (faction := self.party_faction(tok) or self.owners_members(tok, speaker)) is not None:
            return faction  # "senior Tories": some of the party, not the party; "its members": the body
        members = self._conjoined(tok)
        if len(members) > 1:
            group = self._group([m.actor for m in members], None)
            start = min(m.span.start for m in members)
            end = max(m.span.end for m in members)
            return self._remember(Mention(group, self._span(start, end), "group", tuple(members)))
        return longer_name(self, tok, self._single(tok))

    def _single(self, tok: Token) -> Mention | None:
        ent = ent_of(tok)
        if ent is not None and (ent.label_ in ENTITY_KINDS or self._named_in_role(ent)):  # (a PRODUCT's too)
            if ent.label_ == "NORP" and fold(tok.text) in self.lex.group_nouns | self.lex.role_nouns:
                ent = None
            elif ent.label_ == "ORG" and fold(without_the(ent.text)) in self.lex.role_nouns:
                ent = None  # "supreme leader" tagged as an organisation: a role
            else:
                actor = self.entity_actor(ent)
                if actor is not None:
                    return self._remember(Mention(actor, self._span(ent.start_char, ent.end_char), "name"))
                if ent.label_ != "NORP":
                    return None
        if ent is None and tok.text in self.lex.postnominals and tok.i > 0 and (name := ent_of(tok.doc[tok.i - 1])) is not None \
                and name.label_ == "PERSON" and name.end == tok.i and name.root.head == tok:
            # "Tony Wright MP criticised ...": the letters after a name are the person's
            return self._single(name.root)
        if (ent is None or (len(ent) == 1 and ent.label_ not in ENTITY_KINDS)) and tok.text[:1].isupper() \
                and (known := self.by_surname(tok.text, tok.idx)) is not None and not self.other_forenames(tok, known.label):
            # a surname the NER missed or took for a thing (a headline's "Straw hails ..." a PRODUCT),
            # of a person the document named in full
            return self._remember(Mention(known, self._span(tok.idx, tok.idx + len(tok.text)), "name"))
        # a multiword alias the NER missed ("Russia's defence ministry", "the White House")
        np = self._np(tok)
        surface = self.text[np[0]:np[1]]
        # names are capitalised: the common noun "ban" is not Ban Ki-moon
        whole = self.lex.actor_for(surface) if surface != surface.lower() else None
        if whole and whole.kind != "media":
            return self._remember(Mention(whole, self._span(*np), "alias"))
        return self.named_after_role(tok) or self.named_in_title(tok) or self._role_phrase(tok) or self.owners_role(tok) or (
            self.named_before(tok) or self.described_body(tok) or self.described_kind(tok)
            if tok.dep_ in {"nsubj", "nsubjpass"} else None)  # "The firm said": the firm just named

    def _np(self, tok: Token) -> tuple[int, int]:
        left = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in {"punct", "cc", "conj", "appos", "relcl", "acl"}]
        toks = [t for t in left if t.dep_ != "det"] or [tok]
        start = min(t.idx for t in toks)
        end = tok.idx + len(tok.text)
        for child in tok.children:  # "leaders of France, Britain ...", "President ... of Ukraine"
            if child.dep_ == "prep" and child.lower_ in {"of", "from"} and child.i > tok.i:
                last = max(child.subtree, key=lambda t: t.i)
                end = max(end, last.idx + len(last.text))
        return start, end

    def described_person(self, tok: Token) -> Mention | None:
        """"said the 46-year-old", "the 69-year-old conservative said": an age for a name is the person
        named last, not a name that only modifies a thing ("at the Indira Bhawan headquarters")."""
        if not (aged(tok) or aged_description(tok)):
            return None
        outside = not self.in_quote(tok.idx)  # a name inside a quotation is whom the speaker spoke of (probe31c)
        people = [m for m in reversed(self.history) if m.span.start < tok.sent.start_char and m.actor.kind == "person"
                  and not (outside and self.in_quote(m.span.start))]
        last = next((m for m in people if not self.names_a_thing(m, tok.doc)), None)
        if (main := self.main_subject_before(tok)) is not None and main.actor.kind == "person" \
                and not (outside and self.in_quote(main.span.start)):
            last = main  # "McCain met Clinton. The 79-year-old criticised": whom the sentence was about
        start = min(t.idx for t in tok.subtree if t.dep_ != "det" and t.i <= tok.i)
        return None if last is None else self._remember(Mention(last.actor, self._span(start, tok.idx + len(tok.text)), "role"))

    def main_subject_before(self, tok: Token) -> Mention | None:
        """The mention that was the main subject of the sentence before ``tok``'s: whom a role phrase,
        a described body or a misgendered "he" there most likely takes up."""
        sent = tok.sent
        if sent.start == 0:
            return None
        prev = tok.doc[sent.start - 1].sent
        return next((m for m in reversed(self.history) if prev.start_char <= m.span.start < sent.start_char
                     and m.span.start in self.main_subjects), None)

    def _remember(self, m: Mention) -> Mention:
        if not self.history or self.history[-1].span != m.span:
            self.history.append(m)
        return m

    def observe(self, sent: SpacySpan) -> None:
        """Record the actors a sentence names, in order, as pronoun antecedents."""
        subjects = [t for t in sent if t.dep_ in {"nsubj", "nsubjpass"}]
        if (named := name_left_as_modifier(sent.root)) is not None and not any(
                t.head == sent.root for t in subjects):
            subjects.append(named)  # "Dan, for his part, pledged"
        for ent in ents_in(sent):
            if ent.label_ in {"PERSON", "ORG", "GPE"}:
                a = self.entity_actor(ent)
                if a is not None:
                    self._remember(Mention(a, self._span(ent.start_char, ent.end_char), "name"))
        for t in subjects:  # subjects are the most salient antecedents
            m = self.resolve(t)
            if m is None and t.head == sent.root:
                m = self._unnamed_person(t)
            if m is not None and (m.how != "pronoun" or self._chains(t, m)):
                self.history.append(m)
                self.subject_at[m.span.start] = sent.start_char
                if t.head == sent.root:
                    self.main_subjects.add(m.span.start)
        self.history.sort(key=lambda m: m.span.start)

    @staticmethod
    def _chains(t: Token, m: Mention) -> bool:
        """"He said members expected Labour to honour the Warwick agreement": a "he" or "she" as
        the main subject carries its person on, so the next "he" is that person, not a name in passing."""
        return t.lower_ in {"he", "she"} and t.head == t.sent.root and m.actor.kind == "person"

    def _unnamed_person(self, t: Token) -> Mention | None:
        """A person the article describes and never names, as the main clause's subject
        ("NHS England's chief executive warned ... He said"): the "he" after it is that
        person, not whoever was named before."""
        lemma = t.lemma_.lower()
        from kg.extract.descriptions import description, untagged_person  # descriptions build on the resolver
        if (named := untagged_person(self, t)) is not None or t.tag_ != "NN" or not (lemma in self.lex.person_nouns or lemma in PERSON_ROLES):
            return named  # (or a name left untagged that the text shows is a person's: "Braun, the candidate")
        if any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in t.children):
            return None  # "the candidate", "the Republican presidential nominee": one already named, most often
        m = description(self, t, remember=False)
        if m is None:
            return None
        if (gender := "f" if lemma.endswith("woman") else "m" if lemma.endswith("man") else None) is not None:
            self.pronouns_of.setdefault(m.actor.label, Counter())[gender] += 2  # "a spokeswoman ... he": not her
        return replace(m, actor=replace(m.actor, kind="person"))
