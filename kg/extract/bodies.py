"""Bodies and people a role phrase describes without a role word: a name after the noun of
its body ("the union Unite"), the opposition ("Syria's main opposition bloc"), a named person's
relative ("Gunnlaugsson's wife"). A mixin of ``kg.extract.roles.RoleReading``."""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from kg.extract.doc_words import children
from kg.extract.mentions import Mention
from kg.lexicon import fold
from kg.records import Actor

KIN = {"wife": "f", "husband": "m", "widow": "f", "widower": "m", "son": "m", "daughter": "f", "mother": "f",
       "father": "m", "brother": "m", "sister": "f", "uncle": "m", "aunt": "f", "nephew": "m", "niece": "f",
       "grandson": "m", "granddaughter": "f", "grandmother": "f", "grandfather": "m"}  # a person's relatives
OPPOSITION_BODIES = {"bloc", "party", "coalition", "alliance", "group", "camp"}  # "the main opposition bloc"
# nouns that describe a body by what it is or does, never in its name's place ("Ofcom ... the regulator")
DESCRIBED_BODIES = frozenset({"regulator", "watchdog", "bloc", "alliance", "club", "charity", "agency", "giant",
                              "broadcaster", "lender", "retailer", "carmaker", "airline", "insurer"})
# kinds of body a definite description takes up from the article when no name holds the noun ("Unite
# ... the union", "Gen Z Madagascar ... the movement", "Greenpeace ... the campaign group")
KIND_NOUNS = frozenset({"movement", "union", "campaign", "charity", "alliance", "coalition", "federation",
                        "association", "group", "organisation", "organization"})
# a pressure group's name may end in a word of its own kind ("the Christian Institute ... a spokesman for the
# group", "the Terrence Higgins Trust ... the charity"): these descriptions take such a body up
VOLUNTARY_NOUNS = frozenset({"group", "charity", "campaign", "organisation", "organization", "movement"})
VOLUNTARY_HEADS = frozenset({"institute", "trust", "foundation", "alliance", "association", "campaign", "coalition",
                             "federation", "league", "lobby", "network", "forum"})
# kinds of body a definite description takes up only from a name that ends in the same noun ("the Constitutional
# Court ... The court rejected his request", "the Pensions Commission ... the commission said"): any named body
# may be "the group", but "the court" is never Amnesty International named before it
OWN_HEAD_NOUNS = frozenset({"court", "tribunal", "commission", "committee", "panel"})
FRESH_WORDS = frozenset({"new", "other", "second", "rival", "former", "breakaway", "smaller", "larger", "main"})


def two_sentences_before(tok: Token) -> int:
    """The first token of the sentence two before ``tok``'s (or of the text): how far back a bare "the
    group" or "the party" looks for the one body it can be."""
    first = tok.sent.start
    for _ in range(2):
        if first > 0:
            first = tok.doc[first - 1].sent.start
    return first


class BodyReading:
    """The resolver's readings of bodies and relatives (its fields: ``lex``, ``groups``, ``pronouns_of``)."""

    def named_after_body(self, tok: Token, run: list[Token]) -> Mention | None:
        """"the anti-tax group Club for Growth", "the employers' federation Medef": capitalised
        words the NER left untagged after the common noun of a body name that body, with the
        "for"/"of" phrase of its name, not the noun that describes it."""
        body_at = max((i for i, t in enumerate(run) if fold(t.lemma_) in self.lex.institution_nouns
                       and t.pos_ == "NOUN"), default=None)
        if body_at is None:
            return None
        name = [*run[body_at + 1:], tok]
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name):
            return None
        end = tok
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"for", "of"} and c.i == tok.i + 1), None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if pobj is not None and all(t.text[:1].isupper() for t in pobj.subtree if t.is_alpha and t.dep_ != "det"):
            end = max(pobj.subtree, key=lambda t: t.i)  # "Club for Growth", "Friends of the Earth"
        a, b = name[0].idx, end.idx + len(end.text)
        return self._remember(Mention(Actor(label=self.text[a:b], kind="organisation"), self._span(a, b), "name"))

    def described_body(self, tok: Token) -> Mention | None:
        """"Ofcom launched an inquiry. The regulator accused ...", "The EU agreed tariffs. The
        bloc accused ...": a definite noun that describes a body, as a subject, is the organisation
        the sentence before had as its main subject (not one it acted on: "fined the bank")."""
        if fold(tok.lemma_) not in DESCRIBED_BODIES or tok.tag_ != "NN" \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        m = self.main_subject_before(tok)
        if m is None or m.actor.kind not in {"organisation", "party", "group"}:
            return None
        return self._remember(Mention(m.actor, self._span(*self._np(tok)), "role"))

    def described_kind(self, tok: Token) -> Mention | None:
        """"Unite announced a strike. The union has rejected the offer": a definite noun of a kind of
        body, bare or with lower-case words ("the campaign group"), is the one body the article named
        in the two sentences before it; with another body named there, or any named in its own sentence
        before it, it could be either, and stays unresolved (GUIDELINES: a description only when the
        text gives no name; a spokesman's "the union" stays the spokesman's act, one actor per act)."""
        own_head = fold(tok.lemma_) in OWN_HEAD_NOUNS
        if (fold(tok.lemma_) not in KIND_NOUNS and not own_head) or tok.tag_ != "NN":
            return None
        words = [c for c in tok.children if c.dep_ not in {"prep", "punct", "relcl", "acl"}]
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in words) or not all(
                (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ in {"compound", "amod"} and c.text.islower()
                                                            and c.lower_ not in FRESH_WORDS) for c in words):
            return None
        first = two_sentences_before(tok)
        since = tok.doc[first].idx
        other_kinds = self.lex.institution_nouns - {fold(tok.lemma_)}  # not "Temple University" for "the group"
        if fold(tok.lemma_) in VOLUNTARY_NOUNS:
            other_kinds -= VOLUNTARY_HEADS
        near = {m.actor for m in self.history if since <= m.span.start < tok.idx and m.how in {"name", "alias", "role"}
                and m.actor.kind in {"organisation", "group", "party"} and fold(m.actor.label).split()[-1:] != []
                and fold(m.actor.label).split()[-1] not in other_kinds
                and (not own_head or fold(m.actor.label).split()[-1] == fold(tok.lemma_))}
        if len(near) != 1 or (body := next(iter(near))).kind == "party" or any(
                tok.sent.start_char <= m.span.start < self._np(tok)[0] and m.actor.kind in {"organisation", "group", "party"}
                for m in self.history):
            return None  # ("A spokesman for Unison said the union opposed it": its voice speaks, one act)
        spans = [m.span for m in self.history if since <= m.span.start < tok.idx]
        if any(t.pos_ == "PROPN" and t.dep_ in {"nsubj", "nsubjpass"} and not any(s.start <= t.idx < s.end for s in spans)
               for t in tok.doc[first:tok.i]):
            return None  # "Unite announced a strike": a subject's name the tagger missed may be the one
        return self._remember(Mention(body, self._span(*self._np(tok)), "role"))

    def party_spoken_for(self, tok: Token) -> Mention | None:
        """"The ruling VMRO-DPMNE party rejected calls ... A spokesman for the party said": "the party"
        a spokesman speaks for is the one party the article named in the two sentences before (kg
        left the actor "Spokesman"); with two parties named there it could be either."""
        if fold(tok.lemma_) != "party" or tok.tag_ != "NN" or [c.lower_ for c in tok.children] != ["the"]:
            return None
        first = two_sentences_before(tok)
        since = tok.doc[first].idx
        near = {m.actor for m in self.history if since <= m.span.start < tok.idx and m.how in {"name", "alias", "role"}
                and m.actor.kind in {"organisation", "party"} and "party" in fold(m.actor.label).split()}
        if len(near) != 1:
            return None
        return self._remember(Mention(next(iter(near)), self._span(*self._np(tok)), "role"))

    def opposition(self, tok: Token) -> Mention | None:
        """"The opposition accused ...", "Syria's main opposition bloc rejected ...": the parties
        against a government, as a group of the country a possessive names. Not an act of opposing
        ("the opposition to the plan", "the opposition of the Labour left": a phrase follows)
        nor an opposition qualified otherwise ("the Syrian opposition" is read as a collective)."""
        noun = tok if fold(tok.lemma_) == "opposition" else next(
            (c for c in children(tok) if c.dep_ == "compound" and fold(c.lemma_) == "opposition"), None)
        acting = noun is not None and tok.dep_ == "compound" and noun.i == tok.i and fold(tok.head.lemma_) in self.lex.nouns
        if noun is None or tok.tag_ in {"NNS", "NNPS"} or (tok.dep_ == "compound" and not acting) \
                or (noun.i != tok.i and fold(tok.lemma_) not in OPPOSITION_BODIES):
            return None
        country = None
        for c in tok.children:
            if c.i == noun.i or (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "amod" and c.lower_ in {"main", "official"}):
                continue
            if c.dep_ == "poss" and c.pos_ == "PROPN" and (country := self._country_of(c)) is not None:
                continue
            if c.dep_ in {"punct", "relcl", "acl", "appos", "cc", "conj"} or (c.dep_ == "prep" and c.lower_ == "in"):
                continue
            return None
        demonym = next((d for d, of in self.lex.demonym_forms.items() if of == country and not d.endswith("s")), None)
        if country is not None and demonym is None:
            return None
        label = f"{demonym} opposition" if demonym else "Opposition"
        group = self.groups.get(fold(label)) or Actor(label=label, kind="group", country=country)
        self.groups[fold(label)] = group
        return self._remember(Mention(group, self._span(*self._np(tok)), "group"))

    def presidency(self, tok: Token) -> Mention | None:
        """"The Syrian presidency said ...", "The Palestinian presidency welcomed ...": a head of state's
        office speaking, an organisation written as the text names it, of the country its adjective
        names; "the presidency of Assad" or "a bid for the presidency" (no such adjective) names none."""
        if fold(tok.lemma_) != "presidency" or tok.tag_ != "NN" or tok.dep_ not in {"nsubj", "nsubjpass"} \
                or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return None
        named = [c for c in tok.children if c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"}]
        country = self._country_of(named[0]) if len(named) == 1 else None
        if country is None:
            return None
        actor = Actor(label=f"{named[0].text} presidency", kind="organisation", country=country)
        return self._remember(Mention(actor, self._span(*self._np(tok)), "role"))

    def relative(self, tok: Token) -> Mention | None:
        """"Gunnlaugsson's wife denied any wrongdoing": a named person's relative speaks
        for themself, not for the person (who had taken the statement and the "she" after it)."""
        gender = KIN.get(fold(tok.lemma_))
        poss = next((c for c in children(tok) if c.dep_ == "poss"), None)
        if gender is None or tok.tag_ != "NN" or poss is None or poss.pos_ != "PROPN":
            return None  # "her husband" is most often one the article names (the one who "signed it into law")
        owner = self._single(poss)
        if owner is None or owner.actor.kind != "person":
            return None
        actor = Actor(label=f"{owner.actor.label}'s {tok.lower_}", kind="person", country=owner.actor.country)
        self.pronouns_of.setdefault(actor.label, Counter())[gender] += 2  # "she" after "his wife" is she
        return self._possessed(actor, poss, tok)
