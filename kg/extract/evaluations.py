"""Evaluative rules of the sentence extractor: evaluated predicates ("called
the sanctions useless"), stance nouns and threatened consequences (reported
wrongdoing is in ``wrongs``; obligations, goals and "no more X" in ``obligations``). A mixin of
``SentenceExtractor``: the methods use its context, drafts and ``add``."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import (ATTEMPT_NOUNS, CARRIER_VERBS, COPULAS, Cue, object_of, pobj,
                                stance_cue, to_come, verbal_cue)
from kg.extract.misattached import object_before
from kg.extract.subjects import NO_ONE, object_as_subject, speech_frame, subject_of
from kg.extract.feelings import minded
from kg.extract.context import Draft
from kg.extract.consequences import (answer_threatened, answer_to_any, answer_vowed, failing_subject, price_to_pay,
                                     own_act_on_condition, own_threat, unhesitating, withheld_act, withholding)
from kg.extract.target_tokens import described_person, placing_act, target_from
from kg.extract.quote_stances import person_said_of, said_of
from kg.extract.targets import normalise
from kg.extract.valence import strong_valence
from kg.extract.outcomes import denied_effect, outcome
from kg.extract.reported_evaluation import verdict
from kg.extract.verdict_shapes import (BURDENS, FRAMING_ACTS, GOODS, IMPUTED_MOTIVES, JUDGED_PARTIES, PERSON_VERDICTS,
                                      OF_JUDGED, as_what, heading, content_clause, hostile_sister, left_undone, needed,
                                      chosen, direction, excessive, for_to_clause, performance, plain_verdict,
                                      praised_performance, quoted_label, SERVING, ability_only, sole_way, short_of)
from kg.extract.merits import QUALITIES
from kg.extract.conditional_threats import CAUSING, HOSTILE_ACTS, condition_of, court_challenge, own_success, side_speaker, vowed
from kg.extract.participle_verdicts import ParticipleVerdicts, hyphened
from kg.extract.penalties_faced import price_words, wrongdoers_pay
from kg.extract.modality import governing_cue, hypothetical, negated
from kg.lexicon import fold
from kg.records import Actor, Target, Topic


class EvaluativeRules(ParticipleVerdicts):
    """Rules that read a stance from an evaluation rather than a cue verb."""

    def judges_person(self, tok: Token) -> bool:
        """``tok`` (the judged or its verdict) names a person or people: "the police", "a great leader",
        "had done a great job" (see ``performance``)."""
        return performance(tok) or described_person(self.lex, tok) or (
            tok.pos_ == "NOUN" and (fold(tok.lemma_) in PERSON_VERDICTS or fold(tok.lemma_) in SERVING))

    def polarity_of(self, pred: Token) -> int:
        """+1 / -1 for an evaluative predicate ("useless", "a positive sign",
        "barbaric and illegal"), 0 when it carries no evaluation; "no" turns it ("no solution",
        "no great loss")."""
        words = [pred, *(c for c in pred.children if c.dep_ in {"amod", "compound", "conj", "advmod"})]
        # the whole chain: in "expensive, illiberal and unworkable" the last hangs from the second
        words += [c for c in pred.conjuncts if c not in words and c.i > pred.i]
        if fold(pred.lemma_) in OF_JUDGED:  # "a man of integrity", "an act of aggression": judged by what it is of
            words += [p for c in pred.children if c.dep_ == "prep" and c.lower_ == "of" for p in [pobj(c)] if p is not None]
        words += heading(pred)  # "a step in the right direction", "a recipe for chaos": judged by where it leads
        if pred.lemma_.lower() in ATTEMPT_NOUNS:  # "the poster was an attempt to scare voters": judged by its aim
            words += [c for c in pred.children if c.dep_ in {"acl", "xcomp", "relcl"} and c.pos_ == "VERB"]
        if fold(pred.lemma_) == "welcome" and any(c.dep_ == "xcomp" for c in pred.children):
            return 0  # "said Kilroy-Silk was welcome to go": leave given, often dismissive, no verdict
        turn = -1 if any(c.dep_ == "det" and c.lower_ == "no" for c in pred.children) else 1  # "no solution"
        if excessive(pred):
            return -turn  # "was too little, too late", "too timid": a measure judged wanting (probebbc4 written news)
        if way := direction(pred) or sole_way(pred) or short_of(pred):
            return turn * way  # "a step forward", "a step backwards"
        if fold(pred.lemma_) in IMPUTED_MOTIVES and any(c.dep_ == "advmod" and c.lower_ == "politically" for c in pred.children):
            return -turn
        if turn < 0 and pred.lemma_.lower() == "way" and any(c.dep_ in {"acl", "relcl"} for c in pred.children):
            return -1  # "no way to make law": a way denied, where a way named is no verdict
        if pred.lemma_.lower() in BURDENS and (on := next((pobj(c) for c in pred.children if c.dep_ == "prep"
                                                          and c.lower_ == "on"), None)) is not None:
            if fold(on.lemma_) in GOODS or strong_valence(on.lower_, at_least=1.0) > 0:
                return -turn  # "a tax on aspiration", "a levy on success": a burden laid on a good
        for w in words:
            val = self.lex.evaluations.get(hyphened(w)) or self.lex.evaluations.get(fold(w.lemma_)) or self.lex.evaluations.get(
                fold(w.text))  # "ill-conceived", "non-negotiable", split by the tokenizer, looked up whole first
            if val:
                return turn * (-val if any(c.dep_ == "neg" for c in w.children) else val)
        for w in words:  # words the list lacks, by VADER's ratings: "a betrayal", "a disgrace", "cruel"
            v = strong_valence(w.lower_) if (w.pos_ in {"NOUN", "ADJ"} or w.dep_ in {"acl", "xcomp", "relcl"}) \
                and not minded(w) else 0
            if v:
                return turn * (-v if any(c.dep_ == "neg" for c in w.children) else v)
        if praised_performance(pred) or (fold(pred.lemma_) in PERSON_VERDICTS and any(
                w.lemma_.lower() in QUALITIES and w.head.head == pred for w in words)):
            return turn  # "done a tremendous job", "a woman of integrity": unrated words, still praise
        return 0

    def evaluated(self, tok: Token, target_tok: Token, pol: int, denied: bool = False, doer: bool = False,
                  picked: bool = False) -> None:
        """One evaluation → supports/praises (+) or opposes (-); ``denied``: its negation is read already; ``doer``: the
        verdict makes a person of the judged ("was a great leader"), so praise; ``picked``: one's choice, backed."""
        if hypothetical(tok) or (negated(tok) and not denied) or (
                tok.dep_ == "xcomp" and tok.head.lemma_.lower() in self.lex.reversals):
            return
        # "said it is wrong to deny people the relaxed hours", "important to support Ukraine": a verdict on
        # taking a stance on X is one on X, and a stance, no praise ("support Ukraine" is no praise of Ukraine)
        undone = left_undone(target_tok)  # "a mistake not to extend the ceasefire": a verdict for extending it
        pol = -pol if undone else pol
        taken = stance_cue(self.lex, target_tok) if target_tok.pos_ == "VERB" and (undone or not negated(target_tok)) else None
        stance = taken is not None and object_of(target_tok) is not None
        if stance:
            pol, target_tok = (-pol if taken.relation in {"rejects", "opposes"} else pol), object_of(target_tok)
        if target_tok.pos_ in {"VERB", "AUX"} and negated(target_tok) and not stance and not undone:
            self.failed_to(tok, target_tok, pol)
            return
        if (target_tok.pos_ == "PRON" and fold(target_tok.text) not in JUDGED_PARTIES) \
                or fold(target_tok.text) in {"it", "this", "that"}:  # ("he", "she", "they": the party, resolved below)
            if fold(target_tok.text) not in {"it", "this", "that"}:
                return
            before = object_before(target_tok)  # "welcomed the result, calling it a victory": the result
            target: Target | None = target_from(self.ctx, before)[0] if before is not None else self.judged_it(target_tok)
            quals: tuple[str, ...] = ()
        else:
            # the speaker passed on: in a quotation "he" is another than the one who says "I" ("I have to
            # say he has been a prudent chancellor"), where unpassed the resolver gave the speaker, a self-verdict dropped
            m = self.ctx.resolver.resolve(target_tok, self.speaker_for(tok) if fold(target_tok.text) in JUDGED_PARTIES else None)
            # '"He has done a fantastic job," Trump said of Pompeo': the one the quotation is said of
            of = person_said_of(self.ctx, target_tok) if self.speaker_for(target_tok) is not None else None
            m = None if of is not None else m
            if fold(target_tok.text) == "they" and (m is None or m.actor.kind != "group"):
                return  # "they" that names no group is things, or a body named in passing, as often (train:
                # '"They've been very clever," he said' after "director of ... at the University of Texas")
            act = None if m is not None or of is not None else self.act_of(target_tok)
            if of is not None:
                target, quals = of, ()
            elif act is not None:
                target, quals = act, ()
            else:
                target, quals = (m.actor, ()) if m is not None else target_from(self.ctx, target_tok)[:2]
        if target is None:
            return
        person = isinstance(target, Actor) or doer or self.judges_person(target_tok)  # "said the police were heroes"
        rel = "opposes" if pol < 0 else ("praises" if person and not stance and not picked else "supports")
        if rel == "supports" and not stance and needed(tok, target_tok):
            rel = "demands"  # "said it was vital that rises were kept down": an act called for
        if target_tok.dep_ in {"nsubj", "nsubjpass", "csubj"} and target_tok.head == tok:
            # "Labour said the cuts are dangerous": the judged subject is no judge; who says so is
            frame = speech_frame(self.lex, tok)
            actor, relayed = self.actor_of(Cue(frame, rel)) if frame is not None else (self.speaker_for(tok), ())
        else:
            actor, relayed = self.actor_of(Cue(tok, rel))
        if actor is None or (isinstance(target, Actor) and (target == actor.actor or set(
                target.label.lower().split()) <= set(actor.actor.label.lower().split()))):
            return  # no verdict on oneself, nor on one's own first name ("Donald" of Donald Trump)
        self.add(Draft(actor, rel, target, quals, cue=tok, reported_by=relayed, confidence=0.55))

    def quoted_verdict(self, it: Token, cop: Token, pred: Token) -> bool:
        """'"It is a disgrace," he said of the plan': a pronoun judged outright in a quotation whose
        sentence says what it is of (``plain_verdict``, ``said_of``). Taking the issue up from the
        sentences before instead lost on dev (full 0.313 -> 0.311: "this" is as often the speaker's
        plight or another's words as the issue last named)."""
        return self.speaker_for(cop) is not None and plain_verdict(it, cop, pred) and said_of(self.ctx, it.sent) is not None

    def judged_it(self, it: Token) -> Target | None:
        """What "it", "this" or "that" stands for as the judged: what the sentence says its quotation is
        about ('"It is a disgrace," he said of the plan'), else the last topic named."""
        if self.speaker_for(it) is not None and (named := said_of(self.ctx, it.sent)) is not None:
            return named
        return self.recent_topic(it)

    def failed_to(self, tok: Token, act: Token, pol: int) -> None:
        """'It is a pity that the minister does not keep his promises': a verdict against an act not
        done blames whoever fails to do it (an opposition to the act itself would turn the verdict
        round); with no named doer, or in praise, nothing is read."""
        doer = subject_of(act)
        m = self.ctx.resolver.resolve(doer) if doer is not None and pol < 0 else None
        if m is None:
            return
        actor, relayed = self.actor_of(Cue(tok, "accuses"))
        if actor is None or m.actor == actor.actor:
            return
        self.add(Draft(actor, "accuses", m.actor, (), cue=tok, reported_by=relayed, confidence=0.55))

    def act_of(self, tok: Token) -> Topic | None:
        """An evaluated act named by a verb: "attempts to [pressure Moscow]",
        "[isolating Iran]" → the topic "pressure Russia" (verb and object), so
        the verdict is on the act, not on its object."""
        if tok.lemma_.lower() in ATTEMPT_NOUNS:
            tok = next((c for c in tok.children if c.dep_ in {"xcomp", "acl"} and c.pos_ == "VERB"), tok)
        if tok.pos_ != "VERB" or tok.lemma_.lower() in ATTEMPT_NOUNS or tok.lemma_.lower() in COPULAS:
            return None
        obj = object_of(tok)
        if obj is None:
            return None
        m = self.ctx.resolver.resolve(obj)
        if where := placing_act(self.ctx, tok, obj):
            return Topic(label=where)  # "threatened to take the country out of the union", "bring suspects to trial"
        if m is not None:
            what = m.actor.label
        else:
            hit = normalise(self.lex, obj)
            if hit is None:
                return None
            if tok.lemma_.lower() in CARRIER_VERBS:
                return hit[0]  # "threatened to conduct a nuclear test": the act is its object
            what = hit[0].label
        return Topic(label=f"{tok.lemma_.lower()} {what}")

    # "The key is to have troops in Ukraine," he added: a stated goal is supported
    # "his long-standing position against NATO membership", "their campaign for a ceasefire"
    def stance_noun(self, noun: Token) -> None:
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"against", "for"}), None)
        inner = pobj(prep) if prep is not None else None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if inner is None or owner is None or hypothetical(noun):
            return
        actor = self.ctx.resolver.resolve(owner, self.speaker_for(noun))
        if actor is None:
            return
        rel = "opposes" if prep.lower_ == "against" else "supports"
        target, quals, _ = target_from(self.ctx, inner)
        if target is None or (isinstance(target, Actor) and target == actor.actor):
            return
        self.add(Draft(actor, rel, target, quals, cue=noun, confidence=0.55))

    # "Sanders has been a vocal critic of the deal", "Graham, a backer of the amnesty plan,"
    def holder_noun(self, noun: Token) -> None:
        rel = self.lex.stance_holders.get(noun.lemma_.lower())
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "for"}), None)  # "advocate for"
        inner = pobj(prep) if prep is not None else None
        if inner is None:  # "one of his biggest supporters": whose supporter the possessive says
            inner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if rel is None or inner is None or hypothetical(noun):
            return
        cue = noun
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one" \
                and noun.head.head.dep_ in {"attr", "appos"}:
            noun = noun.head.head  # "was one of his biggest supporters" is said as "was a supporter"
        if noun.dep_ == "attr" and noun.head.lemma_.lower() in COPULAS | {"become"} and not negated(noun.head):
            who = subject_of(noun.head)
        elif noun.dep_ == "appos":
            who = noun.head  # "Graham, a critic of the deal,"
        elif noun.dep_ == "pobj" and noun.head.lower_ == "as" and (on := noun.head.head).pos_ in {"NOUN", "PROPN", "AUX", "VERB"}:
            who = on if on.pos_ in {"NOUN", "PROPN"} else subject_of(on)  # "Graham, as a backer of the plan, (is)"
        else:
            return
        actor = self.named_or_described(who, self.speaker_for(noun)) if who is not None else None
        if actor is None:
            return
        target, quals, _ = target_from(self.ctx, inner)
        if target is None or (isinstance(target, Actor) and target == actor.actor):
            return
        self.add_coordinated(Draft(actor, rel, target, quals, cue=cue, confidence=0.55), inner)

    # "said the bill did not go far enough", "the proposals went too far": a verdict against the subject
    def too_far(self, tok: Token) -> None:
        near = [c for c in tok.children if c.dep_ == "advmod"]
        near += [g for c in near for g in c.children if g.dep_ == "advmod"]  # "far" under "enough", "too" under "far"
        far = next((c for c in near if c.lower_ == "far"), None)
        if far is None:
            return
        short = any(c.lower_ == "enough" for c in near) and negated(tok)
        over = any(c.lower_ == "too" for c in far.children)
        subj = subject_of(tok)
        if not (short or over) or subj is None or subj.pos_ not in {"NOUN", "PROPN"}:
            return
        self.evaluated(tok, subj, -1, denied=True)

    # "called the sanctions useless", "described the offer as a positive sign"
    def evaluation(self, tok: Token) -> None:
        if verbal_cue(self.lex, tok) is not None:
            return  # "hailed the agreement as historic": the cue speaks once
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        preds = [c for c in tok.children if c.dep_ in {"oprd", "xcomp", "ccomp", "acomp"}]
        preds += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for p in [as_what(c)] if p is not None]
        obj0 = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj0 is not None:  # "described X's proposal to resume talks as a positive sign": the PP hangs lower
            preds += [p for c in obj0.subtree if c.dep_ == "prep" and c.lower_ == "as" for p in [as_what(c)] if p is not None]
        if obj is not None:  # 'found BNP's policies "abhorrent"': the quoted predicate parsed as a late amod
            preds += [c for c in obj.children if c.dep_ == "amod" and c.i > obj.i and c.pos_ == "ADJ"]
        if obj is None:  # "called it useless" parsed as a small clause
            obj = next((s for p in preds for s in p.children if s.dep_ == "nsubj"), None)
        if obj is None:
            return
        for p in preds:
            pol = self.polarity_of(p)
            if pol:
                self.evaluated(tok, obj, pol, doer=self.judges_person(p))
                return
        if any(quoted_label(p) for p in preds) and hostile_sister(tok):
            self.evaluated(tok, obj, -1)  # 'called the offer "a grift" and warned ...': a hostile name

    # "[X said] attempts to pressure Russia would be useless": a speaker's verdict on an issue
    def predication(self, pred: Token) -> None:
        cop = pred.head
        if pred.pos_ == "ADJ" and pred.lemma_.lower() in self.lex.adjectives:
            return  # "Moscow was grateful for ...", "teachers were furious with ...": an attitude held (a cue), no verdict
        pol = self.polarity_of(pred) or (1 if chosen(pred) else 0)
        if not pol:
            return
        subj = next((c for c in cop.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}), None)
        if subj is None:  # "that attempts to pressure Moscow would be ...": the noun parsed as a sister verb
            subj = next((c for c in cop.head.children if c.dep_ == "ccomp" and c.i < cop.i and c.tag_ in {"VBZ", "VBP"}
                         and any(m.dep_ == "mark" for m in c.children)
                         and all(t.dep_ in {"aux", "neg", "advmod"} for t in cop.doc[c.right_edge.i + 1:cop.i])), None)
        if subj is not None and subj.lower_ == "it":  # "said it was wrong to cut taxes": the act is judged
            subj = next((c for c in [*cop.children, *pred.children] if (c.dep_ in {"xcomp", "ccomp"} or content_clause(c)
                                                                        or for_to_clause(c))
                         and c.pos_ in {"VERB", "AUX"} and c.i > pred.i), subj)
        if subj is None or (subj.pos_ == "PRON" and not (subj.lower_ in {"he", "she"} and self.judges_person(pred))
                            and not (subj.lower_ == "they" and self.speaker_for(cop) is not None)
                            and not self.quoted_verdict(subj, cop, pred)):
            return  # (a named actor judged is praised or opposed: "Turkey is the best example"; and "he has been
            # a prudent chancellor": a person judged as one, whom the pronoun names)
        if (subj.lemma_.lower() in FRAMING_ACTS and any(c.dep_ == "ccomp" for c in subj.children)) or ability_only(pred, subj):
            return  # "it is important to remember that the bill ...": a frame for what follows, no verdict on it
        if speech_frame(self.lex, cop) is None and self.speaker_for(cop) is None:
            return  # the journalist's own verdict is not a statement
        denied = negated(cop) and not any(c.dep_ == "neg" for c in pred.children)  # "was not fair": the contrary
        self.evaluated(cop, subj, -pol if denied else pol, denied, doer=self.judges_person(pred),
                       picked=chosen(pred) and pol > 0)

    # "[X warned] feuding could jeopardise the party's hopes": a speaker's verdict on what an issue does
    def effect(self, verb: Token) -> None:
        pol, denied = denied_effect(verb, self.lex.effects.get(verb.lemma_.lower()))  # "would not harm pubs" backs it
        if (fate := outcome(verb)) != 0:  # "the plan will never work": its failure foretold, negation read
            pol, denied = fate, True
            if (subj := subject_of(verb) or object_as_subject(verb)) is None or self.judges_person(subj):
                return  # "the unions will work with us": how people act, no verdict on an issue
        if not pol and verb.lemma_.lower() in CAUSING and (obj := object_of(verb)) is not None and self.harmful(obj):
            pol, denied = denied_effect(verb, -1)  # "an exit could trigger the break-up of the UK": opposed
        if pol and (obj := object_of(verb)) is not None and obj.lower_ in NO_ONE:
            pol = -pol  # "megaphone diplomacy helps nobody": opposed (it read as support; written probe)
        if not pol:  # "would mean steep rises", "would allow an inquiry to report" (``reported_evaluation``)
            pol = verdict(self.lex, verb, self.harmful, lambda t: self.judges_person(t)
                          or self.ctx.resolver.resolve(t) is not None, self.polarity_of)
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "csubj"}), None) or object_as_subject(verb)
        if not pol or subj is None or subj.pos_ == "PRON" or self.ctx.resolver.resolve(subj) is not None:
            return  # an actor that harms or helps is no issue ("Russia would hurt Ukraine")
        if speech_frame(self.lex, verb) is None and self.speaker_for(verb) is None:
            return  # the journalist's own account of an effect is not a statement
        self.evaluated(verb, subj, pol, denied)

    def harmful(self, noun: Token) -> bool:
        """A noun of a bad outcome, by the evaluation list or VADER, hyphenated words whole
        ("a more disruptive devaluation", "the break-up of the United Kingdom")."""
        first = min((c.i for c in noun.children if c.dep_ == "compound" and c.i < noun.i), default=noun.i)
        whole = fold(noun.doc[first:noun.i + 1].text.replace(" ", ""))
        return self.lex.evaluations.get(whole, 0) < 0 or self.polarity_of(noun) < 0

    # "X would face new sanctions if ...", "we will respond"
    def consequence(self, tok: Token) -> None:
        will = unhesitating(tok)  # the verb with the will and the if-clause
        if self.punishment(tok):
            return  # "those who stole public money will be held accountable" (ConditionalRules)
        lemma = tok.lemma_.lower()
        own = lemma not in self.lex.consequence_verbs and own_act_on_condition(tok)  # '"if they don't, we will ..."'
        court = court_challenge(tok) if to_come(will) or vowed(tok) else None  # "would challenge it in court"
        if (not to_come(will) and court is None) or (court is None and not own and lemma not in HOSTILE_ACTS
                                                     and lemma not in self.lex.consequence_verbs and not withholding(tok)):
            return
        if not any(c.dep_ == "advcl" and any(m.lower_ in {"if", "unless"} for m in c.children if m.dep_ == "mark")
                   for c in {*tok.children, *will.children}) and not answer_to_any(tok) and not answer_vowed(tok) \
                and not failing_subject(tok) and not price_to_pay(tok) and will is tok and court is None:
            return  # ("would not hesitate to strike" vows the act with no if-clause)
        if governing_cue(self.lex, tok) is not None and governing_cue(self.lex, tok).relation == "threatens":
            return  # the warning verb above speaks
        speaker = self.speaker_for(tok)
        subj = subject_of(tok)
        subj_m = self.ctx.resolver.resolve(subj, speaker) if subj is not None else None
        frame = speech_frame(self.lex, tok)
        frame_m = None
        if frame is not None and subject_of(frame) is not None:
            frame_m = self.ctx.resolver.resolve(subject_of(frame), speaker)
        if lemma in {"face", "suffer", "pay"}:
            actor = frame_m or speaker
            addressee = subj_m.actor if subj_m else None
        else:  # a named person's side's act is the speaker's threat ("Rubio said Washington would walk away if ...")
            actor = side_speaker(frame_m, speaker, subj_m) or subj_m or frame_m or speaker
            addressee = None
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in {"on", "against"} and pobj(c) is not None:
                    m = self.ctx.resolver.resolve(pobj(c))
                    addressee = m.actor if m else None
        if actor is None or (price_to_pay(tok) and (subj_m.actor == actor.actor if subj_m else not wrongdoers_pay(tok))):
            return  # (a price paid by no one named, or by the speaker's own side, is no threat)
        obj = object_of(tok)
        if any(c.dep_ == "auxpass" for c in tok.children):
            obj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            actor = frame_m or speaker
            if actor is None:
                return
        hostile = lemma in HOSTILE_ACTS or withholding(tok) or own
        if hostile and own_success(condition_of(tok, will)):
            return  # "would scrap the fees if it won power", "will fight for jobs if elected": a pledge
        if court is not None:  # "would challenge it in court", "would appeal": the court challenge
            target, quals = Topic(label=court), ()
        elif hostile:  # "will quit the bloc if the talks fail", "would cut off aid unless": the act itself is the threat
            target, quals, _ = own_threat(self.ctx, tok) if own else withheld_act(self.ctx, tok)
        elif obj is not None:  # "would pay a heavy price": the price in its words
            target, quals, _ = (Topic(label=price_words(obj)), (), None) if price_to_pay(tok) else target_from(self.ctx, obj)
        else:
            target, quals = answer_threatened(self.lex, tok), ()
        if target is None or (hostile and isinstance(target, Actor)):
            return
        if addressee is None:
            cond = next((c for c in [*tok.children, *will.children] if c.dep_ == "advcl"), None)
            csubj = next((c for c in cond.children if c.dep_ == "nsubj"), None) if cond is not None else None
            m = self.ctx.resolver.resolve(csubj) if csubj is not None else None
            addressee = m.actor if m is not None and m.actor != actor.actor else None  # ("if he lost": no one's threat to himself)
        self.add(Draft(actor, "threatens", target, quals, addressee=addressee, cue=tok, confidence=0.6))
