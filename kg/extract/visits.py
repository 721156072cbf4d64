"""Visits and talks named by a noun: "Ri's visit to China", "Trump's trip to Mexico", "Putin's
meeting with Erdogan", "during a visit to Mongolia, Kerry urged ...": whoever makes the visit
or has the talks consults the country or the people it names (train +3 full, dev +2). A mixin of
``kg.extract.statements.SentenceExtractor``."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import Cue, pobj
from kg.extract.context import Draft
from kg.extract.subjects import subject_of
from kg.extract.target_tokens import target_from
from kg.extract.targets import WHEN
from kg.records import Actor

# prepositions whose noun is an occasion of the clause's own subject: "during a visit to Mongolia, Kerry urged"
OCCASIONS = {"during", "on", "after", "before", "ahead", "in", "at"}  # "in a meeting with Macron, May raised"
# ("at a joint news conference with Macron, Merz said")
# verbs of going somewhere "for talks with" someone: the traveller consults them (written probe sentence;
# "left Gyeongju for talks with Xi", probe 30a: dev/train/seeds statements identical, probe F1 0.5503 -> 0.5552)
TRAVELLING = frozenset({"travel", "fly", "go", "head", "arrive", "come", "return", "leave", "depart"})
# verbs that take a visit away: "cancelled his trip to Israel", "called off his visit"
CALLING_OFF = {"cancel", "postpone", "delay", "scrap", "shelve", "suspend", "call", "abandon"}


def ahead_of_subject(noun: Token) -> Token | None:
    """The verb of the clause whose subject follows ``noun`` ("within hours of his talks with Thorpe,
    Sir Edward told"): a possessive pronoun there looks ahead to that subject, not back."""
    verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    subj = subject_of(verb) if verb is not None else None
    return verb if subj is not None and subj.i > noun.i else None


TALKING_OVER = frozenset({"discuss", "debate"})  # their object is the matter, not the one met: "discussed trade"


def mutual_talks(lex, verb: Token, obj: Token | None, target: Token | None) -> bool:
    """A meeting of a coordinated subject with no one else named ("May and Macron met", "held talks",
    "discussed trade"): the members consult each other."""
    if any(c.dep_ == "prep" and c.lower_ in {"with", "to"} for c in [verb, *verb.children, *(obj.children if obj is not None else [])]):
        return False
    if obj is None:
        return target is None or when(target)
    return (target in {None, obj} or talked_over(obj, target)) and (
        obj.lower_ in lex.held_acts or verb.lemma_.lower() in TALKING_OVER)


def when(target: Token) -> bool:
    """A date or a span of time the verb's preposition took for a target ("May and Macron met on
    Tuesday", "met for two hours"): when they met, no party met."""
    return target.ent_type_ in WHEN and target.dep_ == "pobj"


def talked_over(obj: Token, target: Token | None) -> bool:
    """The matter of the talks, hung on their noun ("held talks on trade", "talks about the
    crisis"): what they are about, not a party met."""
    return target is not None and target.dep_ == "pobj" and target.head.dep_ == "prep" \
        and target.head.lower_ in {"on", "about", "over"} and target.head.head == obj


class VisitRules:
    """Mixed into ``SentenceExtractor`` (its ``ctx``, ``lex``, ``add``, ``actor_of`` and
    ``named_or_described``)."""

    def visit_noun(self, noun: Token) -> None:
        """A noun of visiting or talks with a possessor ("Ri's visit to China") or as the occasion
        of a clause ("during a visit to Mongolia, Kerry urged"): the visitor consults whom or where
        the noun names. A held noun ("held talks with"), one without a visitor ("called for talks
        with Russia") and one called off ("cancelled his trip to Israel") are left to others."""
        preps = self.lex.visits.get(noun.lower_)  # [visits] in ontology/cues.toml
        if preps is None or noun.pos_ != "NOUN" or (noun.dep_ == "dobj" and noun.head.lemma_.lower() in CALLING_OFF):
            return
        where = next((pobj(c) for c in noun.children if c.dep_ == "prep" and c.lower_ in preps
                      and pobj(c) is not None), None)
        if where is None:
            return
        if where.head.lower_ == "between":
            if not self.only_sought(noun):
                self.between(noun, where)
            return
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        relayed: tuple[Actor, ...] = ()
        clause = ahead_of_subject(noun) if owner is not None and owner.pos_ == "PRON" else None
        if clause is not None:  # "during his visit to Brazil, Scholz urged": "his" is the subject ahead
            actor, relayed = self.actor_of(Cue(clause, "consults"))
        elif owner is not None:
            actor = self.named_or_described(owner, subject=False)
        elif noun.dep_ == "pobj" and (noun.head.lower_ in OCCASIONS or (
                noun.head.lower_ == "for" and noun.head.head.lemma_.lower() in TRAVELLING)) \
                and noun.head.head.pos_ in {"VERB", "AUX"}:
            actor, relayed = self.actor_of(Cue(noun.head.head, "consults"))
        else:
            return
        target, quals, _ = target_from(self.ctx, where, want_actor=True)
        if actor is None or not isinstance(target, Actor) or target == actor.actor:
            return
        self.add(Draft(actor, "consults", target, quals, cue=noun, reported_by=relayed, confidence=0.55))

    def only_sought(self, noun: Token) -> bool:
        """A meeting "between A and B" that a position is taken on, not one held: "Kyiv proposed a meeting
        between Zelensky and Putin", "offered to host a meeting between ..." (probe25x, probe37a)."""
        tok = noun
        while tok.dep_ in {"dobj", "pobj", "prep", "xcomp"} and tok.head is not tok:
            tok = tok.head
            if self.lex.verbs.get(tok.lemma_.lower()) not in {None, "consults", "says"}:
                return True
        return False

    def between(self, noun: Token, first: Token) -> None:
        """Talks or a call "between A and B": the first side named consults the other (the gold
        codes a meeting once, not again the other way)."""
        both = self.ctx.resolver.resolve(first)  # the coordination, as a group of its parts
        sides = both.parts if both is not None else ()
        for a in sides[:1]:
            for b in sides:
                if a.actor != b.actor:
                    self.add(Draft(a, "consults", b.actor, (), cue=noun, confidence=0.55))
