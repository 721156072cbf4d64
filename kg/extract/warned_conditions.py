"""A warned act or event held over another's doing: "warned that talks would be formally suspended if Turkey
reinstated the death penalty", "the Shas party warned that it could also bolt if no solution was found", "warned
that ministers would legislate if advertisers had not cut back", "warned that if Putin wanted to take all of Ukraine,
it would lead to the downfall of Russia", 'warned that "something bad is going to happen" if the talks failed'
(probes: gold threatens the consequence, the one whose doing brings it the addressee; kg had nothing, or a case
against the clause's subject). The rules before it read the warner's own act (``threats.own_act``), a consequence
verb, a rise or a harm to relations; an issue doing harm ("an exit could trigger a break-up if ...") stays a case
against the issue (``warned_harms``), and a harm borne by those hit ("businesses might hire fewer workers if ...",
"would lose seats") is a forecast."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.acts import verb_phrase
from kg.extract.actors import Mention
from kg.extract.clauses import object_of
from kg.extract.conditional_threats import condition_of, own_success
from kg.extract.context import Draft
from kg.extract.modality import negated
from kg.extract.target_tokens import described_person, target_from
from kg.extract.threats import friendly
from kg.extract.warned_harms import BODIES, BORNE, HIT_PARTIES, MAY_COME, WARNING_VERBS, WarnedHarms
from kg.lexicon import fold
from kg.records import Actor, Topic

SELF_WORDS = frozenset({"we", "i", "it", "they", "he", "she"})  # an if-clause of the side's own doing ("if it wins")
UNNAMED_EVENTS = frozenset({"something", "anything", "everything"})  # "something bad is going to happen"


def going_to(verb: Token) -> Token | None:
    """"is going to happen": the act of a "going to" future (the xcomp of "going"), else None."""
    if verb.lemma_.lower() != "go" or verb.tag_ != "VBG":
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)


def held_clause(tok: Token) -> tuple[Token, Token, Token, Token] | None:
    """The warned clause's verb (the act itself under "going to"), its subject, its if- or unless-clause and
    that clause's subject: an act to come, not negated, held over a doing not the side's own."""
    if tok.lemma_.lower() not in WARNING_VERBS:
        return None
    for c in tok.children:
        if c.dep_ != "ccomp" or c.pos_ != "VERB" or negated(c):
            continue
        act = going_to(c)
        if act is None and not any(a.dep_ == "aux" and a.lower_ in MAY_COME for a in c.children):
            continue
        cond = condition_of(c, act or c)
        other = next((s for s in cond.children if s.dep_ in {"nsubj", "nsubjpass"}), None) if cond is not None else None
        subj = next((s for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}), None)
        if other is None or subj is None or own_success(cond) or other.lower_ in SELF_WORDS:
            continue
        act = act or c
        if act.lemma_.lower() in BORNE or fold(subj.lemma_) in HIT_PARTIES or fold(other.text) == fold(subj.text):
            continue
        return act, subj, cond, other
    return None


class WarnedConditions(WarnedHarms):
    """A mixin of ``SentenceExtractor`` (through ``ConditionalRules``): a warned act held over another's doing,
    and the issue a warning is against (``WarnedHarms``)."""

    def warned_condition(self, actor: Mention, tok: Token, relayed: tuple[Actor, ...]) -> bool:
        """Threatens the act or event the warning holds over another (True: read here)."""
        held = held_clause(tok)
        if held is None:
            return False
        act, subj, _, other = held
        m = self.ctx.resolver.resolve(subj)
        done = subj.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in act.children)
        if not (done or subj.pos_ == "PRON" or m is not None or described_person(self.lex, subj)
                or fold(subj.lemma_) in BODIES | self.lex.institution_nouns or any(c.dep_ == "poss" for c in subj.children)):
            return False  # an issue's doing: a case against it (``warned_harms``)
        obj = object_of(act)
        if (m is not None and (m.actor == actor.actor or subj.pos_ == "PROPN")) or friendly(self.lex, act) or (
                obj is not None and obj.lemma_.lower() in self.lex.sanction_nouns):
            return False  # a named side's act is the warner's only as ``threats.own_act`` finds ("Labour would raise
            # taxes if ...": a forecast); a friendly act is no threat ("would meet the French"); a sanction is read as one
        if fold(subj.lemma_) in UNNAMED_EVENTS:
            target = Topic(label=" ".join(t.text for t in subj.subtree if t.pos_ != "PUNCT"))
        elif done:
            target = Topic(label=f"{' '.join(t.text for t in subj.subtree if t.dep_ not in {'det', 'punct'})} {act.text}")
        elif " " not in (phrase := verb_phrase(act)) and obj is not None:
            target = target_from(self.ctx, act)[0]  # the act too long for a label: what it is done to
        else:
            target = Topic(label=phrase)  # "would block the constitutional amendment", "would legislate"
        if target is None or isinstance(target, Actor):
            return False
        them = self.ctx.resolver.resolve(other)
        self.add(Draft(actor, "threatens", target, (), addressee=them.actor if them is not None else None, cue=tok,
                       reported_by=relayed, confidence=0.65))
        return True
