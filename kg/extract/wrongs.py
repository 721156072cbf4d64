"""Reported wrongdoing as accusation: "Israel said Hamas had violated the truce", "Ukraine
reported 730 violations by Russia" accuse the one said to do wrong, on behalf of whoever says so.
A mixin of ``kg.extract.statements.SentenceExtractor`` (its ``ctx``, ``lex``, ``add``,
``named_or_described`` and ``speaker_for``)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.actors import FIRST_PERSON, Mention
from kg.extract.clauses import RELATIVE_PRONOUNS, pobj
from kg.extract.context import Draft
from kg.extract.mentions import acronym_name
from kg.extract.modality import hypothetical, irrealis, negated
from kg.extract.own_sides import own_side
from kg.lexicon import fold
from kg.extract.subjects import agent_of, speech_frame, subject_of
from kg.extract.undelivered import undelivered


# verbs of criticism whose object's owner is charged with it: "criticised Corbyn's campaigning"
CRITICISING = frozenset({"criticize", "criticise", "condemn", "denounce", "slam", "blast", "lambast", "lambaste",
                         "assail", "rebuke", "castigate", "berate", "excoriate", "decry", "deplore", "censure"})


# verbs of an attempt whose subject a wrong tried is charged with ("had tried to deceive the country")
TRYING = frozenset({"try", "attempt", "seek"})


class WrongdoingRules:
    """Mixed into ``kg.extract.statements.SentenceExtractor``."""

    # "Israel said Hamas had violated the truce": reported wrongdoing is an accusation
    def reported_wrong(self, verb: Token, cue: Token, others: bool = False) -> None:
        """``others``: only a party not the accuser's own side is accused (``told_beside``)."""
        if verb.dep_ == "xcomp" and verb.tag_ == "VB" and verb.head.lemma_.lower() in TRYING and verb.head.pos_ == "VERB":
            verb = verb.head  # "said the opposition had tried to deceive the country": the attempt is the wrong's act
        if hypothetical(verb) or negated(verb) and not undelivered(verb) or irrealis(self.lex, verb) or verb.tag_ in {"VB", "VBG"} and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return
        if verb.lemma_.lower() in self.lex.failing and any(
                c.dep_ == "xcomp" and c.lemma_.lower() in self.lex.achievements for c in verb.children):
            return  # "failed to launch a missile": a failure, no wrong
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if passive:
            who = agent_of(verb)
        else:
            who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if who is None and verb.dep_ == "conj":  # "had crossed the border and attacked a post"
                who = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if who is None or (who.lower_ in FIRST_PERSON | RELATIVE_PRONOUNS and not acronym_name(who)):
            return
        accused = self.named_or_described(who, subject=not passive)  # ("had been attacked by protesters": an agent described)
        if accused is None or (accused.how == "pronoun" and (self.speaker_for(verb) is None or who.lower_ not in {"he", "she"})):
            return
        frame = speech_frame(self.lex, verb)
        if frame is not None:
            fsubj = subject_of(frame) or agent_of(frame)
            accuser = self.named_or_described(fsubj, self.speaker_for(frame)) if fsubj is not None else None
        else:
            accuser = self.speaker_for(verb)
        if others and not another_party(self.lex, accuser, accused, who, verb):
            return
        self.accusation(accuser, accused, cue)

    def accusation(self, accuser: Mention | None, accused: Mention, cue: Token) -> None:
        if accuser is None or accuser.actor == accused.actor or accuser.actor.kind == "media":
            return
        conf = 0.6 if accuser.how in {"name", "alias"} else 0.5
        self.add(Draft(accuser, "accuses", accused.actor, (), cue=cue, confidence=conf))

    # "Ukraine reported 730 violations by Russia", "claimed Ukraine committed 488 violations"
    def reported_wrong_noun(self, noun: Token) -> None:
        verb = noun.head if noun.dep_ in {"dobj", "nsubjpass"} else None
        if verb is None or verb.pos_ != "VERB" or negated(verb) or hypothetical(verb):
            return
        lemma = verb.lemma_.lower()
        if lemma in self.lex.wrong_committing:
            self.reported_wrong(verb, noun)
            return
        if lemma not in self.lex.wrong_reporting:
            return
        by = next((pobj(c) for c in noun.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}
                   and pobj(c) is not None), None)
        if by is None:
            by = next((c for c in noun.children if c.dep_ == "poss"), None)
        self.owner_accused(by, verb, noun)

    # "criticised Corbyn's lukewarm campaigning": the one whose doing is criticised is accused
    def criticised_doing(self, verb: Token) -> None:
        if hypothetical(verb) or negated(verb) or irrealis(self.lex, verb):
            return
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        owner = next((c for c in obj.children if c.dep_ == "poss"), None) if obj is not None else None
        self.owner_accused(owner, verb, verb)
        self.told_beside(verb)

    def told_beside(self, verb: Token) -> None:
        """"criticised the agreement, saying the government had given away too much", "condemned the
        bombardment and said Russia bore a share of responsibility": what a critic says, in the same
        breath, another party did is blamed on it, whatever the verb (probes: the gold codes the accusation
        beside the criticism). His own side's doing is told in its defence, not blamed."""
        for say in said_beside(self.lex, verb):
            for clause in (c for c in say.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}):
                self.reported_wrong(clause, clause, others=True)

    def owner_accused(self, owner: Token | None, verb: Token, at: Token) -> None:
        """The one named (no pronoun) as doing the wrong that ``verb``'s subject tells of is accused
        by that subject, the statement anchored at ``at``."""
        accused = self.ctx.resolver.resolve(owner) if owner is not None else None
        if accused is None or accused.how == "pronoun":
            return
        subj = subject_of(verb)
        accuser = self.named_or_described(subj, self.speaker_for(verb)) if subj is not None else None
        self.accusation(accuser, accused, at)


def said_beside(lex, verb: Token) -> list[Token]:
    """The reporting verbs that share ``verb``'s subject: its participle ("criticised X, saying ..."), a
    verb conjoined to it with no subject of its own ("condemned X and said ..."), or the one it is
    conjoined to ("said ... and condemned X")."""
    out = [c for c in verb.children if c.lemma_.lower() in lex.speech and c.pos_ == "VERB" and (
        c.dep_ == "advcl" and c.tag_ == "VBG"
        or c.dep_ == "conj" and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children))]
    if verb.dep_ == "conj" and verb.head.lemma_.lower() in lex.speech and verb.head.pos_ == "VERB" \
            and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in verb.children):
        out.append(verb.head)
    return out


def another_party(lex, accuser: Mention | None, accused: Mention, who: Token, verb: Token) -> bool:
    """``accused`` (the subject ``who`` of ``verb``) is a party other than the accuser's own side, named or
    described as a body or a group: not "Pakistan's armed forces" nor "his government" (a side owned,
    told in its defence: "said Pakistan's armed forces were fully capable"), nor a thing described
    ("statements made in public ... differed": no actor)."""
    if accuser is None or own_side(lex, accuser, accused, verb) or any(c.dep_ == "poss" for c in who.children):
        return False
    return accused.how != "description" or fold(who.lemma_) in lex.institution_nouns | lex.group_nouns
