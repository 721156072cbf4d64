"""Stances held as a noun after "have" or "lose": "had full confidence in both men" backs them,
"lost confidence in Hunt" and "has no confidence in the government" argue against him or it, and
"has no plans to change the policy" rules the change out. The
parser gives these no cue (none of the nouns is one), so kg read them as nothing. A mixin of
``kg.extract.statements.SentenceExtractor`` (its ``ctx``, ``actor_of``, ``add_coordinated``)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import Cue, pobj
from kg.extract.context import Draft
from kg.extract.modality import hypothetical, negated
from kg.extract.target_tokens import target_from
from kg.records import Actor

TRUST_NOUNS = frozenset({"confidence"})
# the verbs that hold trust in someone, and the one that gives it up
TRUST_HOLDING = frozenset({"have", "express", "voice", "retain", "reaffirm", "restate", "keep"})
TRUST_LOSING = frozenset({"lose"})
INTENT_NOUNS = frozenset({"plan"})  # ("intention": dev 0.3283 -> 0.3280, two rejects the coders gave as no stance)
# "Russia has no objection to the talks": no objection held is consent (accepts), not the objection
# the noun's own cue reads (opposes)
OBJECTION_NOUNS = frozenset({"objection"})
# the verbs an objection is held or voiced by: "had no objection", "raised no objection", "voiced no objection"
OBJECTION_HOLDING = frozenset({"have", "raise", "voice", "express", "lodge", "see"})
HELD_IDIOM_NOUNS = TRUST_NOUNS | INTENT_NOUNS | OBJECTION_NOUNS


def no_objection(noun: Token) -> bool:
    """ "had no objection to ...", "does not have any objection to ...": an objection denied as held."""
    return noun.lemma_.lower() in OBJECTION_NOUNS and noun.dep_ == "dobj" and noun.head.lemma_.lower() in OBJECTION_HOLDING \
        and denied(noun)


def denied(noun: Token) -> bool:
    """ "no confidence", "no plans", "not any intention": the noun held is none."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or negated(noun.head)


def intended_act(noun: Token) -> Token | None:
    """The act a plan or an intention names: "plans to change the policy" (acl), "intention of
    resigning" (of + gerund)."""
    for c in noun.children:
        if c.dep_ == "acl" and c.pos_ in {"VERB", "AUX"} and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            inner = next((g for g in c.children if g.dep_ == "pcomp" and g.pos_ in {"VERB", "AUX"}), None)
            if inner is not None:
                return inner
    return None


class HeldIdiomRules:
    """Mixed into ``SentenceExtractor``."""

    def held_idiom(self, noun: Token) -> None:
        """"X had every confidence in Y" supports Y, "lost confidence in Y" opposes Y; "X has no plans to
        do Z" rejects Z (a positive plan is left to the cue it names)."""
        verb, lemma = noun.head, noun.lemma_.lower()
        if noun.dep_ != "dobj" or verb.pos_ not in {"VERB", "AUX"} or hypothetical(noun):
            return
        held = verb.lemma_.lower()
        if lemma in TRUST_NOUNS and held in TRUST_HOLDING | TRUST_LOSING:
            issue = next((pobj(c) for h in (noun, verb) for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
                          and pobj(c) is not None), None)
            rel = "opposes" if held in TRUST_LOSING or denied(noun) else "supports"
            if held in TRUST_LOSING and negated(verb):
                return  # "has not lost confidence in him": no loss, and no new vote of trust either
        elif no_objection(noun):
            issue, rel = next((pobj(c) for c in noun.children if c.dep_ == "prep" and c.lower_ == "to"), None), "accepts"
        elif lemma in INTENT_NOUNS and held == "have" and denied(noun):
            issue, rel = intended_act(noun), "rejects"
        else:
            return
        if issue is None:
            return
        actor, relayed = self.actor_of(Cue(verb, rel))
        if actor is None:
            return
        target, quals, _ = target_from(self.ctx, issue)
        if target is None or (isinstance(target, Actor) and target == actor.actor):
            return
        self.add_coordinated(Draft(actor, rel, target, quals, cue=noun, reported_by=relayed, confidence=0.6), issue)
