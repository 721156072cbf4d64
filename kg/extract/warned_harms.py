"""A warning's content clause whose subject is an issue: "the Information Commissioner warned that the register
could be misused", "warned that the reforms could create a two-tier system", "that a total ban would force small pubs
to close". A warning casts what it foretells as harm, so the clause is the warner's case against its subject, whatever
the verb (the listed harm verbs, "would hit the poorest", are read by ``EvaluativeRules.effect``). Not when the
subject is an actor or people (their act warned of is a threat, ``ConditionalRules.threat``; "small bars could close"
names those hit, no issue), nor a place or an economy that would suffer."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.actors import Mention
from kg.extract.context import Draft
from kg.extract.modality import negated
from kg.extract.clauses import object_of
from kg.extract.target_tokens import described_person, head_words, target_from
from kg.lexicon import fold
from kg.records import Actor, Topic

WARNING_VERBS = frozenset({"warn", "caution"})
MAY_COME = frozenset({"would", "could", "may", "might", "will", "can", "'ll", "'d", "wo", "ca"})
# what the harm falls on, not what brings it: "the economy would suffer", "the country could lose"
HIT_PARTIES = frozenset({"country", "nation", "economy", "city", "town", "region", "community", "family", "household",
                         "business", "firm", "company", "industry", "sector", "market", "trade", "job", "price",
                         "relation", "people", "hundred", "thousand", "million", "many", "some", "most", "all"})
# bodies that act, unnamed ("the society would move to the High Court"): their act warned of is a threat
BODIES = frozenset({"society", "opposition", "regime", "state", "parliament", "assembly", "congress", "senate",
                    "cabinet", "legislature", "side", "camp", "movement", "faction", "force"})
# what binds the warner's side to another, whose harm foretold is the warner's threat, not a case against what harms
# it: "warned that any form of suppression would harm relations", "that the decision would seriously affect relations",
# "donors have warned that further delays could jeopardize aid" (probes: gold threatens the damage to the ties)
TIES = frozenset({"relation", "relations", "tie", "ties", "aid"})
STRAINING = frozenset({"affect", "sour", "strain", "poison", "threaten", "imperil", "complicate"})  # besides harm verbs
# verbs whose subject bears what comes: "would suffer damage", "would pay more", "could lose the whip"
BORNE = frozenset({"suffer", "face", "pay", "lose", "need", "want", "wait", "afford", "struggle", "fall", "close",
                   "collapse", "shrink", "rise", "see", "get", "receive", "bear", "miss"})


def warned_clause(tok: Token) -> Token | None:
    """The content clause of a warning verb, its verb to come ("would", "could", "may") with an object, a
    target of "to"/"into" or a passive subject, not negated."""
    if tok.lemma_.lower() not in WARNING_VERBS:
        return None
    for c in tok.children:
        if c.dep_ != "ccomp" or c.pos_ != "VERB" or c.lemma_.lower() in BORNE or negated(c):
            continue
        if not any(a.dep_ == "aux" and a.lower_ in MAY_COME for a in c.children):
            continue
        if any(x.dep_ in {"dobj", "nsubjpass"} or (x.dep_ == "prep" and x.lower_ in {"to", "into"}) for x in c.children):
            return c
    return None


class WarnedHarms:
    """A mixin of ``SentenceExtractor`` (through ``ConditionalRules``): the issue a warning is against."""

    def warned_harm(self, actor: Mention, tok: Token, relayed: tuple[Actor, ...]) -> bool:
        """Opposes the subject of the warned clause; threatens the harm to ties it names (True: read here)."""
        clause = warned_clause(tok)
        tie = object_of(clause) if clause is not None else None
        doer = next((c for c in clause.children if c.dep_ in {"nsubj", "csubj"}), None) if tie is not None else None
        if tie is not None and fold(tie.lemma_) in TIES and doer is not None and doer.pos_ != "PRON" \
                and self.ctx.resolver.resolve(doer) is None and (clause.lemma_.lower() in STRAINING
                                                                 or self.lex.effects.get(clause.lemma_.lower()) == -1):
            self.add(Draft(actor, "threatens", Topic(label=f"damage to {head_words(tie)}"), (), cue=tok,
                           reported_by=relayed, confidence=0.6))  # "that any form of suppression would harm relations"
            return True
        subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}), None) if clause else None
        if subj is None or subj.pos_ in {"PRON", "PROPN", "NUM"} or self.ctx.resolver.resolve(subj) is not None:
            return False
        lemma = fold(subj.lemma_)
        if described_person(self.lex, subj) or lemma in HIT_PARTIES or lemma in BODIES or lemma in self.lex.institution_nouns \
                or subj.ent_type_ in {"GPE", "NORP", "PERSON", "ORG"}:
            return False
        target, quals, _ = target_from(self.ctx, subj)
        if target is None or isinstance(target, Actor):
            return False
        self.add(Draft(actor, "opposes", target, quals, cue=tok, reported_by=relayed, confidence=0.6))
        return True
