"""Positions named by nouns and pledges: "Russia's offer of direct talks", "criticism from
Labour MPs", "has come out in support of Cruz", "the party would scrap tuition fees". The
sentence extractor's noun rules (mixed into ``kg.extract.statements.SentenceExtractor``)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import ACTOR_TARGET, ASPECT_VERBS, Cue, object_of, pobj, retreat, to_come, verbal_cue
from kg.extract.headlines import colon_clause, headline_plan
from kg.extract.threats import own_side, spoken_for, taking_part
from kg.extract.conjuncts import shares_will
from kg.extract.subjects import agent_of, subject_of
from kg.extract.context import Draft
from kg.extract.mentions import Mention
from kg.extract.modality import hypothetical, negated
from kg.extract.pronoun_places import teller
from kg.extract.acts import verb_phrase
from kg.extract.consequences import price_to_pay
from kg.extract.coercion_refused import coerced_side, coercion_refused
from kg.extract.held_idioms import no_objection
from kg.extract.merits import esteemed, thanks_to, thanks_voiced
from kg.extract.nominal_targets import follow_nominal, hung_after, stance_verb
from kg.extract.target_tokens import target_from
from kg.records import Actor, Topic

# verbs of withdrawing, alone or with out/aside/down: "in favour of" after them names a beneficiary, no stance
WITHDRAWALS = {"withdraw", "resign", "quit"}
STEPPING = {"drop", "step", "stand", "pull", "bow"}
PLEDGERS = {"person", "organisation", "group"}  # a country that "will cut" supplies threatens more often
CONTINUING = frozenset({"continue", "keep"})  # "will continue to pursue", "will keep preserving"
# verbs whose refusal is no comment, not a position: "Christie wouldn't discuss whether ..."
DISCUSSING = frozenset({"discuss", "comment", "speculate", "elaborate", "disclose", "reveal", "detail"})
# weighing a thing announced is no stand on it: "said it would study the ruling carefully", "would consider the report"
# (7 of the 8 such proposals on the probes were wrong, none on train; probebbc19); refused, it rejects ("would not consider")
WEIGHING = frozenset({"consider", "study", "examine", "weigh", "ponder", "scrutinise", "scrutinize", "digest"})
# the places whose leader speaks for them as "the city", "the state" ("Mayor Johnson said the city will not assist")
POLITIES = frozenset({"city", "state", "country", "nation", "province"})
# verbs that take back a stance their object names: "withdrew its support for the deal", "dropped its
# objection to the plan" (the stance flips, as "no longer supports" does)
RETRACTING = frozenset({"withdraw", "drop", "abandon", "retract", "revoke", "rescind", "end", "pull"})
# a noun's act with "not to": a pledge or a call to refrain from the act
REFRAINING = {"proposes": "rejects", "demands": "opposes", "supports": "opposes"}
STANCES = frozenset({"supports", "opposes", "praises"})
# the relations of a stance on an act someone else made ("rejected their demand", "accepted his offer");
# not "supports": one defends or reiterates one's own ("defended his call to raise the minimum wage")
OTHERS_ACTS = frozenset({"rejects", "opposes", "accepts", "praises", "accuses"})  # the relations of nouns of feeling and stance


# verbs that answer with an act of their own ("responded with a call for calm")
ANSWERING = frozenset({"respond", "react", "reply", "answer", "counter", "retaliate", "hit"})


def wielder(noun: Token) -> Token | None:
    """Who acts by a noun's act used as a means ("Cruz electrified the crowds with speeches and promises to
    shake things up", "answered with a call for calm"): the subject of the verb the "with" hangs on (or on
    its object), where that verb acts on an object of its own or answers; "agreed with the proposal", "took
    issue with the plan" take another's act. Train 0.5109 -> 0.5115 (Cruz, not the teller), dev 0.3219 =."""
    while noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head  # "with speeches and promises"
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.dep_ != "prep":
        return None
    host = prep.head
    if host.pos_ in {"NOUN", "PROPN"} and host.dep_ in {"dobj", "pobj"}:  # "electrified [the crowds with ...]"
        verb = host.head if host.dep_ == "dobj" else host.head.head
        owns = host.dep_ == "dobj" or host.head.lower_ == "over"
    else:
        verb = host
        owns = any(c.dep_ in {"dobj", "prt"} and c.lemma_.lower() != "issue" or c.dep_ == "prep" and c.lower_ == "over"
                   for c in verb.children)
    if verb.pos_ != "VERB" or not (owns or verb.lemma_.lower() in ANSWERING):
        return None
    return subject_of(verb)


class NominalRules:
    """Mixed into ``kg.extract.statements.SentenceExtractor`` (its ``lex``, ``ctx``, ``add``,
    ``actor_of`` and ``named_or_described``)."""

    # "Russia's offer of direct talks", "the call for a ceasefire by European leaders"
    def nominal(self, cue: Cue) -> None:
        noun = cue.token
        if noun.head.lemma_.lower() in self.lex.light_verbs and noun.dep_ == "dobj":
            return  # the light verb speaks
        if no_objection(noun):
            return  # "has no objection to the talks": consent (HeldIdiomRules), no objection
        if noun.lemma_.lower() in self.lex.light_only or noun.lower_ in self.lex.light_only:
            return  # "Labour's election hopes": a prospect, no stance, without a light verb
        actor_tok = next((c for c in noun.children if c.dep_ == "poss"), None)
        received = noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.lex.receiving_verbs
        if actor_tok is None:
            for c in [*noun.children, *(noun.head.children if received else ())]:
                if c.dep_ == "prep" and c.lower_ in {"by", "from"} and (c.head == noun or c.lower_ == "by" or received):
                    actor_tok = pobj(c)
                if c.dep_ in {"acl", "relcl"} and c.tag_ == "VBN":
                    actor_tok = agent_of(c) or actor_tok
        if actor_tok is None:  # "the call for a ceasefire by European leaders": the by-phrase hangs lower
            inner = follow_nominal(self.lex, noun)
            if inner is not None and inner.i > noun.i:
                actor_tok = next((pobj(c) for c in inner.children if c.dep_ == "prep" and c.lower_ == "by"
                                  and pobj(c) is not None), None)
        if actor_tok is None:  # "won over the crowds with promises to cut taxes": the one who wins them
            actor_tok = wielder(noun)
        if actor_tok is None:  # "an American proposal", "the US offer"; "rejected opposition calls for his resignation"
            actor_tok = next((c for c in noun.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < noun.i
                              and (c.ent_type_ in {"NORP", "GPE", "ORG"} or self.collective(c))), None)
        if actor_tok is None and (held := esteemed(noun)) is not None:
            self.thanks_given(noun, *held)  # "I have great respect for the mayor": praise held for a party
            return
        if actor_tok is None and self.speaker_for(noun) is not None and (party := thanks_voiced(noun)) is not None:
            self.thanks_given(noun, noun, party)  # '"Huge thanks to the nurses," she said': the speaker's own
            return
        if actor_tok is None and noun.dep_ == "ROOT":
            return
        if actor_tok is None and noun.dep_ == "pobj" and noun.head.lower_ == "in" and (verb := stance_verb(noun)) is not None:
            self.in_favour(cue, verb)  # "Graham has come out in support of Cruz"
            return
        if actor_tok is None:
            return
        if (party := thanks_to(noun)) is not None:
            self.thanks_given(noun, actor_tok, party)
            return
        # a "by" or "from" phrase may be described ("criticism from Labour MPs"), and a possessive of an act
        # spoken ("the teaching unions' demand for a pay rise"), not of a feeling or stance the writer ascribes
        # ("colleagues' concerns", "party elites' support": train 2 of 2 wrong); else named or nothing
        described = actor_tok.dep_ == "pobj" or (actor_tok.dep_ == "poss" and cue.relation not in STANCES)
        actor = self.named_or_described(actor_tok, subject=not described)
        if actor is None or self.stance_on_own(noun, actor_tok, actor):
            return
        target_tok = follow_nominal(self.lex, noun)
        if target_tok is None and received:
            # "the plan drew criticism from Labour MPs": the plan is criticised; "..., drawing a protest from China":
            # the act of the clause the participle hangs on
            target_tok = self.received_act(noun.head) or subject_of(noun.head)
        relation = cue.relation
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() == "break":
            return  # "had broken their promises on tax": a wrong told of them (WrongdoingRules), no proposal
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in RETRACTING:
            relation = self.lex.negation.get(relation)  # "withdrew its support for the deal" opposes it
            if relation is None:
                return
        if target_tok is not None and target_tok.pos_ in {"VERB", "AUX"} and negated(target_tok):
            relation = REFRAINING.get(relation)  # "his pledge not to do post-election deals" rejects them
            if relation is None:
                return
        target, quals, _ = target_from(self.ctx, target_tok, want_actor=relation in ACTOR_TARGET)
        if target is None or (isinstance(target, Actor) and target == actor.actor):
            return
        self.add(Draft(actor, relation, target, quals, cue=noun, confidence=0.6))

    def collective(self, tok: Token) -> bool:
        """A body named by a collective noun before an act of its own ("opposition calls", "opposition demands")."""
        return tok.dep_ == "compound" and tok.ent_type_ == "" and tok.lemma_.lower() in self.lex.collective_nouns

    def received_act(self, verb: Token) -> Token | None:
        """"Seoul said it would deploy a missile shield, drawing a protest from China": a participle with no
        subject of its own receives the act its clause names (the shield), not that clause's actor."""
        if verb.dep_ != "advcl" or verb.tag_ != "VBG" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            return None
        head = verb.head
        if head.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
            head = head.head  # "would deploy a shield to counter the threat, drawing ...": the act, not its aim
        if head.lemma_.lower() in self.lex.speech:  # "said it would deploy ...": the act said
            head = next((c for c in head.children if c.dep_ == "ccomp"), head)
        return object_of(head)

    def thanks_given(self, noun: Token, owner: Token, party: Token) -> None:
        """'"My thanks go to the nurses," Lopez said': thanks owned by a speaker ("my", "our": the
        quotation's speaker) or a named party and given to another praise it."""
        speaker = self.speaker_for(noun)
        actor = speaker if owner.lower_ in {"my", "our", "i", "we"} or owner == noun else self.ctx.resolver.resolve(owner, speaker)
        target, quals, _ = target_from(self.ctx, party, want_actor=True)
        if actor is None or target is None or hypothetical(noun) or negated(noun.head) or (
                isinstance(target, Actor) and target == actor.actor):
            return
        self.add(Draft(actor, "praises", target, quals, cue=noun, confidence=0.6))

    def stance_on_own(self, noun: Token, owner: Token, actor: Mention) -> bool:
        """"The minister dismissed their demand": a pronoun owning the act that the verb takes a stance
        on is someone else than the one who takes it (the resolver may read it as the clause's subject)."""
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
        if owner.pos_ != "PRON" or noun.dep_ not in {"dobj", "pobj"} or (cue := verbal_cue(self.lex, verb)) is None \
                or cue.relation not in OTHERS_ACTS or verb.lemma_.lower() in RETRACTING:
            return False
        own, _ = self.actor_of(cue)
        return own is not None and own.actor == actor.actor

    def in_favour(self, cue: Cue, verb: Token) -> None:
        """'has come out in support of Cruz', 'has always been in favour of ID cards': the
        verb's subject takes the stance the noun names."""
        lemma = verb.lemma_.lower()
        if hypothetical(verb) or negated(verb) or cue.relation != "opposes" and (lemma in WITHDRAWALS or (
                lemma in STEPPING and any(c.dep_ == "prt" and c.lower_ in {"out", "aside", "down"} for c in verb.children))):
            return  # "drop out in favour of his running mate": a withdrawal, no stance ("resigned in protest over" is one)
        actor, relayed = self.actor_of(Cue(verb, cue.relation))
        about = follow_nominal(self.lex, cue.token) or hung_after(self.lex, cue.token)
        target, quals, _ = target_from(self.ctx, about, want_actor=cue.relation in ACTOR_TARGET)
        if actor is None or target is None or (isinstance(target, Actor) and target == actor.actor):
            return
        self.add(Draft(actor, cue.relation, target, quals, cue=cue.token, reported_by=relayed, confidence=0.6))

    # "The party would scrap tuition fees", "Labour will cut taxes": a pledge of one's own act
    def pledge(self, tok: Token) -> None:
        if (tok.dep_ not in {"ROOT", "ccomp", "conj"} and headline_plan(tok) is None and not colon_clause(tok)) \
                or object_of(tok) is None \
                or not (to_come(tok) or shares_will(tok)):
            return
        if hypothetical(tok) or verbal_cue(self.lex, tok) is not None or price_to_pay(tok):
            return  # ("would pay a price": a cost foretold, no pledge; see ``consequence``)
        rel = "rejects" if negated(tok) else "proposes"  # "Labour will not raise income tax" rules the rise out
        fight = tok.lemma_.lower() in self.lex.opposing_acts
        if fight and (rel == "rejects" or headline_plan(tok) is None):
            return  # "Lords to fight tuition fees plan" (probebbc): a fight to come, told in a headline, opposes
        if tok.dep_ == "ccomp" and self.lex.verbs.get(tok.head.lemma_.lower()) == "threatens":
            return  # a warning's: the warner's threat ("we will cut aid") or its fear ("the Tories would cut")
        subj = subject_of(tok)
        if subj is not None and subj.pos_ in {"NOUN", "PROPN"} \
                and subj.lemma_.lower() not in self.lex.institution_nouns \
                and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children):
            m = self.named_or_described(subj)
            if m is None:
                return  # "the reintroduction of capital punishment would end Turkey's hopes": a thing's effect
                # (a body is no thing: "said her party would scrap the tax")
            if tok.dep_ == "ccomp" and m.how == "description":
                return  # "said patients would pay the price": a forecast of others' act, not the speaker's pledge
        actor, relayed = self.actor_of(Cue(tok, "proposes"))
        if actor is None or actor.actor.kind not in PLEDGERS:
            return
        target, quals, _ = target_from(self.ctx, object_of(tok) if fight else tok)
        rel = "opposes" if fight else rel
        if target is None or isinstance(target, Actor) or (rel == "rejects" and bool(relayed)):
            return  # ("Labour said the Tories would not cut taxes": a forecast of theirs, no refusal)
        self.add(Draft(actor, rel, target, quals, cue=tok, reported_by=relayed, confidence=0.6))

    # "South Korea and the United States said they would deploy a missile defence system", "she said she
    # would initiate talks": any act of one's own to come, announced under a reporting verb, is proposed
    def announced(self, tok: Token) -> None:
        if tok.pos_ != "VERB" or tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in self.lex.speech \
                or tok.lemma_.lower() in self.lex.pledge_verbs or not to_come(tok):
            return
        if self.lex.verbs.get(tok.head.lemma_.lower()) == "threatens":
            return  # "warned that it would close the strait": the warner's threat (ConditionalRules), as for a pledge
        if object_of(tok) is None and not any(c.dep_ in {"prt", "prep"} for c in tok.children):
            return
        if self.quote_of(tok) is not None or hypothetical(tok) or negated(tok) or verbal_cue(self.lex, tok) is not None \
                or tok.lemma_.lower() in self.lex.speech | DISCUSSING | WEIGHING | self.lex.consequence_verbs \
                | self.lex.receiving_verbs:  # "said the government would receive 25% of the revenue": a gain, no act
            return
        subj = subject_of(tok)
        if subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in self.lex.institution_nouns:
            # "Netanyahu said his government would allow ...": the body the speaker's own pronoun owns
            subj = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PRON"), subj)
        if subj is None or subj.lower_ in {"there", "this", "that"} or (
                subj.lower_ == "it" and teller(self.lex, subj) is None):
            return  # "it" only as the body that tells of its own act ("the ministry said it would open ...")
        actor, relayed = self.actor_of(Cue(tok, "proposes"))
        if actor is None or relayed:
            return
        own = self.ctx.resolver.resolve(subj, self.speaker_for(tok))
        if subj.pos_ != "PRON" and (not self.speaks_for(subj, own, actor, tok)
                                    or any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children)):
            return  # "the economist said prices would rise": no body of the speaker's own; "Russia would regard
            # troops as targets" threatens (probes); "Canada will fight the tariffs" opposes them (below)
        if subj.pos_ == "PRON" and (own is None or own.actor != actor.actor):
            return  # "Labour said the Tories would cut taxes": a forecast of someone else's act
        obj = object_of(tok)  # "the city would hold the march": the march, not the city (an aspect verb's subject)
        if obj is not None and tok.lemma_.lower() in self.lex.opposing_acts:
            # "Liberty said it would challenge the orders", "Labour said it would fight the plans", "she said the
            # party would fight the merger": a fight of one's own announced opposes its object (probebbc8, 15)
            target, quals, _ = target_from(self.ctx, obj)
            if target is not None:
                self.add(Draft(actor, "opposes", target, quals, cue=tok, reported_by=relayed, confidence=0.6))
            return
        if obj is not None and self.lex.nouns.get(obj.lemma_.lower()) in {"demands", "proposes"}:
            return  # "Washington would consider any extradition request": an answer to another's act (probes)
        target, quals, _ = target_from(self.ctx, obj if subj.pos_ != "PRON" and obj is not None
                                       and tok.lemma_.lower() in ASPECT_VERBS else tok)
        if target is None or isinstance(target, Actor):
            return
        self.add(Draft(actor, "proposes", target, quals, cue=tok, reported_by=relayed, confidence=0.55))

    # "Duterte said he would not surrender the country's rights", '"We will not pay for the wall"':
    # an act of one's own to come, refused
    def refusal(self, tok: Token) -> None:
        if tok.pos_ != "VERB" or tok.dep_ not in {"ROOT", "ccomp", "conj"} or not negated(tok) or not to_come(tok):
            return
        if retreat(tok):
            self.held_firm(tok)
            return
        if hypothetical(tok) or verbal_cue(self.lex, tok) is not None or tok.lemma_.lower() in self.lex.speech | DISCUSSING:
            return  # a cue's negation is read by the cue ("would not accept" rejects); "wouldn't discuss" is no comment
        coercion = coercion_refused(tok)  # "Paris will not be bullied": the bullying refused
        if coercion is None and object_of(tok) is None and not any(c.dep_ == "prep" and pobj(c) is not None for c in tok.children):
            return  # "will not kneel": no act named
        subj = subject_of(tok) or (coerced_side(tok) if coercion is not None else None)
        actor, relayed = self.actor_of(Cue(tok, "rejects"))
        if actor is None or relayed or subj is None:
            return
        own = self.ctx.resolver.resolve(subj, self.speaker_for(tok))
        if own is None and actor.actor.kind == "person" and self.own_polity(subj, actor):
            own = actor  # "the mayor said the city will not assist federal agents": the city's leader refuses
        if own is None and self.owned_by(subj, actor):
            own = actor  # "the senator said his panel would not schedule hearings": his body's refusal is his
        if own is None and actor.actor.kind == "person" and spoken_for(self.lex, tok, actor.actor, subj):
            own = actor  # "the spokesman said the group would not withdraw" (probes)
        if own is None or (own.actor != actor.actor and actor.actor.country != own.actor.label and not (
                own.actor.kind == "country" and actor.actor.kind == "person" and actor.actor.country is None)):
            return  # "Labour said the Tories would not cut taxes": a forecast of someone else's act (but "Prime
            # Minister Ousmane Sonko said Senegal would not restructure its debt": a country, his of none known)
        lacked = next((pobj(c) for c in tok.children if c.dep_ == "prep" and c.lower_ == "without"), None)
        if object_of(tok) is None and lacked is not None:  # two negations insist on the thing lacked
            self.insisted(actor, tok, lacked)  # '"We will not leave without a solution"' demands one
            return
        taken_part = taking_part(tok)
        if coercion is not None:
            target, quals = Topic(label=coercion), ()
        elif taken_part is not None:  # "would not take part in a new arms race": the race, not "part"
            target, quals, _ = target_from(self.ctx, taken_part)
        elif object_of(tok) is None:  # "will not pay for the wall": the act, not the wall
            target, quals = Topic(label=verb_phrase(tok)), ()
        else:
            target, quals, _ = target_from(self.ctx, tok)
        if target is None or isinstance(target, Actor):
            return
        self.add(Draft(actor, "rejects", target, quals, cue=tok, reported_by=relayed, confidence=0.55))

    def insisted(self, actor: Mention, tok: Token, lacked: Token) -> None:
        """"We will not leave without a solution": an act refused without the thing, which is demanded
        (kg read it as rejecting "leave without solution")."""
        target, quals, _ = target_from(self.ctx, lacked)
        if target is not None and not isinstance(target, Actor):
            self.add(Draft(actor, "demands", target, quals, cue=tok, confidence=0.55))

    # "said he would not back down on the tariffs", "will not budge on its demands": a retreat refused
    # keeps the stance on what it would give up; "would not hesitate to ..." refuses no act
    def held_firm(self, tok: Token) -> None:
        if hypothetical(tok):
            return
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"on", "from", "over"}), None)
        issue = pobj(prep) if prep is not None else None
        if issue is not None:
            self.take_position(tok, "supports", issue, tok)

    def speaks_for(self, subj: Token, own: Mention | None, actor: Mention, verb: Token | None = None) -> bool:
        """"Blair said Britain would keep its troops in Iraq", "the mayor said the city would hold the
        march": a person's act to come for the country or city he speaks for is his proposal (probes: 7 such
        misses), as his refusal is; another body's is a forecast."""
        if actor.actor.kind != "person":
            return False
        if own is None:
            return self.own_polity(subj, actor) or self.owned_by(subj, actor) or (verb is not None and spoken_for(self.lex, verb, actor.actor, subj))
        return own.actor == actor.actor or (actor.actor.country is not None and actor.actor.country == own.actor.label) \
            or (verb is not None and spoken_for(self.lex, verb, actor.actor, subj))  # "Chairman X said the commission would"

    def own_polity(self, subj: Token, actor: Mention) -> bool:
        """"the city", "his country": the place a person speaks for ("Fico said his country would not take part
        in a new arms race", world probe), "his" where it is read as the speaker or not read at all."""
        if subj.lemma_.lower() not in POLITIES:
            return False
        poss = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ in {"his", "her", "our"}), None)
        if poss is None:
            return any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)
        m = self.ctx.resolver.resolve(poss, self.speaker_for(poss))
        return m is None or m.actor == actor.actor

    def owned_by(self, subj: Token, actor: Mention) -> bool:
        """"his panel", "her party": a body the actor's own pronoun owns, whose act to come the actor
        announces. "his"/"her" after a speaker named by his role ("the Iowa senator said his panel") is his,
        whoever the resolver reads it as; another pronoun is his when unread or read as him."""
        if not own_side(self.lex, subj):
            return False
        poss = next(c for c in subj.children if c.dep_ == "poss")
        m = self.ctx.resolver.resolve(poss, self.speaker_for(poss))
        return m is None or m.actor == actor.actor or (actor.how in {"description", "role"} and poss.lower_ in {"his", "her"})

    # "Labour will continue to pursue controversial reforms", "China will keep preserving relations":
    # an act of one's own kept up is supported
    def continuing(self, tok: Token) -> None:
        if tok.lemma_.lower() not in CONTINUING or tok.dep_ not in {"ROOT", "ccomp", "conj"} or not to_come(tok):
            return
        act = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        obj = None if act is None else object_of(act) or next(
            (object_of(c) for c in act.children if c.dep_ == "conj" and object_of(c) is not None), None)
        if obj is None or hypothetical(tok) or negated(tok):
            return
        if verbal_cue(self.lex, act) is not None or act.lemma_.lower() in self.lex.speech | DISCUSSING:
            return  # "will continue to support the plan": the inner cue speaks
        self.take_position(tok, "supports", obj, tok)
