"""Conditional and threatening rules of the sentence extractor: conditions
("would accept only if the West stopped supplying arms"), threats ("warned
that Moscow would face new sanctions") and ultimatums ("accept the deal or
face sanctions"). A mixin of ``SentenceExtractor``: the methods use its
context, drafts, ``actor_of``, ``act_of`` and ``add``."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.headlines import joined_clause
from kg.extract.actors import Mention
from kg.extract.clauses import COMMITTING, HYPOTHETICAL_MARKS, Cue, object_of, pobj, to_come, verbal_cue
from kg.extract.consequences import (answer_threatened, wrongdoers_pursued, conditional_harm, conditional_rise, consequence_object,
                                     court_taken, forbidden, held_accountable, met_with, threatened_with, what_there_is,
                                     what_there_would_be, what_would_follow)
from kg.extract.threats import own_act, own_act_target
from kg.extract.conditional_threats import (accountability, consequence_target, depended_on, given_until, penalty_told,
                                              penalty_warned, teller_of)
from kg.extract.penalties_faced import foretold
from kg.extract.unhesitating_threats import hesitation_threat
from kg.extract.vowed_force import force_vowed
from kg.extract.warned_conditions import WarnedConditions
from kg.extract.exchanges import bargains
from kg.extract.subjects import agent_of
from kg.extract.context import Context, Draft
from kg.extract.modality import condition_clause, negated
from kg.extract.acts import nominalisation, verb_phrase
from kg.extract.target_tokens import head_words, target_from
from kg.extract.targets import find_topic, reversal
from kg.records import Actor, Target, Topic

def warded_off(lex, tok: Token) -> Token | None:
    """The unless-clause of a warned harm ("warned that there could be walkouts unless there was a
    rethink": the rethink), whose act the warner asks for."""
    cue = verbal_cue(lex, tok.head) if tok.dep_ == "ccomp" else None
    if cue is None or cue.relation != "threatens":
        return None
    return next((c for c in tok.children if c.dep_ == "advcl"
                 and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)), None)


def acting_subject(ctx: Context, subj: Token, m: Mention | None) -> str | None:
    """How to name who must act in a condition: the actor it resolves to, or its own words
    ("his local party") without determiners or possessives."""
    if m is not None:
        return m.actor.label
    if subj.pos_ not in {"NOUN", "PROPN"}:
        return None
    words = [t.text for t in subj.subtree if t.i <= subj.i and t.dep_ not in {"det", "poss", "case", "punct"}]
    return " ".join(words) or None


# the time limits of an ultimatum: "gave Machar 48 hours to return", "gave the club a week to pay"
PERIODS = frozenset({"hour", "day", "week", "month", "deadline", "ultimatum"})
# nouns of a danger foreseen: warned of with no one it is aimed at, a forecast, not a threat
RISKS = frozenset({"risk", "danger", "peril", "hazard"})
AIMING_PREPS = frozenset({"to", "against"})  # (not "on": "veto the resolution on Syria" is about it)


class ConditionalRules(WarnedConditions):
    """Rules for acts made conditional on, or threatened against, something."""

    def aimed_at(self, act: Token) -> tuple[Actor | None, Token | None]:
        """Whom a threatened act is aimed at and the phrase naming them ("cut electricity exports to
        several U.S. states": the United States), on the act or its object: the threat's addressee,
        no part of its consequence."""
        obj = object_of(act)
        for prep in [*act.children, *(obj.children if obj is not None else ())]:
            target = pobj(prep) if prep.dep_ == "prep" and prep.lower_ in AIMING_PREPS else None
            if target is None:
                continue
            m = self.ctx.resolver.resolve(target)
            if m is None or (m.how in {"description", "group"} and not m.actor.members):  # "several U.S. states": their country
                m = next((m for c in target.children if c.dep_ in {"compound", "amod"} and c.ent_type_ in {"GPE", "NORP"}
                          and (m := self.ctx.resolver.resolve(c)) is not None), m)
            if m is not None:
                return m.actor, prep
        return None, None

    def without_addressee(self, target: Target, act: Token) -> tuple[Target, Actor | None]:
        """The threatened consequence without the phrase of whom it is aimed at, and that addressee."""
        addressee, prep = self.aimed_at(act)
        if prep is None or not isinstance(target, Topic):
            return target, addressee
        phrase = " ".join(t.text for t in prep.subtree)
        if target.label.endswith(f" {phrase}"):
            target = Topic(label=target.label[: -len(phrase) - 1])
        return target, addressee

    def consequence_for(self, target: Target, noun: Token) -> tuple[Target, Actor | None]:
        """"warned of severe consequences for Russia": the one a consequence is for is whom it is
        aimed at, the threat's addressee, and no part of the consequence."""
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" and pobj(c) is not None), None)
        m = self.ctx.resolver.resolve(pobj(prep)) if prep is not None else None
        if m is None or not isinstance(target, Topic):
            return target, None
        phrase = " ".join(t.text for t in prep.subtree)
        if target.label.endswith(f" {phrase}"):
            return Topic(label=target.label[: -len(phrase) - 1]), m.actor
        return target, m.actor

    def ultimatum(self, actor: Mention, wanted: Token, addressee: Actor | None, relayed: tuple[Actor, ...]) -> None:
        """"told Iran to accept the deal or face new sanctions": the alternative is a threat; so is one
        done to the addressee ("to return or be replaced": the addressee's replacement)."""
        if not any(c.dep_ == "cc" and c.lower_ == "or" for c in wanted.children):
            return
        for alt in wanted.conjuncts:
            done = nominalisation(self.lex, alt) if any(c.dep_ == "auxpass" for c in alt.children) else None
            if done is not None:
                label = f"{done} of {addressee.label}" if addressee is not None else done
                self.add(Draft(actor, "threatens", Topic(label=label), (), addressee=addressee, cue=alt,
                               reported_by=relayed, confidence=0.6))
            if alt.lemma_.lower() in {"face", "risk", "suffer", "incur"} and object_of(alt) is not None:
                target, quals, _ = target_from(self.ctx, object_of(alt))
                if target is not None:
                    self.add_coordinated(Draft(actor, "threatens", target, quals, addressee=addressee, cue=alt,
                                               reported_by=relayed, confidence=0.6), alt)

    def issue_harms(self, verb: Token) -> bool:
        """A harm an issue, not an actor, would do ("the fines would hit the poorest families"): no one's
        threat, but the speaker's case against the issue; an actor's blow ("Russia would hit back") is one."""
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "csubj"}), None)
        return self.lex.effects.get(verb.lemma_.lower(), 0) < 0 and subj is not None and subj.pos_ != "PRON" \
            and self.ctx.resolver.resolve(subj) is None

    def time_given(self, tok: Token) -> None:
        """"had given Machar 48 hours to return to Juba", "gave the club a week to pay": a time limit
        set for another's act asks for the act (and an alternative, "or be replaced", threatens)."""
        given = next((c for c in tok.children if c.dep_ == "dative"), None)
        period = next((c for c in tok.children if c.dep_ in {"dobj", "npadvmod"} and c.lemma_.lower() in PERIODS), None)
        if given is None and period is None:  # "gave Kyiv until Thanksgiving to accept it": a deadline by date
            given, period = given_until(tok)
        if given is None or period is None or negated(tok):
            return
        act = next((c for c in [*tok.children, *period.children] if c.dep_ in {"advcl", "acl", "xcomp", "relcl"}
                    and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if act is None:
            return
        actor, relayed = self.actor_of(Cue(tok, "demands"))
        target, quals, _ = target_from(self.ctx, act)
        if actor is None or target is None or isinstance(target, Actor):
            return
        m = self.ctx.resolver.resolve(given)
        addressee = m.actor if m is not None else None
        self.add(Draft(actor, "demands", target, quals, addressee=addressee, cue=tok, reported_by=relayed,
                       confidence=0.65))
        self.ultimatum(actor, act, addressee, relayed)

    def threat(self, actor: Mention, tok: Token, relayed: tuple[Actor, ...]) -> None:
        """"warning that Moscow would face new sanctions": target the consequence,
        addressee who would suffer it."""
        conseq = None
        trigger = {t.i for c in tok.subtree if c != tok and (c.dep_ == "relcl" or c.dep_ == "advcl" and any(  # not in the threat's
            m.dep_ == "mark" and m.lower_ in HYPOTHETICAL_MARKS for m in c.children)) for t in c.subtree  # own if-clause nor
            if c.dep_ == "advcl" or not any(a.tag_ == "MD" for a in t.children)}  # a relative one's unmodal verb ("countries which retaliated")
        for t in tok.subtree:
            if (t.lemma_.lower() in self.lex.consequence_verbs or met_with(t) is not None) and t.pos_ == "VERB" \
                    and t != tok and t.i not in trigger:
                conseq = t
                break
        if conseq is not None and (self.issue_harms(conseq) or forbidden(conseq) or foretold(self.ctx, actor, conseq)):
            return  # "would hit the poorest families": a verdict on the fines (EvaluativeRules.effect); "must not be punished": an obligation
        if self.harm_threatened(actor, tok, relayed):
            return
        held = held_accountable(tok) if conseq is None else None
        if held is not None:  # "warned that those responsible would be held accountable": accountability
            m = self.ctx.resolver.resolve(held)
            self.add(Draft(actor, "threatens", Topic(label=accountability(held)), (), addressee=m.actor if m else None,
                           cue=tok, reported_by=relayed, confidence=0.65))
            return
        if conseq is None and penalty_warned(self, actor, tok, relayed, trigger):
            return  # "warned that anyone taking part could be prosecuted": the penalty
        risen = next((r for t in tok.subtree if conseq is None and t != tok and (r := conditional_rise(t)) is not None), None)
        if risen is not None:  # "if we make no deal, the tariffs will go higher, he warned": higher tariffs
            self.add(Draft(actor, "threatens", Topic(label=f"higher {head_words(risen)}"), (), cue=tok,
                           reported_by=relayed, confidence=0.65))
            return
        own = own_act(self.ctx, self.lex, actor, tok) if conseq is None else None
        if own is not None:  # "Iran warned that it would close the Strait": the act itself is the threat
            target, quals, _ = own_act_target(self.ctx, own) if object_of(own) is not None else (
                Topic(label=verb_phrase(own)), (), None)  # "would vote against the budget": the vote
            if target is not None:
                target, addressee = self.without_addressee(target, own)
                self.add(Draft(actor, "threatens", target, quals, addressee=addressee, cue=tok, reported_by=relayed,
                               confidence=0.7))
            return
        if conseq is None and (self.warned_condition(actor, tok, relayed) or self.warned_harm(actor, tok, relayed)):
            return  # "warned that the register could be misused": a case against the register (``warned_harms``)
        target_tok = consequence_object(conseq) if conseq is not None else object_of(tok)
        if conseq is None and any(c.dep_ == "ccomp" and not joined_clause(self.lex, c) for c in tok.children):
            target_tok = None  # "warned the MPs' committee that binding judges might look like interference": the one warned
        if conseq is None and target_tok is None:
            target_tok = what_there_would_be(tok) or what_would_follow(tok)  # "there could be walkouts"
        addressee = None
        if conseq is not None:
            subj = next((c for c in conseq.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            warned = object_of(tok)
            if subj is not None and subj.pos_ == "PRON" and warned is not None and warned.i < subj.i:
                subj = warned  # "warned Seoul that it would pay a heavy price": "it" is the one warned
            m = self.ctx.resolver.resolve(subj) if subj is not None else None
            if m is not None and conseq.lemma_.lower() in {"face", "suffer", "pay"}:
                addressee = m.actor
            for c in conseq.children:
                if c.dep_ == "prep" and c.lower_ in {"on", "against"} and pobj(c) is not None:
                    m2 = self.ctx.resolver.resolve(pobj(c))
                    if m2 is not None:
                        addressee = m2.actor
        if addressee is None:
            obj = object_of(tok)
            m = self.ctx.resolver.resolve(obj) if obj is not None else None
            if m is not None:
                addressee = m.actor
                target_tok = None
        armed = threatened_with(tok) if conseq is None else None
        if armed is not None:  # "threatened Russia with new sanctions": the object is the one threatened
            target_tok = armed
        target, quals, _ = consequence_target(self.ctx, target_tok)  # ("would face arrest", parsed a verb)
        if target is None and conseq is None:  # "threatened to veto the resolution": the act is the threat
            act = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            target = self.act_of(act) if act is not None else None
            if target is None and act is not None and object_of(act) is None and not any(
                    c.dep_ == "neg" for c in act.children):  # ("warned Brown not to be tempted": a demand)
                target = target_from(self.ctx, act)[0]  # "threatened to resign": the resignation
            if target is None and act is not None and wrongdoers_pursued(act):
                target = Topic(label=verb_phrase(act))  # "vowed to pursue those behind the attack": the pursuit
            if target is not None and act is not None and addressee is None:
                target, addressee = self.without_addressee(target, act)
        if target is None and conseq is not None and wrongdoers_pursued(conseq):
            target = Topic(label=verb_phrase(conseq))  # "vowed to punish those behind the attack": the punishment
        if target is None and conseq is None:  # "warned of strike action": what the warning is of
            of = next((pobj(c) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and pobj(c) is not None), None)
            target, quals, _ = target_from(self.ctx, of) if of is not None else (None, (), None)
            target_tok = of if target is not None else target_tok
        if target is None and conseq is not None:
            target = answer_threatened(self.lex, conseq) if conseq.lemma_.lower() in {"respond", "retaliate"} else None
        if target is None:
            return
        if addressee is None and target_tok is not None:
            target, addressee = self.consequence_for(target, target_tok)
        if addressee is None and target_tok is not None and target_tok.lemma_.lower() in RISKS:
            return  # "warned of the risk of an outbreak", "there was a real risk": aimed at no one, no threat
        self.add_coordinated(Draft(actor, "threatens", target, quals, addressee=addressee, cue=tok, reported_by=relayed,
                                   confidence=0.7), target_tok)

    def punishment(self, verb: Token) -> bool:
        """"those who stole public money will be held accountable": the teller's threat (True: read here)."""
        return penalty_told(self, verb) or force_vowed(self, verb) or hesitation_threat(self, verb)  # "we will hunt down the gangs"

    def teller(self, verb: Token) -> Mention | None:
        return teller_of(self, verb)

    def harm_threatened(self, actor: Mention, tok: Token, relayed: tuple[Actor, ...]) -> bool:
        """"warned that relations could suffer if Washington refused": the harm threatens the one whose
        act would bring it (the if-clause's subject), as damage to the thing harmed."""
        harm = next((h for t in tok.subtree if t != tok and (h := conditional_harm(t)) is not None), None)
        subj = next((c for c in harm[1].children if c.dep_ == "nsubj"), None) if harm is not None else None
        m = self.ctx.resolver.resolve(subj) if subj is not None else None
        if m is None or m.actor == actor.actor:
            return False
        self.add(Draft(actor, "threatens", Topic(label=f"damage to {head_words(harm[0])}"), (), addressee=m.actor,
                       cue=tok, reported_by=relayed, confidence=0.65))
        return True

    def sanction(self, noun: Token) -> None:
        """"will take legal action", "is considering taking industrial action", "vowed a
        crushing response": a sanction announced as one's own act to come threatens it; so does going to court."""
        court = court_taken(noun)
        if noun.dep_ != "dobj" and court is None:
            return
        verb, lex = court or noun.head, self.lex
        lemma = verb.lemma_.lower()
        future = to_come(verb)
        intended = verb.dep_ in {"xcomp", "ccomp", "pcomp"} and verb.head.lemma_.lower() in lex.sanction_intent
        if not (lemma in lex.sanction_intent or ((lemma in lex.sanction_taking or court) and (future or intended))):
            return
        cue = verbal_cue(lex, verb)
        if negated(verb) or (cue is not None and cue.relation == "threatens"):
            return  # "threatened legal action": the threat rule reads it
        actor, relayed = self.actor_of(Cue(verb, "threatens"))
        if actor is None:
            return
        addressee = None
        for c in [*verb.children, *noun.children]:
            if c.dep_ == "prep" and c.lower_ in {"against", "on"} and pobj(c) is not None:
                m = self.ctx.resolver.resolve(pobj(c))
                addressee = m.actor if m is not None else None
            if court is not None and c.dep_ == "dobj" and (m := self.ctx.resolver.resolve(c)) is not None:
                addressee = m.actor  # "take the government to court": the one taken there
        target, quals, _ = (Topic(label="legal action"), (), None) if court is not None else target_from(self.ctx, noun)
        if target is None or isinstance(target, Actor):
            return
        self.add(Draft(actor, "threatens", target, quals, addressee=addressee, cue=verb, reported_by=relayed,
                       confidence=0.65))

    # "would accept only if Western governments stopped supplying arms"; "warned there would be strikes
    # unless the offer improved": what staves off a warned harm is demanded
    def conditions(self) -> None:
        for tok in self.sent:
            cond = condition_clause(tok, self.lex)
            warded = cond is None and (cond := warded_off(self.lex, tok)) is not None
            passive_pre = tok.lemma_.lower() in self.lex.preceded and any(c.dep_ == "auxpass" for c in tok.children)
            depends = depended_on(tok) if cond is None and not passive_pre else None  # "the truce depends on X"
            if cond is None and not passive_pre and depends is None:
                continue
            if depends is not None and (teller := self.teller(tok)) is None:
                continue  # ("farmers depend on the subsidies": a dependence told, no one's condition)
            cue = Cue(tok, "conditions")
            above = {a.i for a in tok.ancestors} | {tok.i}
            qualified = [d for d in self.drafts if d.cue is not None and d.cue.i in above and d.relation != "says"]
            actor, relayed = self.actor_of(cue)
            if actor is None and qualified:  # "called for the plan to be shelved until ...": the caller's condition
                actor, relayed = qualified[-1].actor, qualified[-1].reported_by
            if depends is not None:
                actor = teller
            if actor is None:
                continue
            if depends is not None:  # "said the path to membership depended on progress on the rule of law"
                target, quals, _ = target_from(self.ctx, depends[1])
                of, more = target_from(self.ctx, depends[0])[0], []
            elif passive_pre:  # "any ceasefire must be preceded by a halt of arms supplies"
                ag = agent_of(tok)
                target, quals, _ = target_from(self.ctx, ag)
                subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
                of, _, _ = target_from(self.ctx, subj)
                more = []
            else:
                target, quals = self.condition_target(cond)
                more = [self.condition_target(c) for c in cond.children if c.dep_ == "conj" and c.pos_ == "VERB"
                        and any(x.dep_ in {"nsubj", "nsubjpass"} for x in c.children)]  # "... and if the Senate cut spending"
                obj = object_of(tok) or next((pobj(c) for c in tok.children if c.dep_ == "prep"
                                              and c.lower_ in {"to", "for", "on", "in"} and pobj(c) is not None), None)
                of = target_from(self.ctx, obj)[0] if obj is not None else None
                if of is None:
                    of = self.recent_topic(tok)
            if target is None or (isinstance(target, Actor) and target == actor.actor):
                continue
            more = [(t, q) for t, q in more if t is not None and t != target and not (isinstance(t, Actor) and t == actor.actor)]
            if warded:
                for t, q in [(target, quals), *more]:
                    self.add(Draft(actor, "demands", t, q, cue=tok, reported_by=relayed, confidence=0.55))
                continue
            # a refusal, opposition or demand the condition qualifies stays, as coders code both ("will not stand
            # down unless ..."); an acceptance "on condition that" is the condition itself, a bare say goes ("X depends on Y" keeps all)
            self.drafts = [d for d in self.drafts if depends is not None or not (
                d.cue is not None and d.cue.i in above and d.relation in {"says", "accepts", "supports", "proposes"})]
            for t, q in [(target, quals), *more]:
                self.add(Draft(actor, "conditions", t, q, condition_of=of, cue=tok, reported_by=relayed, confidence=0.6))
        bargains(self)  # "demanded X in return for Y"

    def condition_target(self, cond: Token) -> tuple[Target | None, tuple]:
        """What a condition clause asks for: the issue it names, an act undone, or who must act and how."""
        agreed = next((c for c in cond.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if cond.lemma_.lower() in COMMITTING and agreed is not None and object_of(agreed) is not None:
            cond = agreed  # "until Republicans agreed to extend the subsidies": the extension agreed to
        toks = [t for t in cond.subtree if not any(a.dep_ == "conj" and a.head == cond for a in [t, *t.ancestors])]
        found = find_topic(self.lex, toks)
        noun = self.lex.reversals.get(cond.lemma_.lower())
        inner = object_of(cond) or next((c for c in cond.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
        undone = None
        if noun is not None and inner is not None:
            hit = find_topic(self.lex, list(inner.subtree))
            undone = hit[0] if hit is not None else target_from(self.ctx, inner)[0]
        if undone is not None and not isinstance(undone, Actor):  # "only if the West stopped supplying arms"
            target, quals = reversal(self.lex, noun, undone.label), ()
        elif found is not None:
            target, quals = found[0], ()
        else:
            target, quals, _ = target_from(self.ctx, cond)
        csubj = next((c for c in cond.children if c.dep_ == "nsubj"), None)
        cm = self.ctx.resolver.resolve(csubj) if csubj is not None else None
        if target is None and (there := what_there_is(cond)) is not None:
            target, quals, _ = target_from(self.ctx, there)  # "unless there was a way to guarantee ..."
        bare = isinstance(target, Topic) and (target.label in self.lex.nominalisations.values() or (
            csubj is not None and target.label.lower() == csubj.lower_))  # "unless the army withdrew": not "army"
        if isinstance(target, Actor) and csubj is not None and object_of(cond) is not None and (
                label := acting_subject(self.ctx, csubj, cm)) is not None:  # "unless his local party instructs him"
            noun = nominalisation(self.lex, cond)
            target, quals = Topic(label=f"{label} {noun}" if noun else f"{label} {cond.text}"), ()
        if (target is None or isinstance(target, Actor) or bare) and csubj is not None and object_of(cond) is None \
                and (label := acting_subject(self.ctx, csubj, cm)) is not None:
            # "only if Russia complied": Russia's compliance
            act = cond
            own = next((c for c in cond.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            if own is not None and cond.lemma_.lower() in COMMITTING and object_of(own) is None:
                act = own  # "only if Assad agreed to step down": the act agreed to
            noun = nominalisation(self.lex, act)
            target = Topic(label=f"{label}'s {noun}" if noun else f"{label} {act.text}")  # (or "the army's withdrawal")
            quals = ()
        return target, quals

    def recent_topic(self, tok: Token) -> Target | None:
        """The issue a pro-form ("would do so") stands for: the last topic named before it."""
        doc = tok.doc
        start = max(0, self.sent.start - 60)
        toks = [t for t in doc[start:tok.i]]
        for i in range(len(toks) - 1, -1, -1):
            found = find_topic(self.lex, toks[i:i + 3])
            if found is not None:
                return found[0]
        return None
