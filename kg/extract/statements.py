"""Sentences → drafts of statements: the rules. ``SentenceExtractor`` reads one sentence's cues with their
actors and targets, negation, conditions, threats and relayed speech (clause tests in ``clauses``, why a cue
is no act in ``no_acts``, who performs an act in ``acting``, conditions and threats in ``conditionals`` and
``conditional_threats``, evaluations in ``evaluations``, speakers of quotations in ``speakers``, a token's
quotation in ``quote_lookup``, the document loop in ``document``).

Each rule is a small function over the dependency parse, documented with the
kind of sentence it handles. Nothing here names a particular article.
"""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.acting import ActorFinding
from kg.extract.acts import act_on_party, asked_act
from kg.extract.actors import Mention
from kg.extract.blame import accused_body, blamed_on, failed_owner, wrong_at
from kg.extract.clauses import (ACTOR_TARGET, COMMITTING, CONSULT_PREPS, COPULAS, IRREALIS_HEADS, RELATIVE_PRONOUNS,
                                STANCE_NOUNS, STANCES, Cue, antecedent_of, dated, nominal_cue, infinitive,
                                object_of, pobj, stance_cue, to_come, verbal_cue, PROMISED_STANCES, PROMISING)
from kg.extract.fought_and_called import called_thing, fought, ruled_out
from kg.extract.subjects import passive, patient_of, whose_object_doer
from kg.extract.conditionals import ConditionalRules
from kg.extract.consequences import force_kept_open, own_act_on_condition, vowed_reprisal, withholding
from kg.extract.context import Context, Draft
from kg.extract.drafting import DraftKeeping
from kg.extract.conditional_threats import CAUSING, CONSEQUENCE_HEADS
from kg.extract.unhesitating_threats import unhesitating_act
from kg.extract.evaluations import EvaluativeRules
from kg.extract.verdict_shapes import performance, stepped
from kg.extract.obligations import ObligationRules
from kg.extract.existentials import ExistentialRules
from kg.extract.feelings import feeling
from kg.extract.headline_acts import HeadlineRules, bare_verb, passive_headline
from kg.extract.headlines import joined_clause
from kg.extract.headline_steps import headline_step
from kg.extract.held_idioms import HELD_IDIOM_NOUNS, HeldIdiomRules
from kg.extract.joint_acts import held_act
from kg.extract.imperatives import ImperativeRules
from kg.extract.merits import GRATITUDE, gratitude_to, merit_owner, name_as_adverb, thanked_party
from kg.extract.misattached import asked_to, committed_to
from kg.extract.modality import negated, refusing, vowed_not
from kg.extract.needs import wanted_thing, wished_state
from kg.extract.no_acts import no_act
from kg.extract.nominals import CONTINUING, REFRAINING, NominalRules
from kg.extract.reported_evaluation import EFFECT_VERBS
from kg.extract.quote_lookup import QuoteLookup
from kg.extract.phrases import label_of, np_tokens, of_extension, served_by
from kg.extract.nominal_targets import follow_nominal
from kg.extract.refrained_acts import refrained
from kg.extract.target_tokens import act_kept_from, described_person, target_from
from kg.extract.visits import VisitRules, mutual_talks
from kg.extract.voiced_complements import voiced_complement
from kg.extract.wrongs import CRITICISING, WrongdoingRules
from kg.records import Actor, Topic

# ---- the extractor ----------------------------------------------------------


class SentenceExtractor(ActorFinding, EvaluativeRules, ObligationRules, WrongdoingRules, ConditionalRules, NominalRules,
                        HeadlineRules, ImperativeRules, ExistentialRules, VisitRules, DraftKeeping, QuoteLookup,
                        HeldIdiomRules):
    def __init__(self, ctx: Context, sent: SpacySpan):
        self.ctx = ctx
        self.lex = ctx.lex
        self.sent = sent
        self.drafts: list[Draft] = []
        self.voices: dict[Actor, Mention] = {}  # a named speaker -> his mention, where he relays his side's stance

    def run(self) -> list[Draft]:
        for tok in self.sent:
            lemma, pos = tok.lemma_.lower(), tok.pos_  # read once: each is a string made anew per access
            cue = verbal_cue(self.lex, tok) or headline_step(self.lex, tok)
            if cue is not None:
                self.verbal(cue)
            ncue = nominal_cue(self.lex, tok)
            if ncue is not None:
                self.nominal(ncue)
            if (lemma in self.lex.pledge_verbs or lemma in self.lex.opposing_acts) and pos == "VERB":
                self.pledge(tok)
            if pos == "VERB":  # (the first test of each: a verb's rules asked of verbs only)
                self.announced(tok)
                self.refusal(tok)
            if lemma in CONTINUING:
                self.continuing(tok)
            if pos == "VERB" and (lemma in self.lex.consequence_verbs or lemma in CONSEQUENCE_HEADS or withholding(tok) or own_act_on_condition(tok, cue) or unhesitating_act(tok)):
                self.consequence(tok)
            if lemma in self.lex.evaluation_verbs and pos == "VERB":
                self.evaluation(tok)
            if lemma == "go" and pos == "VERB":
                self.too_far(tok)
            if (lemma in self.lex.effects or lemma in CAUSING or lemma in EFFECT_VERBS) and pos == "VERB":
                self.effect(tok)
            if (tok.dep_ in {"acomp", "attr"} and tok.head.lemma_.lower() in COPULAS) or performance(tok) or stepped(tok):
                self.predication(tok)
            self.participle_verdict(tok)  # "said the plan was misguided", parsed as a passive
            if tok.lemma_ == "be" and pos in {"AUX", "VERB"}:
                self.goal(tok)
                self.no_such(tok)
            if pos in {"VERB", "AUX"} or wanted_thing(tok) is not None:  # ("deserve" is often tagged a noun)
                self.obligation(tok)
            if tok.lower_ == "enough" or (tok.lower_ == "more" and tok.dep_ == "amod"):
                self.enough(tok)
            if pos == "NOUN" and lemma in self.lex.stance_holders:
                self.holder_noun(tok)
            if pos == "NOUN" and lemma in STANCE_NOUNS:
                self.stance_noun(tok)
            if pos == "NOUN" and lemma in HELD_IDIOM_NOUNS:
                self.held_idiom(tok)
            self.visit_noun(tok)
            if (wrong := wrong_at(self.lex, tok)) is not None:
                self.reported_wrong(wrong, tok)
            if pos == "VERB" and lemma in self.lex.alleging:
                for clause in (c for c in tok.children if c.dep_ == "ccomp" and c.lemma_.lower() not in self.lex.wrong_verbs):
                    self.reported_wrong(clause, tok)  # "alleges that the congressman violated the law"
            if pos == "VERB" and lemma in CRITICISING:
                self.criticised_doing(tok)
            if pos == "NOUN" and lemma in self.lex.wrong_nouns:
                self.reported_wrong_noun(tok)
            if (tok.tag_ in {"NNS", "VBZ", "VBP"} or bare_verb(self.lex, tok)) and self.heading():
                self.headline_verb(tok)
            if tok.tag_ == "VB":
                self.imperative(tok)
            if pos == "NOUN" and (lemma in self.lex.sanction_nouns or lemma == "court"):
                self.sanction(tok)
            if lemma == "give" and pos == "VERB":
                self.time_given(tok)
        self.conditions()
        return self.drafts

    def negated_relation(self, lemma: str, rel: str) -> str | None:
        """The position a negated or refused act takes, or None where it takes none: not
        accepting rejects, but not criticising is no support ("did not criticise the budget")."""
        return None if lemma in self.lex.negation_cancels else self.lex.negation.get(lemma, self.lex.negation.get(rel))

    # "X rejected a cease-fire", "urged Moscow to uphold a ceasefire"
    def verbal(self, cue: Cue) -> None:
        tok, rel = cue.token, cue.relation
        lemma = tok.lemma_.lower()
        obj0 = object_of(tok)
        if no_act(self.lex, self.ctx, tok, obj0) or (self.heading() and passive_headline(self.lex, tok, self.ctx.document.text)):
            return
        if negated(tok) or (obj0 is not None and self.quote_of(obj0) is None
                            and any(c.lower_ == "no" and c.dep_ in {"det", "neg"} for c in obj0.children)):
            flipped = self.negated_relation(lemma, rel)  # "did not accept", "offered no proof"
            if flipped is None and rel in {"proposes", "consults"} and vowed_not(tok):
                flipped = "rejects"  # "said he would not even meet Garland" refuses the meeting
            if flipped is None:
                return
            rel = flipped
        if tok.dep_ == "xcomp" and refusing(self.lex, tok.head) and not negated(tok.head):
            flipped = self.negated_relation(lemma, rel)  # "refused to accept the offer" rejects it
            if flipped is None:
                return
            # "refused to back the plan", "was unwilling to support it": a refusal, which rejects (the
            # guidelines' cue), where a plain "did not support" argues against (opposes)
            rel = "rejects" if flipped == "opposes" and rel == "supports" else flipped
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "fail" and not negated(tok.head):
            return  # "failed to deny the claims", "failed to back Kiev": no act, so no position either way
        own = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}), None)
        if lemma in {"want", "wish", "hope"} and own is not None and own.lemma_ == "be" and object_of(tok) is None and any(
                c.dep_ in {"attr", "acomp"} and not any(p.dep_ == "prep" for p in c.children) for c in own.children):
            return  # "Jeb wants to be a tough guy": a wish about oneself ("to be part of the talks" is one about an issue)
        if rel == "demands" and (lemma in {"want", "expect", "wish"} and own is not None and object_of(tok) is None
                                 and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in own.children) or wished_state(tok, obj0)):
            if lemma == "expect":
                return  # "expected to sell its coal": a forecast of one's own act, no demand
            rel = "supports"  # "wants to build a wall": an intention; "wants good relations": a stance; no demand on others
        if (rel in {"supports", "proposes"} and vowed_reprisal(tok, own)) or (rel == "accepts" and force_kept_open(tok, obj0)):
            rel = "threatens"  # "vowed to retaliate for the executions", "refused to rule out force": a threat, no stance
        if obj0 is not None and obj0.lemma_.lower() in self.lex.sanction_nouns and rel in {"supports", "proposes"} \
                and lemma in self.lex.sanction_intent | self.lex.sanction_taking:  # ("defended the police response" is no threat)
            return  # "vowed a crushing response": a threat (ConditionalRules.sanction)
        actor, relayed = self.actor_of(cue)
        if actor is None:
            return
        addressee: Actor | None = None
        target_tok: Token | None = None
        want_actor = rel in ACTOR_TARGET
        obj = thanked_party(tok, object_of(tok))
        if obj is None and rel == "praises":
            obj = name_as_adverb(tok)
        if passive(tok) and not feeling(self.lex, tok):
            obj = patient_of(tok)  # "the plan was / the plan, condemned by refugee charities": the plan
        elif obj is None and cue.particle is None:
            obj = antecedent_of(tok)  # "a claim Davutoglu refuted": the claim
            if obj is None and whose_object_doer(tok) is not None:
                obj = tok.head  # "McCain, whose record Trump belittled": McCain, in what is his
        if cue.particle is not None and cue.particle.dep_ in {"advcl", "ccomp"}:
            target_tok = called_thing(cue.particle)  # "called for the plans to be scrapped": their scrapping
        elif cue.particle is not None and cue.particle.dep_ == "prep" and rel == "accuses":
            if obj is None:
                return  # "had not been charged with wrongdoing": nobody named as accused
            target_tok = obj  # "charged the mayor with fraud": the one charged is the accused, not the crime
        elif cue.particle is not None and cue.particle.dep_ == "prep":
            target_tok = pobj(cue.particle)
            if target_tok is not None and rel == "demands" and cue.particle.lower_ in {"on", "upon", "to"}:
                m = self.ctx.resolver.resolve(target_tok)
                # the infinitive is the demand, as xcomp or (as the parser often hangs it) advcl or acl
                xc = next((c for c in [*tok.children, *target_tok.children] if c.dep_ in {"xcomp", "acl", "advcl"}
                           and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children)), None)
                if m is not None or xc is not None:  # "called on both sides to lay down their arms"
                    addressee = m.actor if m is not None else None
                    target_tok = xc
                    if xc is None:
                        return  # "calling on Putin": the demand's content is elsewhere
        elif cue.particle is not None and cue.particle.dep_ == "dobj" and cue.particle.lemma_.lower() not in self.lex.nouns \
                and cue.particle.lemma_.lower() not in self.lex.held_acts:
            # an idiom's noun ("took some shots at Sanders", "paid tribute to", "threw her weight behind"): what it is aimed at
            target_tok = next((pobj(c) for c in [*cue.particle.children, *tok.children] if c.dep_ in {"prep", "dative"}
                               and c.lower_ in {"at", "on", "against", "to", "for", "with", "over", "about", "behind"}
                               and pobj(c) is not None and not dated(c)), None)  # ("paid tribute on Monday to")
            if target_tok is None:
                return
        elif obj is not None:
            held = held_act(self.lex, tok)
            stressed = self.lex.emphasis_nouns.get(obj.lemma_.lower()) if lemma in self.lex.emphasis_verbs else None
            if held is not None or stressed is not None or (
                    obj.lemma_.lower() in self.lex.nouns and lemma in self.lex.light_verbs | {"reiterate"}) or (
                    lemma in PROMISING and self.lex.nouns.get(obj.lemma_.lower()) in PROMISED_STANCES):
                rel = held or stressed or self.lex.nouns[obj.lemma_.lower()]
                want_actor = rel in ACTOR_TARGET
                target_tok = follow_nominal(self.lex, obj) if held != "consults" else next((  # "a phone call with Netanyahu"
                    pobj(c) for c in [*obj.children, *tok.children] if c.dep_ == "prep" and c.lower_ == "with" and pobj(c) is not None), None)
                if target_tok is not None and target_tok.pos_ in {"VERB", "AUX"} and negated(target_tok):
                    rel = REFRAINING.get(rel)  # "repeated his pledge not to do deals" rejects them
                    if rel is None:
                        return
                if target_tok is None:  # "gave Maduro his unconditional support": whom it is given
                    target_tok = next((c for c in tok.children if c.dep_ in {"dative", "iobj"}), None)
                    if target_tok is not None and target_tok.pos_ == "ADP":
                        target_tok = pobj(target_tok)  # "lend support to his government"
                if target_tok is None:  # "solidarity with Greece", "concern over the violence", on the noun or the verb
                    target_tok = voiced_complement(obj, tok)
                if target_tok is None:  # "expressed hope that the talks would lead to a settlement"
                    target_tok = next((c for c in obj.children if c.dep_ in {"acl", "ccomp"} and c.pos_ in {"VERB", "AUX"}
                                       and any(m.lower_ == "that" for m in c.children if m.dep_ == "mark")), None)
                if rel in {"proposes", "supports"} and target_tok is not None and target_tok.pos_ == "VERB" and not any(
                        c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in target_tok.children) and (
                        inner := stance_cue(self.lex, target_tok)) is not None:
                    rel = inner.relation  # "reiterated his commitment to supporting the rebels": one's own stance
                for c in obj.children:
                    if c.dep_ == "prep" and c.lower_ == "to" and rel in {"proposes", "demands"}:
                        m = self.ctx.resolver.resolve(pobj(c)) if pobj(c) is not None else None
                        if m is not None:
                            addressee = m.actor
                if target_tok is not None and addressee is None and rel in {"proposes", "demands"} and any(
                        c.dep_ == "mark" and c.lower_ == "for" for c in target_tok.children):
                    fs = next((c for c in target_tok.children if c.dep_ == "nsubj"), None)
                    m = self.ctx.resolver.resolve(fs) if fs is not None else None
                    if m is not None:  # "set a deadline for Iraq to destroy its missiles": Iraq is asked
                        addressee = m.actor
            else:
                target_tok = blamed_on(tok) or obj
                if rel == "accuses" and (owner := failed_owner(obj)) is not None:
                    target_tok = owner  # "blamed the company's failure to invest": the company, not its failure
                if not want_actor and (act := act_kept_from(self.ctx, tok, obj)) is not None:
                    target_tok = act  # "block Venezuela from taking the presidency": the act, not the actor
                if rel in {"proposes", "demands"} and not want_actor:
                    # "invited Abbas to direct talks": the invitee is the addressee
                    m = self.ctx.resolver.resolve(obj)
                    pp = next((pobj(c) for c in tok.children if c.dep_ == "prep" and c.lower_ in {"for", "to", "into"}
                               and pobj(c) is not None), None)
                    if m is not None and pp is not None:
                        addressee, target_tok = m.actor, pp
                    elif m is not None and (served := served_by(tok)) is not None:
                        target_tok = served  # "offered the Vatican as a venue for talks": the talks, no addressee
        xcomp = next((c for c in tok.children if c.dep_ in {"xcomp", "ccomp"} and not joined_clause(self.lex, c)), None) \
            or committed_to(tok) or asked_to(tok)
        if rel in {"demands", "proposes"} and obj is not None and xcomp is not None and not want_actor:
            m = self.ctx.resolver.resolve(obj)
            if m is not None:  # "urged Moscow to uphold a ceasefire"
                addressee = m.actor
                target_tok = xcomp
            elif (xcomp.dep_ == "xcomp" and any(c.lower_ == "to" for c in xcomp.children)) or (
                    xcomp.dep_ == "advcl" and infinitive(xcomp)) or xcomp.dep_ == "acl":  # ("pressed the leader to explain")
                target_tok = xcomp  # "urged the West to lift the sanctions": an addressee the gazetteer lacks
        if target_tok is None and xcomp is not None:
            inner = verbal_cue(self.lex, xcomp)
            if inner is not None and inner.relation not in IRREALIS_HEADS and (rel not in IRREALIS_HEADS or (
                    lemma in COMMITTING and inner.relation in STANCES and (xcomp.dep_ == "xcomp" or (
                        negated(xcomp) and to_come(xcomp))))) \
                    and not (inner.relation == "consults" and not self.meets_someone(xcomp)):
                return  # "decided to support a ceasefire", "pledged to support Greece": the inner cue speaks
                # (not a meeting with no one: "was ready to host the talks" accepts them)
            if xcomp.dep_ == "ccomp" and rel in {"demands", "proposes", "threatens"}:
                subj = next((c for c in xcomp.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                sm = self.ctx.resolver.resolve(subj) if subj is not None else None
                if sm is not None:  # "insisting that Putin must agree to a cease-fire"
                    addressee = sm.actor
                    target_tok = xcomp
                else:  # "proposed that direct talks take place", "expects the West to lift the sanctions"
                    target_tok = xcomp
            else:
                target_tok = xcomp
        if target_tok is None and want_actor:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in CONSULT_PREPS | {"for"}:
                    target_tok = pobj(c)
                    break
        if target_tok is None:
            # an adjective takes its issue from more prepositions: "concerned about / by the violence", "critical of"
            preps = {"for", "on", "to", "against"} | ({"about", "over", "at", "by", "with", "of"} if tok.pos_ == "ADJ" or feeling(self.lex, tok) else set())
            phrasal = cue.particle is not None and cue.particle.dep_ in {"prt", "advmod"}
            if phrasal:
                preps |= {"at", "from", "over", "about"}  # "hit out at the Tories", "spoke out about Clinton"
            # (an adjective's preposition the parser hung on its copula: 'was "grateful" for the efforts')
            on_copula = [c for c in tok.head.children if c.i > tok.i] if (tok.pos_ == "ADJ" or feeling(self.lex, tok)) \
                and tok.dep_ == "acomp" else []
            for c in [*tok.children, *(cue.particle.children if phrasal else []), *on_copula]:
                if c.dep_ in {"prep", "agent"} and c.lower_ in preps:
                    target_tok = pobj(c)
                    break
        if target_tok is None and obj is None and tok.dep_ == "advcl" and tok.head.pos_ in {"VERB", "AUX"} and any(
                c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
            target_tok = tok.head  # "must scrap the tax, as the unions have demanded": the clause it echoes
        if target_tok is None and tok.dep_ == "relcl" and tok.head.pos_ in {"NOUN", "PROPN"} and not passive(tok) \
                and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in tok.children):
            target_tok = tok.head  # "the deal Labour opposes": the relative clause's object is its noun
        if rel == "threatens" and obj is not None and xcomp is not None and xcomp.dep_ == "xcomp" and xcomp.pos_ in {"VERB", "AUX"}:
            # "warned the rebels to lay down their arms": a demand; "warned Mr Brown not to use the cash
            # on bribes": a demand to refrain, which opposes the act
            m = self.ctx.resolver.resolve(obj)
            rel, target_tok, addressee = "demands", xcomp, m.actor if m is not None else None
        if rel == "threatens":
            self.threat(actor, tok, relayed)
            return
        if target_tok is not None and target_tok.lower_ in {"other", "another"} and any(
                c.lower_ in {"each", "one"} for c in target_tok.children) or (
                rel == "consults" and len(actor.parts) > 1 and mutual_talks(self.lex, tok, obj, target_tok)):
            # "Russia and Ukraine accused each other", "May and Macron met", "Ruto and Modi held talks":
            # every member acts on every other; a meeting once, the first named meeting the rest (the
            # gold codes no reverse consultation: 0 of 37 on train, 0 of 100 in the pool; pool +3 right)
            parts = actor.parts
            for a in parts if rel != "consults" else parts[:1]:
                for b in parts:
                    if a.actor != b.actor:
                        self.drafts.append(Draft(a, rel, b.actor, (), cue=tok, reported_by=relayed, confidence=0.65))
            return
        if (out := ruled_out(tok, target_tok, obj) if rel in {"proposes", "supports"} else None) == "drop":
            return  # "promised he would never raise taxes": an act of one's own ruled out, its own cue speaks
        rel = "rejects" if out == "rejects" else rel  # "vowed the airport would never be built", "vows it will not happen"
        refrain = False
        if target_tok is not None and target_tok.dep_ == "xcomp" and target_tok.head == tok and negated(target_tok) \
                and not negated(tok):  # "vowed not to repeat", "urged Beijing not to establish a zone" (not "was not willing to")
            refrain = rel == "demands"  # a demand to refrain stays a demand (``refrained_acts``)
            if (rel := rel if refrain else self.lex.negation.get(rel)) is None:
                return
        elif (target_tok is not None and target_tok.head == tok and rel == "supports" and infinitive(target_tok)
              and target_tok.lemma_.lower() in self.lex.opposing_acts and object_of(target_tok) is not None):
            rel, target_tok = "opposes", object_of(target_tok)  # "vowed to fight the deployment"
        elif target_tok is not None and rel in {"supports", "demands"} and (against := fought(self.lex, target_tok)) is not None:
            rel, target_tok = "opposes", against  # "vowed to keep up their fight against top-up fees"
        target, quals, tm = target_from(self.ctx, target_tok, want_actor=want_actor)
        if rel == "accuses" and not isinstance(target, Actor) and target_tok is obj and (side := accused_body(self.lex, obj)):
            target, quals = Topic(label=side), ()  # "blamed the opposition for the collapse of the talks"
        if target is None and (target := asked_act(self.lex, rel, target_tok)) is None:
            return  # (an act asked with an object that names no issue: ``acts.asked_act``)
        rel, target = refrained(rel, target, target_tok) if refrain else (rel, target)
        if rel == "accepts" and tok.lemma_.lower() == "sign" and target_tok is not None and (
                target_tok.lemma_.lower() in self.lex.documents | {"motion", "order"}):
            return  # "signed a letter calling for an inquiry": what the paper says is the position, not the paper
        if rel == "consults" and target_tok is not None and target_tok.pos_ == "NOUN" and any(
                c.dep_ == "nummod" and c.like_num for c in target_tok.children):
            return  # "Ankara hosts 2.7 million Syrian refugees": a population counted, not a party met
        if rel == "consults" and not isinstance(target, Actor):
            met = self.met_unnamed(tok, target_tok)
            if met is None:
                return
            target = met
        if rel == "consults" and tm is not None and target_tok is not None and target_tok.pos_ == "NOUN" and not (
                tm.span.start <= target_tok.idx < tm.span.end) and (m := self.named_or_described(target_tok, subject=False)):
            target = m.actor  # "met the Liberal leader", "met relatives of Russian journalists": whom the noun describes
        if rel == "consults" and tm is not None and tm.how == "pronoun" and self.praisers_side(tok, tm.actor):
            return  # "the UN envoy praised Kuwait for hosting them": the act praised meets no side of the praiser's
        if rel == "consults" and tm is not None and tm.how == "pronoun" and tm.span.text.lower() in {"it", "its"}:
            return  # "return to visit it": a place, more often than a state
        if isinstance(target, Actor) and target == actor.actor:
            return
        if isinstance(target, Actor) and rel in {"demands", "proposes", "accepts"} and target_tok is not None \
                and nominal_cue(self.lex, target_tok) is not None and (ext := of_extension(target_tok)) is not None:
            # "refuses to disavow the endorsement of Graham": the act accepted, no coordination past it
            target, target_tok = Topic(label=label_of(np_tokens(target_tok) + ext)), None
        if rel in {"supports", "praises"} and (merit := merit_owner(self.ctx, target_tok)) is not None and merit != actor.actor:
            rel, target, quals = "praises", merit, ()  # "welcomed Obama's leadership", "admire his courage": the leader
        if rel == "supports" and lemma in GRATITUDE and (isinstance(target, Actor) or gratitude_to(tok, target_tok) or (
                target_tok is not None and described_person(self.lex, target_tok))):
            rel = "praises"  # "was grateful to Germany", "proud of the nurses": thanks to a party praise it
        if isinstance(target, Actor) and rel in {"demands", "proposes"} and (act := act_on_party(target_tok, target.label)):
            target = Topic(label=act)  # "called on the government to recognise Palestine"
        if isinstance(target, Actor) and rel in {"demands", "proposes", "accepts"}:
            return  # "making a demand of Obama", "ready to do it before this Congress": an addressee, no issue
        conf = 0.8 if actor.how in {"name", "alias"} else 0.65
        d = Draft(actor, rel, target, quals, addressee=addressee, cue=tok, reported_by=relayed,
                  confidence=conf - 0.1 * bool(relayed))
        self.add_coordinated(d, None if isinstance(target, Actor) and rel != "consults" else target_tok)
        self.add_apposed_names(d, target_tok)
        if rel == "demands" and target_tok is not None and target_tok.pos_ in {"VERB", "AUX"}:
            self.ultimatum(actor, target_tok, addressee, relayed)
