"""Groups of actors: "Macron, Merz and Starmer", "leaders of France and Germany",
"European leaders". The resolver's group methods (its fields: ``lex``, ``groups``)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.mentions import Mention, ent_of
from kg.extract.doc_words import children, sentence
from kg.lexicon import fold
from kg.records import Actor


def names_run_into(tok: Token) -> list[Token]:
    """Titled names the parser runs into the last one ("met US President Donald Trump and Canadian
    Prime Minister Mark Carney" hangs Trump inside Carney's title): a person's full name among the
    last one's words, the "and" right after it, is a further member before it (a lone title the
    tagger calls a person, "Tánaiste and Minister for Foreign Affairs Simon Harris", is none)."""
    if tok.ent_type_ != "PERSON":
        return []
    return [t for t in tok.subtree if t.i < tok.i and t.ent_type_ == "PERSON" and (e := ent_of(t)) is not None
            and e.root == t and len(e) > 1 and e.end <= tok.i and any(c.dep_ == "cc" and c.i == e.end for c in t.children)]


def listed_first(tok: Token) -> list[Token]:
    """The name before a headline's subject in a list without "and" ("Kerry, Lavrov agree to push
    for truce"), which the parser hangs on the verb as a loose modifier: a member beside it."""
    if tok.dep_ != "nsubj":
        return []  # (the word's own tag before its sentence: ``tok.sent`` walks the parse, and most words fail here)
    e = ent_of(tok)
    if e is None or e.label_ not in {"PERSON", "GPE"}:
        return []
    s = sentence(tok)
    if s.start != 0 or e.start < s.start + 2 or tok.doc[e.start - 1].text != ",":
        return []
    f = ent_of(tok.doc[s.start])
    if f is None or f.label_ != e.label_ or f.end != e.start - 1 or f.root.head not in {tok.head, tok} \
            or f.root.dep_ not in {"npadvmod", "nsubj", "dep", "advmod", "appos"}:
        return []
    return [f.root]


PAIR_NOUNS = frozenset({"parties", "men", "women", "countries", "nations", "governments", "leaders", "powers",
                        "presidents", "allies", "rivals", "neighbours", "neighbors"})
# the pair nouns that stand for two people; the others stand for two countries or bodies
PAIR_PEOPLE = frozenset({"men", "women", "leaders", "presidents"})


def bare_sides(tok: Token) -> bool:
    """"the two sides", "both sides", "both men", "the two countries": the pair named before, no
    actor "Sides" or "Men"."""
    before = [c for c in children(tok) if c.i < tok.i]
    if not all(c.dep_ in {"det", "nummod", "predet"} for c in before):
        return False
    return tok.lower_ == "sides" or (tok.lower_ in PAIR_NOUNS and any(c.lower_ in {"both", "two"} for c in before))


class GroupReading:
    """Mixed into ``kg.extract.actors.ActorResolver``."""

    def party_faction(self, tok: Token) -> Mention | None:
        """"senior Tories", "rebel Conservatives", "prominent Republicans": some of a party's members
        who act apart from it, an actor of their own (train gold: 'senior Tories'), not the party."""
        e = ent_of(tok)
        if e is None or e.label_ not in {"ORG", "NORP"} or len(e) != 1 or not tok.text.endswith("s"):
            return None
        words = [c for c in tok.children if c.dep_ in {"amod", "compound"} and c.i < tok.i
                 and fold(c.text) in self.lex.faction_words]
        if not words:
            return None
        start = min(w.idx for w in words)
        label = self.text[start:tok.idx + len(tok.text)]
        label = label[:1].upper() + label[1:]
        return self._remember(Mention(Actor(label=label, kind="organisation"), self._span(start, tok.idx + len(tok.text)), "phrase"))

    def pair_before(self, tok: Token, reach: int = 600) -> Mention | None:
        """The two parties "the two sides" stand for: the last pair named together shortly before
        ("Britain and France held talks. The two sides agreed ..."), else no one."""
        start = tok.sent.start_char
        last = next((m for m in reversed(self.history) if m.span.start < start and start - m.span.start <= reach
                     and m.actor.kind == "group" and len(m.actor.members) == 2), None)
        actor = self._pair_met_before(tok) or (last.actor if last else self._pair_of_sentence_before(tok))
        return self._remember(Mention(actor, self._span(tok.idx, tok.idx + len(tok.text)), "role")) if actor else None

    def country_side(self, tok: Token) -> Mention | None:
        """"the Russian side", "the U.S. side": the country (or body) whose side a diplomatic report
        names ("the Russian side had also threatened to seize ...", probe41b), not no one."""
        mods = [c for c in children(tok) if c.dep_ in {"amod", "compound", "nmod", "poss"} and c.i < tok.i]
        if tok.lower_ != "side" or tok.dep_ not in {"nsubj", "nsubjpass"} or len(mods) != 1 \
                or (label := self._country_of(mods[0])) is None or label not in self.lex.actors:
            return None  # (a subject only: "grateful to the American side" kept its words, which its quote holds)
        return self._remember(Mention(self.lex.actors[label], self._span(mods[0].idx, tok.idx + len(tok.text)), "phrase"))

    def _pair_met_before(self, tok: Token) -> Actor | None:
        """"Carney met Modi in June, when the two leaders agreed ...": the two its own sentence names
        before it, not a pair of the sentence before (a written test's case; train and dev have none)."""
        people = tok.lower_ in PAIR_PEOPLE
        found = list(dict.fromkeys(m.actor for m in self.history if tok.sent.start_char <= m.span.start < tok.idx
                                   and m.actor.kind != "group" and (m.actor.kind == "person") == people))
        return self._group(found, None) if len(found) == 2 else None

    def _pair_of_sentence_before(self, tok: Token) -> Actor | None:
        """"King Abdullah met Emmanuel Macron in Paris. The two leaders called for ...": the two people
        (for "leaders", "men") or two others (for "powers", "countries") the sentence before names,
        when it names just two; else no one (an actor "Leaders" matches no gold)."""
        if tok.sent.start == 0:
            return None
        prev = tok.doc[tok.sent.start - 1].sent
        people = tok.lower_ in PAIR_PEOPLE
        found = list(dict.fromkeys(m.actor for m in self.history if prev.start_char <= m.span.start < prev.end_char
                                   and m.actor.kind != "group" and (m.actor.kind == "person") == people))
        return self._group(found, None) if len(found) == 2 else None

    def _pobj_list(self, prep: Token) -> list[Token]:
        out = []
        for p in prep.children:
            if p.dep_ == "pobj":
                out.append(p)
                out.extend(c for c in p.conjuncts)
        return out

    def _conjoined(self, tok: Token) -> list[Mention]:
        """"Macron, Merz and Starmer" as the subject: each named member; a headline's countries
        in a list without "and" ("Russia, Ukraine agree prisoner swap", a country in apposition to a
        country)."""
        conjuncts = list(tok.conjuncts) or ([c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "GPE"
                                             and self.country_named(c)] if self.country_named(tok) else []) \
            or listed_first(tok) or names_run_into(tok)
        title = next((c for c in tok.lefts if c.dep_ == "compound" and c.ent_type_ != "PERSON"), None)
        if title is not None:  # "Culture, Media and Sport Secretary Tessa Jowell": words of her title, no members
            conjuncts = [c for c in conjuncts if c.i > title.i or c.ent_type_ in {"PERSON", "GPE"}]
        if not conjuncts or (tok.ent_type_ not in {"PERSON", "GPE", "ORG"} and tok.pos_ != "PROPN"):
            return []
        out = []
        for t in sorted({tok, *conjuncts}, key=lambda t: t.i):
            if t.pos_ == "ADJ" or t.tag_ == "JJ":
                continue  # "British and Polish prime ministers X and Y": adjectives, not actors
            m = self._single(t)
            if m is not None and all(m.actor != o.actor for o in out):
                out.append(m)
        return out

    def country_named(self, tok: Token) -> bool:
        """``tok`` names a country ("Ukraine"; not "Orlando, Florida", a place and its state)."""
        if tok.ent_type_ != "GPE":
            return False
        m = self._single(tok)  # (one the gazetteer knows: any place the tagger marks is a "country" to the resolver)
        known = self.lex.actor_for(m.actor.label) if m is not None else None
        return known is not None and known.kind == "country"

    def _group(self, members: list[Actor], countries: list[str] | None, noun: str | None = None) -> Actor:
        members = list(dict.fromkeys(members))
        regions = {self.lex.regions.get(m.country or m.label) for m in members}
        if noun is None:
            noun = "leaders" if any(m.kind == "person" for m in members) else "countries"
        if len(members) > 2 and len(regions) == 1 and None not in regions \
                and all(m.kind in {"country", "person"} for m in members):
            # "European leaders"; two ("India and Pakistan"), parties and other bodies are named one by one
            adj = self.lex.region_adjectives.get(regions.pop())
            label = f"{adj} {noun}"
        elif countries:  # "leaders of Britain, Italy and Canada": the list as written, which readers match
            label = f"{noun} of " + (", ".join(countries[:-1]) + " and " + countries[-1] if len(countries) > 1 else countries[0])
        else:
            label = ", ".join(m.label for m in members[:-1]) + " and " + members[-1].label
        old = self.groups.get(fold(label))
        if old is not None:
            members = list(dict.fromkeys([*old.members, *members]))
        group = Actor(label=label, kind="group", members=tuple(members))
        self.groups[fold(label)] = group
        return group
