"""What someone says ought or ought not to be done: reported obligations ("said the bill should
include fines", "the government has to start again", '"It is time to scrap the tax"'), stated
goals ("their aim is to ..."), "enough with" and "no more", and why-questions of an act. A mixin of
``SentenceExtractor``: the methods use its context, drafts, ``add`` and ``actor_of``."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.actors import FIRST_PERSON
from kg.extract.acts import nominalisation
from kg.extract.clauses import GOAL_NOUNS, OBLIGATION, OBLIGATION_VERBS, OPINION_RAISERS, Cue, object_of, pobj, to_come, verbal_cue
from kg.extract.context import Draft
from kg.extract.consequences import held_to_account
from kg.extract.doc_words import children
from kg.extract.modality import hypothetical, negated, obliged, reported_clause
from kg.extract.needs import DUE_PRAISE, justified, needed_thing, owed_act, wanted_thing
from kg.extract.subjects import speech_frame, subject_of
from kg.extract.target_tokens import target_from
from kg.extract.targets import unpointed
from kg.records import Actor, Topic


# what another is told it should do with an issue: "said the government should accept the plan",
# "should negotiate with the opposition" ask it of the government (``obliged`` drops the act as the
# government's own, so the speaker's demand is read here)
ASKED_OF_OTHERS = frozenset({"accepts", "supports", "proposes", "consults"})


# what one has that binds one to act ("has a duty to protect them"): an obligation still
DUTY_NOUNS = frozenset({"duty", "obligation", "responsibility"})


def asked_thing(act: Token) -> Token:
    """The issue of an act another is told to do: its object ("should accept the offer on the table":
    the offer, not the table), or whom it is to talk with ("should negotiate with the opposition")."""
    obj = next((c for c in act.children if c.dep_ == "nsubjpass"), None) if any(
        c.dep_ == "auxpass" for c in act.children) else object_of(act)  # "the bill should never have been introduced"
    if obj is None:
        obj = next((pobj(c) for c in act.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    return obj if obj is not None else act


def passive_after(tok: Token, act: Token) -> Token | None:
    """The subject of a need whose infinitive is passive ('the minister needs to be sacked', 'has to
    be looked into'): the one the act is done to, as a passive's own subject is."""
    if act is tok or not any(c.dep_ == "auxpass" for c in act.children):
        return None
    return next((c for c in tok.children if c.dep_ == "nsubj"), None)


def why_asked(tok: Token) -> bool:
    """'"Why should taxpayers foot the bill?"': asking why an act should be done denies that it should
    (not so asked of an act said not to be done, "why shouldn't we ...")."""
    return any(c.dep_ == "advmod" and c.lower_ == "why" for c in tok.children) and not negated(tok) \
        and any(t.text == "?" for t in tok.doc[tok.i:tok.right_edge.i + 2])


def time_to(cop: Token) -> Token | None:
    """The act of "it is time to [scrap the tax]", "now is the time to [end the war]" under the copula
    ``cop``: saying its time has come asks for it (None where the time is denied, "it is not time to")."""
    if cop.lemma_ == "come" and not negated(cop) and any(
            c.dep_ == "nsubj" and c.lemma_.lower() == "time" and any(d.lower_ == "the" for d in c.children) for c in cop.children):
        # "argued the time had come for such shortlists", "the time has come to scrap the tax" (train)
        return next((p for c in cop.children if c.dep_ == "prep" and c.lower_ == "for" for p in [pobj(c)] if p is not None), None) \
            or next((c for c in cop.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)), None)
    if cop.lemma_ != "be" or negated(cop):
        return None
    time = next((c for c in cop.children if c.dep_ in {"attr", "nsubj"} and c.lemma_.lower() == "time"), None)
    return next((c for c in time.children if c.dep_ in {"relcl", "acl"} and c.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None) if time is not None else None


def denied_opinion(verb: Token) -> bool:
    """"I don't think we should be cutting health care": an obligation under a denied opinion says
    the act should not be done, as "we should not be cutting" does."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in OPINION_RAISERS and verb.i > verb.head.i \
        and any(c.dep_ == "neg" for c in verb.head.children)


def undone_to_thing(verb: Token) -> bool:
    """A passive act on a thing ("murder sentences should not be reduced", "fees should not be increased"),
    which, said not to be done, is opposed as the active "should not increase fees" is; not one done to a
    person or a pronoun ("they should not be placed in that situation")."""
    undergoer = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return undergoer is not None and any(c.dep_ == "auxpass" for c in verb.children) and undergoer.pos_ == "NOUN" \
        and undergoer.ent_type_ == "" and undergoer.lemma_.lower() not in PEOPLE_NOUNS


# nouns of people, whose passive ("children should not be sent back") is no act on a thing
PEOPLE_NOUNS = frozenset({"people", "person", "child", "children", "man", "woman", "family", "worker", "student",
                          "patient", "citizen", "refugee", "migrant", "voter", "member", "official", "victim"})


def reproached(tok: Token) -> bool:
    """"said the bill should never have been introduced", "should not have removed him": a past act said
    not to have been due is opposed as "should not introduce the bill" is (not "must not have known": a
    guess; nor "should have acted sooner": an act called for too late, no stance on one named)."""
    return any(c.dep_ == "aux" and c.lower_ in {"should", "ought"} for c in tok.children) and any(
        c.dep_ == "aux" and c.lower_ in {"have", "'ve", "’ve"} for c in tok.children) and any(
        c.dep_ == "neg" or c.lower_ == "never" for c in tok.children if c.dep_ in {"neg", "advmod"})


def anyone_if(tok: Token) -> bool:
    """'"If you want good community relations, you have to have firm immigration controls"': a "you"
    under an "if you ..." clause is anyone, and what anyone must do is demanded, not a resolve."""
    return any(c.dep_ == "advcl" and any(m.lower_ == "if" for m in c.children)
               and any(s.dep_ == "nsubj" and s.lower_ == "you" for s in c.children) for c in tok.children)


class ObligationRules:
    """Mixed into ``kg.extract.statements.SentenceExtractor``."""

    def goal(self, cop: Token) -> None:
        subj = next((c for c in cop.children if c.dep_ == "nsubj"), None)
        act = next((c for c in cop.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if subj is None or act is None or subj.lemma_.lower() not in GOAL_NOUNS | {"key", "task", "answer"}:
            return
        if verbal_cue(self.lex, act) is not None or hypothetical(cop) or negated(cop):
            return  # "their objective was to press Russia ...": the inner cue speaks
        owner = next((c for c in subj.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ not in FIRST_PERSON and owner.pos_ == "PRON" and self.speaker_for(cop):
            return  # '"Their goal is to ...," X said': someone else's goal, not X's position
        actor = self.ctx.resolver.resolve(owner, self.speaker_for(cop)) if owner is not None else None
        relayed: tuple[Actor, ...] = ()
        if actor is None:
            if speech_frame(self.lex, cop) is None and self.speaker_for(cop) is None:
                return  # the journalist's own view
            actor, relayed = self.actor_of(Cue(cop, "supports"))
        if actor is None:
            return
        target, quals, _ = target_from(self.ctx, act)
        if target is None or (isinstance(target, Actor) and target == actor.actor):
            return
        self.add(Draft(actor, "supports", target, quals, cue=subj, reported_by=relayed, confidence=0.55))

    # '"The nurses deserve enormous credit," he said': praise said to be earned is praise given
    def credit_due(self, tok: Token) -> None:
        merit = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in DUE_PRAISE), None)
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if merit is None or subj is None or subj.lower_ in FIRST_PERSON or negated(tok) or hypothetical(tok):
            return  # ("we deserve credit": a claim for oneself; "does not deserve any credit": none)
        if (speaker := self.speaker_for(tok)) is not None:
            actor, relayed = speaker, ()
        elif (clause := reported_clause(tok)) is not None and clause.head.lemma_.lower() in self.lex.speech | OPINION_RAISERS:
            actor, relayed = self.actor_of(Cue(clause.head, "praises"))
        else:
            return  # the journalist's own view
        m = self.ctx.resolver.resolve(subj)
        target, quals = (m.actor, ()) if m is not None else target_from(self.ctx, subj)[:2]
        if actor is None or target is None or target == actor.actor:
            return
        self.add(Draft(actor, "praises", target, quals, cue=tok, reported_by=relayed, confidence=0.55))

    # "Whitfield said the bill should include meaningful fines": a reported obligation is a demand
    def accountability_vowed(self, tok: Token) -> bool:
        """'"Whoever is involved will be held accountable"', '"those who stole public money will be held
        accountable"': accountability a quotation's speaker says is to come is the speaker's threat of it
        (a warning verb's own is ``held_accountable``), aimed at the one to be held to it where named."""
        speaker = self.speaker_for(tok)
        if speaker is None or not held_to_account(tok) or not to_come(tok) or negated(tok) or hypothetical(tok) \
                or tok.dep_ not in {"ROOT", "conj", "ccomp"}:
            return False
        held = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        m = self.ctx.resolver.resolve(held) if held is not None else None
        addressee = m.actor if m is not None and m.actor != speaker.actor else None
        self.add(Draft(speaker, "threatens", Topic(label="accountability"), (), addressee=addressee, cue=tok, confidence=0.6))
        return True

    def obligation(self, tok: Token) -> None:
        if self.accountability_vowed(tok):
            return
        if tok.lemma_.lower() == "deserve":
            self.credit_due(tok)
        act, needed = tok, needed_thing(tok)
        if needed is not None:
            if self.speaker_for(tok) is not None:
                return  # '"more work is needed," she said': a quotation's need stays its say
            act = needed  # "warned that a great deal of preparatory work was still needed": the work is demanded
        elif (wanted := wanted_thing(tok)) is not None:
            act = wanted  # '"We need smaller classes"', '"The people deserve answers"': the thing is demanded
        elif (owed := owed_act(tok)) is not None:
            act = owed  # '"All states have a duty to protect refugees"': the act owed is demanded
        elif tok.lemma_.lower() in OBLIGATION_VERBS and tok.pos_ in {"VERB", "AUX"}:
            # "the government has to start again", "needs to rethink", "we ought to start it up"
            act = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
            if act is None or any(c.dep_ == "dobj" and c.lemma_.lower() not in DUTY_NOUNS for c in tok.children):
                return  # "Labour has had eight years to sort this out": time had, no obligation
        elif (due := time_to(tok)) is not None:
            act = due  # '"It is time to scrap the tax"': what it is time for is demanded
        elif not any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in children(tok)) or any(
                c.dep_ == "aux" and c.lower_ in {"have", "'ve", "’ve"} for c in tok.children) and not reproached(tok):
            return  # "must have been in a rush": a guess, not an obligation
        accountable = held_to_account(act)  # '"Those who ordered the firing must be held accountable"'
        inner = None if accountable else verbal_cue(self.lex, act)
        if hypothetical(tok) or inner is not None and not (
                act is tok and (inner.relation in ASKED_OF_OTHERS and obliged(tok) or reproached(tok))):
            return  # "said the party should oppose the plan": the inner cue speaks
        # "we should not be cutting benefits": an act on a thing said not to be done is opposed ("should
        # not be living in poverty", "should not be placed in that situation" are no such act)
        forbidden = act is tok and (any(c.dep_ == "dobj" for c in tok.children) or undone_to_thing(tok)) \
            and (any(c.dep_ == "neg" for c in tok.children) or denied_opinion(tok)) or why_asked(tok)
        if negated(tok) and not forbidden or reproached(tok) and inner is None and any(c.dep_ == "auxpass" for c in act.children):
            return  # ("my husband should never have been sent out without the equipment": no act on a thing named)
        speaker = self.speaker_for(tok)
        if speaker is not None:  # '"The government must rethink its strategy," he said': the speaker's demand
            subj = subject_of(tok) or next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            if tok.dep_ not in {"ROOT", "ccomp", "conj"} or subj is None or subj.lower_ == "i" \
                    or subj.lower_ == "you" and not anyone_if(tok):
                return  # "I must go": a resolve, not a demand ("we must heal" asks it of the many; train codes demands)
            actor, relayed = speaker, ()
        elif (clause := reported_clause(tok)) is None or clause.head.lemma_.lower() not in self.lex.speech | OPINION_RAISERS:
            return
        else:
            actor, relayed = self.actor_of(Cue(clause.head, "demands"))
        if actor is None:
            return
        target, quals, _ = target_from(self.ctx, act if inner is None else asked_thing(act))
        undergoer = next((c for c in act.children if c.dep_ == "nsubjpass"), None) or passive_after(tok, act)
        if undergoer is not None and target is None and not isinstance(
                who := target_from(self.ctx, undergoer, want_actor=True)[0], Actor) and who is not None:
            # '"The leak needs to be investigated"': the act done to the thing is demanded
            nominal = nominalisation(self.lex, act)
            target, quals = Topic(label=f"{nominal} of {unpointed(who.label)}" if nominal else f"{act.lemma_.lower()} {unpointed(who.label)}"), ()
        if undergoer is not None and any(c.dep_ == "auxpass" for c in act.children):
            # "Lynch should be impeached": the act done to an actor is demanded, not the actor (nor "such
            # outrageous overreach" it is for); a thing's passive reads as before ("the case should be looked at")
            who = target_from(self.ctx, undergoer, want_actor=True)[0]
            nominal = nominalisation(self.lex, act)
            if isinstance(who, Actor) and act.lemma_.lower() not in self.lex.reversals:
                target, quals = Topic(label=f"{nominal} of {unpointed(who.label)}" if nominal else f"{act.lemma_.lower()} {unpointed(who.label)}"), ()
            elif who is not None and nominal and act.lemma_.lower() not in self.lex.reversals:
                target, quals = Topic(label=f"{nominal} of {unpointed(who.label)}"), ()  # "the plans should be reviewed": their review
        if inner is not None and inner.relation == "consults" and isinstance(target, Actor):
            target, quals = Topic(label=f"{act.lemma_.lower()} with {unpointed(target.label)}"), ()  # "negotiate with the opposition"
        if accountable:  # the accountability is demanded, not the act of those to be held to it
            target, quals = Topic(label="accountability"), ()
        if target is None or isinstance(target, Actor):
            return
        relation = "opposes" if forbidden else "supports" if needed is not None and justified(tok) else "demands"
        self.add(Draft(actor, relation, target, quals, cue=tok, reported_by=relayed, confidence=0.55))

    # "No more ifs or buts, enough with conditions and delays", said in a quote
    def enough(self, tok: Token) -> None:
        if tok.lower_ == "enough":
            nouns = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"with", "of"}
                     for p in [pobj(c)] if p is not None]
        else:
            noun = tok.head
            nouns = [noun] if any(c.dep_ in {"neg", "det"} and c.lower_ == "no" for c in noun.children) else []
        speaker = self.speaker_for(tok)
        if not nouns or speaker is None:
            return
        for noun in nouns:
            target, quals, _ = target_from(self.ctx, noun)
            if target is not None and not isinstance(target, Actor):
                self.add(Draft(speaker, "opposes", target, quals, cue=tok, confidence=0.5))
                return
