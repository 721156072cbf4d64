"""Role phrases ("the Kremlin spokesman", "Russia's president"): what a
document teaches about who holds a role, and who a role phrase names (the
holder on the article's date is read in ``periods``); and the phrases a role word explains ("Labour MP Nadia Whittome", "his
office", "the group" just named). A mixin of ``kg.extract.actors.ActorResolver``."""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.bodies import BodyReading
from kg.extract.doc_words import children
from kg.extract.epithets import EpithetReading
from kg.extract.mentions import COLLECTIVES, LINKING_PARTICLES, Mention, dateline_word, ent_of, initial, title_run
from kg.extract.periods import newly_held
from kg.extract.possessions import PossessionReading
from kg.extract.surnames import FIRST_NAME_TITLES
from kg.extract.unnamed_spokesmen import body_spoken_for
from kg.lexicon import fold
from kg.records import Actor

GOVERNING = {"government", "administration", "ministry", "party", "court", "police", "army", "military"}  # read elsewhere
GENERIC_BODIES = {"group", "organisation", "organization", "body", "firm", "company"}  # any organisation's name
NAMED_BODIES = {"university", "college", "union", "council", "committee", "commission", "foundation"}  # in their names
INDEFINITE = {"a", "an", "another"}
FRESH = {"new", "other", "second", "rival", "former", "breakaway", "smaller", "larger", "bigger", "main"}  # another body
QUALIFIED = "~"  # marks a role's "of" that is a word, not an actor of the gazetteer


def qualifiers(tok: Token, of: str | None) -> set[str]:
    """The words that say whose a role phrase's role is, as ``_role_words`` marks them ("rebel" of
    "the rebel leader", "~rebel"), whatever the tagger made of the word."""
    words = {QUALIFIED + fold(c.text) for c in tok.children if c.dep_ in {"compound", "amod"} and c.i < tok.i
             and c.text.islower() and c.lower_ not in FRESH}
    return words | ({of} if of is not None and of.startswith(QUALIFIED) else set())


def described_as(t: Token) -> bool:
    """"militant" of "the militant group": a lower-case adjective that describes a body
    already named, not one that names another ("the Labour party", "the new group")."""
    return t.dep_ == "amod" and t.pos_ == "ADJ" and t.text.islower() and t.lower_ not in FRESH


# offices written short before a name ("Illinois Gov. JB Pritzker", "Rep. Jim Jordan"): "the governor" is he
ABBREVIATED = {"gov.": "governor", "sen.": "senator", "rep.": "representative", "amb.": "ambassador"}

# military ranks written before a name ("Former Army chief General V P Malik"): the name starts after them
RANKS = frozenset({"general", "gen", "colonel", "col", "lieutenant", "lt", "brigadier", "admiral", "marshal",
                   "commander", "captain", "capt"})


# bodies of a state a spokesman speaks for without a name ("a spokesperson for the French foreign ministry")
MINISTRIES = frozenset({"ministry", "government", "department", "embassy"})


class RoleReading(BodyReading, EpithetReading, PossessionReading):
    """The resolver's role methods (its fields: ``lex``, ``date``, ``learned_roles``, ``history``)."""

    def _is_role_noun(self, tok: Token) -> bool:
        """'spokesman', and a role of two words by its head ('chief executive', 'home secretary')."""
        if fold(tok.text) in self.lex.role_nouns or fold(tok.lemma_) in self.lex.role_nouns:
            return True
        before = tok.doc[tok.i - 1] if tok.i > 0 else None
        return before is not None and before.head == tok and f"{fold(before.text)} {fold(tok.text)}" in self.lex.role_nouns

    def _learn_role(self, role: str, of: str | None, label: str, at: int) -> None:
        person = self.people.get(label)
        if person is not None and person.country is None and of in self.lex.actors \
                and self.lex.actors[of].kind == "country":
            self.people[label] = replace(person, country=of)  # speaks for the state it serves
        for key in {(role, of), (role, None)}:
            self.learned_roles.setdefault(key, []).append((at, label))

    def _title_before(self, ent: SpacySpan) -> tuple[str | None, str | None]:
        """Role words in front of a name: "Russian President", "Kremlin spokesman"."""
        doc = ent.doc
        i = ent.start - 1
        words: list[Token] = []
        lo = ent.sent.start  # (read once: ``Span.sent`` walks the sentence on each read)
        while i >= lo and (doc[i].pos_ in {"PROPN", "NOUN", "ADJ"} or doc[i].ent_type_ in {"NORP", "GPE", "ORG"}) \
                and doc[i].dep_ in {"compound", "amod", "nmod", "poss", "npadvmod"} and len(words) < 5:
            words.insert(0, doc[i])
            i -= 1
        if i >= lo and doc[i].tag_ == "POS" and i - 1 >= lo:
            words.insert(0, doc[i - 1])  # "Russia's President Putin"
        elif words and i >= lo and doc[i].dep_ == "pobj" and doc[i].head.lower_ == "of" and doc[i].head.head.text[:1].isupper():
            return self._role_words(words, QUALIFIED + fold(doc[i].head.head.text))  # "Chamber of Commerce president X"
        if not words and ent.start >= 3 and doc[ent.start - 2].lower_ == "of":  # "President of Russia Vladimir Putin"
            return self._role_words([doc[ent.start - 3], doc[ent.start - 1]])
        return self._role_words(words)

    def _role_words(self, words: list[Token], body: str | None = None) -> tuple[str | None, str | None]:
        """The role and whom it is of: a country or organisation the gazetteer
        knows, else a party, group or place the tagger names (QUALIFIED + its
        word: 'a Conservative spokeswoman' is no holder learned from 'Labour
        spokesman Fraser Kemp', 'the Republican candidate' no Democrat's,
        "Scotland's leader" not Labour's)."""
        role_tokens, kept, of, qualifier = [], [], None, None
        for w in words:
            c = self._country_of(w)
            if c and of is None:
                of = c
            elif fold(w.text) in {"mr", "mrs", "ms", "sir", "dr", "former", "then"}:
                continue
            else:
                if qualifier is None and w.text[:1].isupper() and (w.ent_type_ in {"NORP", "ORG", "GPE"} or any(
                        getattr(self.lex.actor_for(fold(w.text) + end), "kind", None) == "organisation" for end in ("s", " party"))):
                    qualifier = QUALIFIED + fold(w.text)  # ("Conservative leader ..." opening a sentence: no NORP there)
                role_tokens.append(ABBREVIATED.get(w.lower_, fold(w.text)))
                kept.append(w)
        of = of or qualifier or body  # (``body``: the one a title's "of" names, "Chamber of Commerce president")
        if any(fold(w.text) == "former" for w in words):
            # "Whitman, the former New Jersey governor": an office once held, not "the governor" now
            role, of = self._role_words([w for w in words if fold(w.text) != "former"])
            return (f"former {role}" if role else None), of
        role = " ".join(role_tokens)
        for n in range(len(role_tokens)):  # longest role suffix: "British Prime Minister" -> prime minister
            cand = " ".join(role_tokens[n:])
            if cand in self.lex.role_nouns:
                if n and role_tokens[n - 1] in self.lex.rank_words:  # "shadow chancellor": its own office
                    return f"{role_tokens[n - 1]} {self._canon_role(cand)}", of
                if n and of is None and kept[n - 1].pos_ in {"NOUN", "PROPN"} and kept[n - 1].dep_ == "compound":
                    # "the union president" is a union's, not the president the article names; "National
                    # Security Minister Ben-Gvir" is no prime minister
                    return self._canon_role(cand), QUALIFIED + role_tokens[n - 1]
                return self._canon_role(cand), of
        return (self._canon_role(role) if role in self.lex.role_nouns else None), of

    def _canon_role(self, role: str) -> str:
        for canon, syns in self.lex.role_synonyms.items():
            if canon != "leader" and role in syns:
                return canon
        return role

    def _role_of_np(self, head: Token) -> tuple[str | None, str | None]:
        words = [t for t in head.subtree if t.dep_ in {"compound", "amod", "poss", "nmod"} and t.i < head.i]
        role, of = self._role_words(words + [head])
        if role and of is None:
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ in {"of", "for"}:
                    for p in prep.children:
                        of = self._country_of(p) or of
        return role, of

    def named_after_role(self, tok: Token) -> Mention | None:
        """"Labour MP Nadia Whittome", "spokesman Glyn Davies" with no entity
        tag: the capitalised words after a role word or a postnominal, opening
        with a known first name, are a person (so "she" after them finds her)."""
        if tok.pos_ != "PROPN" or ent_of(tok) is not None or tok.i == 0:
            return None
        run = title_run(tok)
        role_at = max((i for i, t in enumerate(run) if t.text in self.lex.postnominals or self._is_role_noun(t)
                       or fold(t.text) in RANKS or fold(t.lemma_) in self.lex.person_nouns), default=None)
        office = set() if role_at is None else {t.i for t in run[role_at].subtree}
        if role_at is None and tok.dep_ == "appos" and run and run[0].i == tok.head.i + 1 and self._is_role_noun(tok.head):
            role_at, office = -1, set()  # "Qatar's Prime Minister Sheikh Mohammed ... Al Thani", the name hung on the office
        if role_at is None:
            return self.named_after_body(tok, run)
        name = [t for t in run[role_at + 1:] if t.i not in office] + [tok]
        title = tok.doc[name[0].i - 1]
        if not self._name_after_title(name, titled=title.i in office or title == tok.head):
            return None
        ent = SpacySpan(tok.doc, name[0].i, tok.i + 1, label="PERSON")
        actor = self._person(ent)
        return self._remember(Mention(actor, self._span(ent.start_char, ent.end_char), "name"))

    def _name_after_title(self, name: list[Token], titled: bool) -> bool:
        """Capitalised words after an office that make a name: opening with a first name or an
        initial ("Labour MP Nadia Whittome"), after an honorific ("Sheikh Mohammed bin Abdulrahman
        Al Thani"), or two right after a capitalised title (``titled``: "Vice-Premier He Lifeng",
        no first name we list)."""
        honoured = 0
        while honoured < len(name) - 1 and fold(name[honoured].text) in FIRST_NAME_TITLES:
            honoured += 1
        core = name[honoured:]
        if not 2 <= len(core) <= (5 if honoured else 3) or not all(
                (t.pos_ == "PROPN" and t.text[:1].isupper()) or (k and t.lower_ in LINKING_PARTICLES)
                for k, t in enumerate(core)):
            return False
        return bool(honoured) or fold(core[0].text) in self.lex.first_names or initial(core[0]) \
            or (titled and len(core) == 2 and name[0].doc[name[0].i - 1].text[:1].isupper())

    def named_before(self, tok: Token) -> Mention | None:
        """"the group", "the union" (a bare institution noun with "the"): the
        organisation the last few mentions named, one whose name holds the noun
        first ("According to the group" after "the Pharmaceutical Research and
        Manufacturers of America, the industry's main lobby group")."""
        noun = fold(tok.lemma_)
        if noun not in self.lex.institution_nouns or noun in GOVERNING or tok.tag_ in {"NNS", "NNPS"} \
                or [c.lower_ for c in tok.children if c.dep_ not in {"prep", "punct", "relcl", "acl"}
                    and not described_as(c)] != ["the"]:
            return None
        kinds = {"organisation", "party"} | ({"group"} if noun == "group" else set())
        recent = [m for m in list(reversed(self.history))[:10] if m.span.start < tok.idx and m.actor.kind in kinds]
        members = {p.span for m in recent for p in m.parts}  # "X and Y": the pair, not its last member
        # nor a pair with a country in it: "asked Britain and France to lift sanctions ... the group agreed"
        recent = [m for m in recent if m.span not in members and not any(p.actor.kind == "country" for p in m.parts)]
        named = next((m for m in recent if noun in fold(m.actor.label).split()), None)
        if named is None and noun in NAMED_BODIES:  # "the university": the one named so, however long ago
            named = next((m for m in reversed(self.history) if m.span.start < tok.idx and m.actor.kind in kinds
                          and noun in re.findall(r"\w+", fold(m.actor.label))), None)
        # any body for "the group", but not one its name calls another kind of body ("Temple University");
        # an alliance or a coalition is a group ("the Countryside Alliance ... The group also accused")
        alike = {noun} | (COLLECTIVES if noun == "group" else set())
        generic = [m for m in recent if fold(m.actor.label).split()[-1:] != [] and
                   fold(m.actor.label).split()[-1] not in self.lex.institution_nouns - alike]
        # of the bodies alike, the one the sentence before was about ("The Countryside Alliance vowed to
        # fight after MPs forced the ban through. The group said"): not the last one it named in passing
        main = self.main_subject_before(tok)
        generic.sort(key=lambda m: main is None or m.actor != main.actor)
        found = named or (generic[0] if generic and noun in GENERIC_BODIES else None)
        if found is None:
            return None
        return self._remember(Mention(found.actor, self._span(*self._np(tok)), "role"))

    def _role_phrase(self, tok: Token) -> Mention | None:
        if (opposed := self.opposition(tok) or self.relative(tok) or self.presidency(tok)) is not None:
            return opposed
        head = fold(tok.text)
        lemma = fold(tok.lemma_)
        modifiers = [t for t in children(tok) if t.dep_ in {"amod", "compound", "poss", "nmod"}]
        role, of = self._role_words(sorted([t for m in modifiers for t in m.subtree if t.i < tok.i] + [tok], key=lambda t: t.i))
        of_targets = [p for prep in children(tok) if prep.dep_ == "prep" and prep.lower_ in {"of", "from"}
                      for p in self._pobj_list(prep)]
        plural = tok.tag_ in {"NNS", "NNPS"}
        # a group: "the leaders of France, Britain, Germany and Poland", "European leaders"
        if (plural and (head in self.lex.group_nouns or lemma + "s" in self.lex.group_nouns)) or (
                not plural and head in self.lex.collective_nouns):
            named = [(p, c) for p in of_targets if (c := self._country_of(p))]
            countries = [c for _, c in named]
            if countries:
                members = []
                role_name = "leader" if lemma in {"leader", "head"} else lemma
                for c in countries:
                    holders = self.lex.holders(role_name, c, self.date)
                    members.append(self.lex.actors[holders[0]] if len(holders) == 1 else self.lex.actors[c])
                noun = "leaders" if lemma in {"leader", "head", "president", "minister"} else tok.lower_
                written = [re.sub(r"^[Tt]he ", "", e.text) if (e := ent_of(p)) is not None else p.text
                           for p, _ in named]  # "Britain", as the text has it
                return self._remember(Mention(self._group(members, written, noun), self._span(*self._np(tok)), "group"))
            adj = [m for m in modifiers if m.dep_ == "amod" or m.pos_ in {"ADJ", "PROPN"} or m.ent_type_ in {"NORP", "ORG", "GPE"}]
            if adj:
                words = sorted((t for m in modifiers if m.dep_ != "poss" for t in m.subtree
                                if t.i < tok.i and not t.is_punct and t.dep_ != "det"
                                and not dateline_word(t)), key=lambda t: t.i)
                label = " ".join(t.text for t in words if t.pos_ != "NUM") + f" {tok.text}"
                label = label[0].upper() + label[1:]
                # "Russian and Ukrainian delegations": a group of the countries its words name
                countries = list(dict.fromkeys(c for t in words if (c := self._country_of(t)) is not None))
                members = tuple(self.lex.actors[c] for c in countries) if len(countries) > 1 else ()
                group = self.groups.get(fold(label)) or Actor(label=label, kind="group", members=members)
                self.groups[fold(label)] = group
                return self._remember(Mention(group, self._span(*self._np(tok)), "group"))
            if head in {"leaders"} and self.groups and not modifiers:  # "the leaders", "the four leaders"; not "Labor leaders"
                last = next((m for m in reversed(self.history) if m.actor.kind == "group"), None)
                if last:
                    return self._remember(Mention(last.actor, self._span(*self._np(tok)), "role"))
            return None
        if lemma in COLLECTIVES and not plural:  # "the coalition of leaders": the group it is of
            for p in of_targets:
                inner = self.resolve(p)
                if inner is not None and inner.actor.kind == "group":
                    return self._remember(Mention(inner.actor, self._span(*self._np(tok)), "role"))
        if role is None and head in self.lex.role_nouns:
            role = self._canon_role(head)
        if role is None:
            return None
        if of is None:
            for p in of_targets:
                of = self._country_of(p) or of
        if role == "spokesman" and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in tok.children) \
                and not self._holder_named_before(role, of, tok.idx):
            return None  # "the prime minister's official spokesman": his, not a party's spokesman named further on
        if of is None and role == "spokesman" and (body := self._body_of(tok) or body_spoken_for(self, tok)) is not None:
            # "a spokesman for Mr Prescott" relays Prescott's position; "a spokesman for Mossack
            # Fonseca" is the firm's spokesman, not the last spokesman the article named
            if body.kind != "person":
                body = Actor(label=f"{body.label} spokesman", kind="person", country=body.country)
                self._learn_role("spokesman", None, body.label, tok.idx)  # "the spokesman" further on is this one
            return self._remember(Mention(body, self._span(*self._np(tok)), "role"))
        if role in {"government", "authorities", "administration", "ministry", "cabinet", "regime", "leadership", "junta"}:
            if of not in self.lex.actors:
                return None
            if head == "ministry":  # "the Iranian foreign ministry": one ministry of that state
                words = [t.text.lower() for m in modifiers if m.dep_ != "poss" for t in m.subtree
                         if t.i < tok.i and t.ent_type_ not in {"NORP", "GPE"} and t.dep_ not in {"det", "punct", "case"}]
                if words:
                    actor = Actor(label=f"{of}'s {' '.join(words)} ministry", kind="organisation", country=of)
                    return self._remember(Mention(actor, self._span(*self._np(tok)), "role"))
                return None
            # "the UK government", "the British government": a government as written, of its country
            # (coders write "UK government", which the country's name "United Kingdom" does not match)
            named = [m for m in modifiers if m.dep_ in {"amod", "compound"} and self._country_of(m) == of]
            if head == "government" and len(named) == 1 and self.lex.actors[of].kind == "country":
                actor = Actor(label=f"{named[0].text} government", kind="organisation", country=of)
                return self._remember(Mention(actor, self._span(*self._np(tok)), "role"))
            return self._remember(Mention(self.lex.actors[of], self._span(*self._np(tok)), "role"))
        label = self._former_holder(role, qualifiers(tok, of), tok.idx) if not self._indefinite(tok) else None
        label = label or self._role_holder(role, of, tok.idx)
        if label is None and not self._indefinite(tok) and tok.tag_ == "NN":
            label = self._previous_subject(tok, role, of)
        if label is None or (label in self.passing and newly_held(tok)):
            return None  # "Interim President Perez ... the new president": not he
        if self._indefinite(tok):
            return self._new_holder(tok)  # "a spokesman said": not the spokesman named before or after
        actor = self.lex.actors.get(label) or self.people.get(label) or Actor(label=label, kind="person")
        return self._remember(Mention(actor, self._span(*self._np(tok)), "role"))

    def _previous_subject(self, tok: Token, role: str, of: str | None) -> str | None:
        """"Kemi Badenoch has pledged ... Speaking in London, the Conservative leader said": a
        definite role phrase that no holder the article or the gazetteer names explains is the
        person the sentence before had as its main subject, unless either gives that person
        another role."""
        m = self.main_subject_before(tok)
        if m is None or m.actor.kind != "person":
            return None
        names = self.lex.role_names(role)
        roles = {(r, o) for (r, o), xs in self.learned_roles.items() for _, label in xs if label == m.actor.label}
        roles |= {(fold(r.role), r.of) for r in self.lex.roles if r.holder == m.actor.label and r.held_on(self.date)}
        roles -= {(r, None) for r, o in roles if o is not None}  # (learned under both: its body's and none)

        def same_body(o: str | None) -> bool:
            """The role's body and the phrase's: "the Labour leader" of the Labour Party, "the Conservative
            leader" of the state whose party it is (the gazetteer files leader of the opposition under the
            United Kingdom); "Scotland's leader" is no Labour Party's. The opposition leader leads a
            party: "The opposition leader, Keir Starmer, ... the Labour leader" is he."""
            if o is None or of is None or o == of:
                return True
            if o == QUALIFIED + "opposition" and (of.startswith(QUALIFIED) or getattr(
                    self.lex.actors.get(of), "kind", None) == "organisation"):
                return True
            if not of.startswith(QUALIFIED) or o.startswith(QUALIFIED):
                return False
            word = of[len(QUALIFIED):]
            named = self.lex.actor_for(word) or self.lex.actor_for(f"{word}s") or self.lex.actor_for(f"{word} party")
            return word in fold(o).split() or (named is not None and o in {named.label, named.country})

        if roles and not any((r in names or role in r.split()) and same_body(o) for r, o in roles):
            return None  # "Trump ... the chief executive", "Labour leader Jeremy Corbyn ... Scotland's leader": another
        if not roles and (title := self._title_word_before(tok.doc, m)) is not None and title not in names \
                and title not in role.split():
            return None  # "Speaker Mike Johnson ... the minister": a title no role list holds is still another role
        return m.actor.label

    def _title_word_before(self, doc: Doc, m: Mention) -> str | None:
        """The capitalised title word right before a name ("Speaker" of "Speaker Mike Johnson"), folded."""
        name = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        if name is None or name.start == 0:
            return None
        word = doc[name.start - 1]
        title = fold(word.text)
        if not word.text[:1].isupper() or title not in self.lex.person_nouns | self.lex.role_nouns:
            return None
        return title

    @staticmethod
    def _indefinite(tok: Token) -> bool:
        """"a spokesman", "another official": the article brings in someone new, not
        the holder of the role it named before or names after."""
        return any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in tok.children)

    def _new_holder(self, tok: Token) -> Mention:
        """An unnamed holder of a role, called by the words that describe it ("A Labour
        spokesman said ..." is the Labour spokesman; a later "he" is he, not the last name)."""
        words = [t for t in tok.subtree if t.i < tok.i and t.dep_ not in {"det", "punct"} and not dateline_word(t)]
        label = " ".join([*(t.text for t in words), tok.text])
        actor = Actor(label=label[:1].upper() + label[1:], kind="person")
        return self._remember(Mention(actor, self._span(*self._np(tok)), "description"))

    def _holder_named_before(self, role: str, of: str | None, at: int) -> bool:
        """The article named a holder of ``role`` before character ``at`` ("Gowdy spokesman Jamal
        Ware ... the congressman's spokesman"): one named only further on may be another's."""
        names = self.lex.role_names(role)
        return any(pos < at for (r, o), xs in self.learned_roles.items() if (r in names or r == role) and o == of
                   for pos, _ in xs)

    def _body_of(self, tok: Token) -> Actor | None:
        """The person or organisation a role phrase is of or for ("spokesman for the Home Office"), not a country."""
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in {"of", "for", "at"} and prep.i > tok.i:
                for p in self._pobj_list(prep):
                    ent = ent_of(p)
                    if ent is None and p.lemma_.lower() in MINISTRIES and (m := self.resolve(p)) is not None \
                            and m.actor.kind == "organisation":
                        return m.actor  # "a spokesperson for the French foreign ministry": France's ministry
                    if ent is None and (m := self.named_before(p) or self.described_kind(p)
                                        or self.party_spoken_for(p)) is not None:
                        return m.actor  # "Oxfam warned ... A spokesman for the charity": Oxfam's
                    if ent is None or ent.label_ not in {"ORG", "PERSON", "GPE"}:
                        continue
                    actor = self.entity_actor(ent)
                    if actor is not None and ent.label_ == "GPE" and self.lex.actor_for(ent.text) is None:
                        # a place the gazetteer does not know has no spokesman: "a spokesman for
                        # Unison, Britain's biggest union" is the union's, tagged as a place
                        actor = Actor(label=actor.label, kind="organisation")
                    if actor is not None and actor.kind not in {"country", "media"}:
                        return actor
        return None
