"""A target token → the target it names: a vocabulary topic, an actor, or a
normalised phrase, with its qualifiers (the further targets of a coordination are
``target_lists``')."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.actors import Mention
from kg.extract.acts import act_word, circumstance, completion, done_to_actor, leads_on, manner_act, placed, nominalisation, phrasal_act, phrasal_lemma, undergoer, verb_phrase
from kg.extract.clauses import (ASPECT_VERBS, CARRIER_VERBS, CONTENT_NOUNS, OPEN_NOUNS,
                                RELATIVE_PRONOUNS, THROUGH_NOUNS, COPULAS, verbal_cue, NOUN_DEPS, nominal_cue,
                                object_of, pobj)
from kg.extract.mentions import aged
from kg.extract.issue_heads import whole_compound
from kg.extract.nominal_targets import follow_nominal
from kg.extract.misattached import object_before
from kg.extract.phrases import counted, platform
from kg.extract.pronoun_objects import (idea_before, issue_taken_up, stance_preposition, thing_before,
                                       thing_in_sentence_before, thing_named_before, thing_voted_on, things_before)
from kg.extract.descriptions import description
from kg.extract.peoples_as_written import people_as_written
from kg.extract.context import Context
from kg.extract.relatives import object_relative, summed_up, what_called
from kg.extract.target_checks import hours_asked_for, names_which, owned_act
from kg.extract.targets import normalise, pointing_back, reversal, unpointed
from kg.lexicon import Lexicon, fold
from kg.records import Actor, Target, Topic


def head_words(noun: Token) -> str:
    """A noun and its left modifiers as folded words, for alias lookups ("its troops" -> "troops")."""
    return " ".join(fold(t.text) for t in noun.subtree if t.dep_ not in {"det", "poss", "punct"} and t.i <= noun.i)


CURRENCIES = frozenset({"euro", "dollar", "pound", "yen", "yuan", "rouble", "ruble", "rupee"})
AMOUNTS = frozenset({"more", "less", "enough", "much"})  # "do more to ...": no issue

# prepositions of time: "would stand down before the next election" is about standing down
WHEN = {"before", "after", "until", "till", "during", "since"}
UNDERGONE = frozenset({"face", "suffer", "risk", "incur"})  # "accept the deal or face sanctions": borne, not done
FROM_REVERSALS = {"refrain", "desist"}  # reversals whose act comes with "from", not as an object
STAYING = frozenset({"stay", "remain"})  # "urged voters to stay at home", "stay in the government": the staying
ACT_PREPS = {"for", "on", "with", "against", "into", "to", "in"}  # a verb's object after these: part of the act
def act_kept_from(ctx: Context, verb: Token, obj: Token | None) -> Token | None:
    """The act a verb keeps its object from, where the object is an actor ("block Venezuela from
    taking the rotating presidency", "stop Russia from joining the council"): what is opposed."""
    act = next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children
                if p.dep_ == "pcomp" and p.tag_ == "VBG"), None)
    if act is None or obj is None or obj.dep_ != "dobj" or ctx.resolver.resolve(obj) is None:
        return None
    return act


# where and when an amount is spent or raised, no issue: "spent millions in Iowa", "raised $5m in May"
PLACES_AND_TIMES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT"})


def amount_of(tok: Token) -> Token | None:
    """What an amount is of or in: "£3bn of military aid", "billions of dollars in aid" (whose "of"
    names only the unit), "would sell off billions of dollars in U.S. assets" (the "in" on the verb)."""
    amount = tok
    while True:
        preps = {c.lower_: pobj(c) for c in reversed(list(tok.children)) if c.dep_ == "prep" and c.lower_ in {"of", "in"}}
        if preps.get("in") is not None and preps["in"].ent_type_ not in PLACES_AND_TIMES:
            return preps["in"]
        of = preps.get("of")
        if of is None:
            break
        if of.ent_type_ not in {"MONEY", "QUANTITY", "CARDINAL"} and of.lemma_.lower() not in CURRENCIES:
            return of
        tok = of
    if amount.dep_ == "dobj":
        return next((pobj(c) for c in amount.head.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > amount.i
                     and pobj(c) is not None and pobj(c).ent_type_ not in PLACES_AND_TIMES), None)
    return None


def target_from(ctx: Context, tok: Token | None, *, want_actor: bool = False) -> tuple[Target | None, tuple[str, ...], Mention | None]:
    """A target token → (target, qualifiers, actor mention if the target names an actor)."""
    if tok is None or platform(tok):  # "paid tribute on X": the platform is no target
        return None, (), None
    if tok.lower_ in RELATIVE_PRONOUNS and tok.dep_ in {"dobj", "pobj", "nsubjpass"} and tok.pos_ != "PROPN":
        # (a proper noun is the acronym, "thanked the WHO", not the relative "who")
        # "the deal, which Labour opposes", "Israel, which Tehran refuses to recognise": the antecedent
        rel = next((a for a in tok.ancestors if object_relative(a)), None)  # (or "acl": relatives.py)
        if rel is None or rel.head.pos_ not in {"NOUN", "PROPN"}:
            return None, (), None
        return target_from(ctx, rel.head, want_actor=want_actor)
    if (summed := summed_up(ctx.lex, tok) or what_called(tok)) is not None:  # ("what he called the drafting")
        return target_from(ctx, summed, want_actor=want_actor)  # "safe zones, an idea Turkey has championed"
    if tok.lower_ == "them" and tok.dep_ == "dobj" and not want_actor and (ante := things_before(ctx, tok)) is not None:
        return target_from(ctx, ante)
    if tok.lower_ == "it" and not want_actor and (before := object_before(tok)) is not None:
        return target_from(ctx, before)
    if tok.lower_ == "it" and tok.dep_ == "dobj" and not want_actor and (ante := thing_before(ctx, tok)) is not None:
        return target_from(ctx, ante)
    if tok.lower_ == "it" and not want_actor and (ante := thing_voted_on(ctx, tok)) is not None:
        return target_from(ctx, ante)
    # ... and after the verb's preposition ("refused to commit to it", "abide by it", "objected to it")
    # ... and after the verb's preposition ("refused to commit to it", "abide by it", "objected to it")
    after_prep = tok.lower_ == "it" and stance_preposition(tok)
    if after_prep and not want_actor and (named := thing_named_before(ctx, tok)) is not None:
        return target_from(ctx, named)
    # the issue taken up: a direct object's "it"/"this", and a phrasal cue's "it" inside an act refused or asked
    # for ("refused to abide by it")
    taken_up = tok.lower_ in {"it", "this"} and tok.dep_ == "dobj" or after_prep and tok.head.head.dep_ == "xcomp"
    if not want_actor and pointing_back(tok) and (idea := idea_before(ctx, tok)) is not None:
        return idea, (), None  # "rejected that idea": the one proposed just before (else the idea itself, normalise)
    if taken_up and not want_actor and (prior := issue_taken_up(ctx, tok)):
        return prior, (), None
    if tok.lower_ == "it" and tok.dep_ == "dobj" and not want_actor and (ante := thing_in_sentence_before(ctx, tok)):
        return target_from(ctx, ante)
    lex = ctx.lex
    if tok.ent_type_ in {"MONEY", "QUANTITY"} or tok.lemma_.lower() in CURRENCIES or any(
            c.text in {"£", "$", "€"} for c in tok.children):  # (not "one of the ...": a count of things)
        what = amount_of(tok)
        if what is not None:  # "pledged £3bn of military aid", "5 billion euros in military aid": the aid
            return target_from(ctx, what, want_actor=want_actor)
    if (what := counted(tok)) is not None:
        return target_from(ctx, what, want_actor=want_actor)  # "help thousands of workers": the workers
    if tok.ent_type_ in {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"} and not aged(tok) \
            and not hours_asked_for(tok):
        return None, (), None  # ("release the 80-year-old": an age the tagger calls a date names a person)
    # (a plural noun in an object's place taken for a verb, 'dismissed the claims as "nonsense"', is a noun)
    if tok.pos_ in {"VERB", "AUX"} and not (tok.dep_ in NOUN_DEPS and tok.tag_ in {"VBP", "VB", "VBZ", "NN"} and not any(
            c.dep_ in {"dobj", "nsubj", "aux"} for c in tok.children)):
        subj0 = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if tok.lemma_.lower() in ASPECT_VERBS and subj0 is not None and subj0.pos_ == "NOUN":
            return target_from(ctx, subj0, want_actor=want_actor)  # "the ceasefire would begin on May 12"
        acomp = next((c for c in tok.children if c.dep_ == "acomp"), None)
        if acomp is not None and tok.lemma_.lower() in COPULAS | {"stay", "become", "remain"} and subj0 is not None:
            # "insisted that Kyiv remain neutral": neutrality (of Ukraine)
            hit = lex.topic_named(fold(acomp.text))
            if hit:
                return hit, (), None
            m0 = ctx.resolver.resolve(subj0)
            who = m0.actor.label if m0 is not None else subj0.text
            return Topic(label=f"{acomp.lower_} {who}"), (), None
        obj = object_of(tok)
        purpose = next((c for c in tok.children if c.dep_ in {"advcl", "xcomp"} and c.tag_ == "VB"
                        and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")), None)
        if obj is not None and obj.lower_ in AMOUNTS and purpose is not None:
            return target_from(ctx, purpose, want_actor=want_actor)  # "do more to protect its borders": the protecting
        it = None if obj is not None or want_actor else next(
            (pobj(c) for c in tok.children if c.dep_ == "prep" and pobj(c) is not None
             and pobj(c).lower_ in {"it", "this"} and stance_preposition(pobj(c))), None)
        if it is not None and (named := thing_named_before(ctx, it)) is not None:
            return target_from(ctx, named)  # "made a fair offer and we stand by it": the offer
        if it is not None and (taken_up := issue_taken_up(ctx, it)) is not None:
            return taken_up, (), None  # "refused to commit to it": the issue taken up before
        inner = obj or undergoer(ctx, tok) or next((pobj(c) for c in tok.children if c.dep_ == "prep" and pobj(c) is not None
                             and c.lower_ not in WHEN and pobj(c).ent_type_ not in {"DATE", "TIME"}
                             and not circumstance(lex, pobj(c))), None)
        if obj is None and inner is not None and inner.dep_ == "pobj" and not want_actor and (
                done := done_to_actor(ctx, tok, undoing=True)) is not None:  # "called for Zimbabwe to be suspended from
            return lex.topic_named(fold(done)) or Topic(label=done), (), None  # international cricket": its suspension
        if obj is None and inner is not None and inner.head.lower_ in {"between", "among"} and not want_actor and (
                nominal := nominalisation(lex, tok)):  # "offered to mediate between the two powers": the parties, no issue
            return lex.topic_named(fold(nominal)) or Topic(label=nominal), (), None
        if obj is None and inner is not None and not want_actor and inner.dep_ != "nsubjpass" and (
                ctx.resolver.resolve(inner) is not None or inner.head.lower_ == "as" or inner.ent_type_ == "LOC"
                or (tok.lemma_ in STAYING and inner.head.lower_ not in ACT_PREPS)
                or (inner.head.lower_ == "from" and tok.lemma_.lower() not in FROM_REVERSALS
                    and not any(c.dep_ == "auxpass" for c in tok.children))):
            # "offered to fight again for Kiev": the act offered, not the country it is for;
            # "wants to continue as an MP": the act, not the role it is in; "remain within Europe": nor the place;
            # "to withdraw from the cities": nor where it leaves ("refrain from violence" is a reversal, below;
            # "be distracted from the business of government" is done to one, no act of one's own)
            return Topic(label=verb_phrase(tok)), (), None
        if inner is None and not want_actor and any(c.dep_ == "prep" and c.lower_ in WHEN for c in tok.children):
            return Topic(label=verb_phrase(tok)), (), None  # "would stand down before the next election"
        if inner is None:  # 'hold direct and "unconditional" talks' parsed as hold [direct] and [talks]
            inner = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "NOUN"), None)
        if inner is None and not want_actor and (done := done_to_actor(ctx, tok)) is not None:
            return lex.topic_named(fold(done)) or Topic(label=done), (), None  # "called for Lai to be released"
        if inner is None:
            subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is not None and ctx.resolver.resolve(subj) is None:
                if not want_actor and (done := subject_acting(ctx, tok, subj)) is not None:
                    return done, (), None
                inner = subj
        noun = lex.reversals.get(phrasal_lemma(tok)) or lex.reversals.get(tok.lemma_.lower())
        if inner is None:
            xc = next((c for c in tok.children if c.dep_ in {"xcomp", "ccomp"}), None)
            if xc is not None and xc.dep_ == "ccomp" and xc.left_edge.lower_ in WHEN | {"when", "while", "once"}:
                return Topic(label=verb_phrase(tok)), (), None  # "to think again when the bill returns": a time, no content
            if noun is not None and xc is not None and xc.tag_ == "VBG":  # "stopped supplying arms"
                what, quals, _ = target_from(ctx, xc)
                if what is not None and not isinstance(what, Actor):
                    return reversal(lex, noun, what.label), quals, None
            if xc is not None:
                return target_from(ctx, xc, want_actor=want_actor)
            # an act with no object names its issue by its noun: "offered to mediate" -> mediation
            nominal = nominalisation(lex, tok)
            if nominal and not want_actor:
                return lex.topic_named(fold(nominal)) or Topic(label=nominal), (), None
            if not want_actor and (then := leads_on(tok)) is not None:
                return target_from(ctx, then)  # "to go further and negotiate a customs union": the customs union
            if (act := phrasal_act(lex, tok) or manner_act(tok)) is not None and not want_actor:
                return Topic(label=act), (), None  # "called on Trump to drop out in favor of his running mate"
            return None, (), None
        if noun is not None and (inner.dep_ in {"dobj", "nsubjpass"} or (
                object_of(tok) is None and inner.head.lower_ == "from" and tok.lemma_.lower() in FROM_REVERSALS)):
            # "lift the sanctions", "refrain from actions that destabilize the region"
            what, quals, m = offer_itself(lex, inner) or target_from(ctx, inner)
            if what is not None and (not isinstance(what, Actor) or inner.dep_ == "nsubjpass"):
                return reversal(lex, noun, what.label, head_words(inner)), quals, None
        with_ = next((pobj(c) for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" and pobj(c) is not None), None)
        if inner.dep_ == "dobj" and with_ is not None and not want_actor and ctx.resolver.resolve(inner) is not None:
            inner = with_  # "supply Ukraine with weapons": what is supplied
        if inner.dep_ == "dobj" and inner.lower_ == "part" and tok.lemma_.lower() == "take" and not want_actor and (
                joined := next((pobj(c) for h in (tok, inner) for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
                                and pobj(c) is not None), None)) is not None:
            return target_from(ctx, joined)  # "offered to take part in an investigation": the investigation (written probe)
        if inner.dep_ == "dobj" and not want_actor and (act := act_kept_from(ctx, tok, inner)) is not None:
            return target_from(ctx, act)
        if inner.dep_ == "dobj" and not want_actor and (where := placing_act(ctx, tok, inner)):
            return Topic(label=where), (), None  # "take the Philippines out of the United Nations"
        if (inner.dep_ == "dobj" and not want_actor and (tok.lemma_.lower() not in CARRIER_VERBS or completion(tok, inner))
                and verbal_cue(lex, tok) is None):
            # "suggested it would leave the single market": the act, not its object, is the issue
            what, quals, _ = offer_itself(lex, inner) or target_from(ctx, inner)
            if what is None and inner.lower_ == "those" and any(c.dep_ in {"acl", "amod", "relcl"} for c in inner.children):
                return Topic(label=verb_phrase(tok)), (), None  # "release all those detained": the act, "those" names none
            prt = "".join(f" {c.lower_}" for c in tok.children if c.dep_ == "prt")
            if isinstance(what, Topic) and what.in_vocabulary and tok.lemma_.lower() not in CARRIER_VERBS | UNDERGONE and (
                    fold(inner.text) in fold(what.label).split()):
                # "wants to normalize relations", "would not cut ties": the act done to the issue is what is
                # wanted (of the issue's concept), not the issue itself; not where the issue is elsewhere
                # in the object's phrase ("delay firing the starting gun on negotiations")
                label = f"{act_word(tok)}{prt} {unpointed(what.label)}"
                return lex.topic_named(fold(label)) or what.named(label), quals, None
            if what is None or (isinstance(what, Topic) and what.in_vocabulary):
                return what, quals, None
            # "call things anti-Semitic": what the object is called or made is part of the act
            made = "".join(x.text_with_ws for x in sorted({x for c in completion(tok, inner) for x in c.subtree if x.dep_ != "det"},
                                                          key=lambda x: x.i)).strip()
            label = f"{act_word(tok)}{prt} {unpointed(what.label)}" + (f" {made}" if made else "")
            hit = lex.topic_named(fold(label)) or lex.topic_named(fold(f"{tok.lemma_} {head_words(inner)}"))
            return hit or Topic(label=label), quals, None
        if (inner.dep_ == "pobj" and inner.head.head == tok and inner.head.lower_ in ACT_PREPS and not want_actor
                and tok.lemma_.lower() not in CARRIER_VERBS | lex.speech and verbal_cue(lex, tok) is None
                and not any(c.dep_ == "auxpass" or (c.dep_ == "nsubj" and ctx.resolver.resolve(c) is None)
                            for c in tok.children)):
            # (not "should be entitled to a trial", "the talks would lead to a settlement": the trial, the settlement)
            # "going to pay for the wall": the act, its verb with its prepositional object
            what, quals, _ = target_from(ctx, inner)
            if what is None or isinstance(what, Actor) or (isinstance(what, Topic) and what.in_vocabulary):
                return what, quals, None
            return Topic(label=f"{act_word(tok)} {inner.head.lower_} {unpointed(what.label)}"), quals, None
        if inner.lower_ == "it" and inner.dep_ == "dobj" and tok.dep_ == "xcomp" and not want_actor and (
                prior := issue_taken_up(ctx, inner)) is not None:
            return prior, (), None  # "urged Congress to block it": the issue "it" takes up, not the nearest body
        tok = inner
    if tok.pos_ == "ADJ" and not want_actor:  # "make in-state tuition free" -> free in-state tuition
        subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None:
            m = ctx.resolver.resolve(subj)
            hit = normalise(lex, subj) if m is None else None
            what = m.actor.label if m is not None else hit[0].label if hit is not None else None
            if what is not None:
                return Topic(label=f"{tok.lower_} {what}"), (), None
    if tok.lemma_.lower() in OPEN_NOUNS | CONTENT_NOUNS:  # "did not rule out the possibility that [they agree on a truce]"
        inner = next((c for c in tok.children if c.dep_ in {"acl", "ccomp", "relcl"} and c.pos_ in {"VERB", "AUX"}), None)
        # "floated the notion Sunday of admitting refugees": the parser may hang the "of" on the verb
        heads = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
        inner = inner or next((pobj(c) for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                               and c.i > tok.i), None)
        if inner is not None:
            got = target_from(ctx, inner, want_actor=want_actor)
            # "rejected suggestions that he was motivated by bitterness": where the clause names nothing,
            # the suggestion itself, a claim, is what is rejected
            if got[0] is not None or tok.lemma_.lower() not in lex.claims:
                return got
        if tok.lemma_.lower() in OPEN_NOUNS:
            return None, (), None
    if tok.lemma_.lower() in THROUGH_NOUNS:
        inner = next((pobj(c) for c in tok.children if c.dep_ == "prep" and c.lower_ in {"with", "of", "to"}
                      and pobj(c) is not None), None)
        if inner is not None:
            return target_from(ctx, inner, want_actor=want_actor)
    ncue = nominal_cue(lex, tok)
    inner0 = follow_nominal(lex, tok) if ncue is not None else None
    if ncue is not None and lex.relations[ncue.relation].polarity < 0 and not want_actor and inner0 is not None:
        # "rejected U.S. criticism of their policy": the criticism is rejected, not the policy
        what = target_from(ctx, inner0)[0]
        if what is not None:
            return Topic(label=f"{tok.lemma_.lower()} of {unpointed(what.label)}"), (), None
    if ncue is not None and ncue.relation == "supports" and not want_actor and (owned := owned_act(ctx, tok)):
        return owned, (), None
    if ncue is not None:
        inner = follow_nominal(lex, tok)
        if inner is not None and want_actor and fold(tok.lemma_) in lex.collective_nouns and inner.head.lower_ == "for":
            inner = None  # "praised the opposition for showing flexibility": the side praised, not what it showed
        if inner is not None:  # ("the minimum wage proposal": the whole compound)
            return whole_compound(lex, tok, inner, target_from(ctx, inner, want_actor=want_actor))
    # a vocabulary topic wins over an actor inside the phrase ("Ukraine's NATO membership")
    hit = normalise(lex, tok)
    topic_hit = hit if hit is not None and hit[0].in_vocabulary else None
    if topic_hit is None or want_actor:
        m = (want_actor and people_as_written(ctx, tok)) or ctx.resolver.resolve(tok)
        if m is None and want_actor and tok.tag_ in {"NNS", "NNPS"} and any(
                c.dep_ == "compound" and c.ent_type_ == "ORG" for c in tok.children):
            m = description(ctx.resolver, tok, remember=False, subject=False)  # "praised House Republicans": the group
        if m is None and want_actor:
            # "the involvement of North Korean troops" -> North Korea; not from a clause
            # further on ("partners on how to support Ukraine" is not Ukraine)
            near = [t for t in tok.subtree if not any(a.dep_ in {"acl", "relcl", "pcomp", "advcl"} or
                                                      (a.dep_ == "prep" and a.lower_ not in {"of"})
                                                      for a in [t, *t.ancestors] if a.i != tok.i and tok in a.ancestors)]
            if tok.pos_ == "PROPN":
                # "a complaint against Obama's DOJ", "accused Macau's Banco Delta Asia": a named body is
                # itself the one accused, not its owner
                near = [t for t in near if not any(a.dep_ == "poss" and a.head.i == tok.i for a in [t, *t.ancestors])]
            near = [t for t in near if not names_which(ctx.lex, tok, t)]
            for t in near:
                if t.ent_type_ in {"NORP", "GPE", "PERSON", "ORG"}:
                    m = ctx.resolver.resolve(t)
                    if m is not None:
                        break
        described = [c for c in tok.children if c.dep_ == "amod" and c.ent_type_ not in {"NORP", "GPE"}
                     and fold(c.text) not in {"new", "former", "current", "other"}]
        if m is not None and described and not want_actor and m.how in {"name", "alias"}:
            hit2 = normalise(lex, tok)  # "would not accept a nuclear-armed Iran": an issue, not the actor
            if hit2 is not None:
                mods = " ".join("".join(x.text_with_ws for x in c.subtree).strip() for c in described)
                return Topic(label=f"{mods.replace(' - ', '-')} {m.actor.label}"), (), None
        if m is not None and m.actor.kind != "media":
            return m.actor, (), m
    if hit is None:
        return None, (), None
    if want_actor and hit[0].in_vocabulary and described_person(lex, tok):
        # "congratulated the new prime minister on his election victory": the one praised, not his victory
        return Topic(label=head_words(tok)), (), None
    return hit[0], hit[1], None


# the cue nouns whose phrase carries what they ask or offer ("an offer to cut wages", "a call for talks")
CONTENT_CUES = frozenset({"demands", "proposes", "threatens"})


def offer_itself(lex: Lexicon, obj: Token) -> tuple[Target, tuple[str, ...], None] | None:
    """The object of an act that is no cue, where it is an offer, a proposal or a call ("reconsider its offer to
    cut wages", "withdraw its proposal to raise the pension age"): the offer itself is what the act is done to,
    by its own phrase; what it offers, joined to the act's verb, names no act ("reconsider cut wages"). None for
    any other object. (train: "the SGC should reconsider its proposals to reflect Parliament's wish")"""
    cue = nominal_cue(lex, obj)
    if cue is None or not cue.nominal or cue.relation not in CONTENT_CUES or follow_nominal(lex, obj) is None:
        return None
    hit = normalise(lex, obj)
    return (hit[0], hit[1], None) if hit is not None else None


def subject_acting(ctx: Context, verb: Token, subj: Token) -> Topic | None:
    """An act with no object whose doer is no actor, named by both ("a possibility that more lawyers
    may be resigning" -> more lawyers resigning, "the countries should be working together"): the subject
    alone is no issue, unless it is one of the vocabulary ("the ceasefire would hold")."""
    if verb.lemma_.lower() in COPULAS or verb.lemma_.lower() in ctx.lex.reversals:
        return None  # "should be shelved": the undoing of the thing is named by the reversal's noun
    hit = normalise(ctx.lex, subj)
    if hit is None or hit[0].in_vocabulary:
        return None
    word = verb.lower_ if verb.tag_ in {"VBG", "VBN"} else verb.lemma_.lower()
    phrase = verb_phrase(verb).split()
    own = act_word(verb)  # (words before the verb, "only agree to ...", are no part of what follows it)
    rest = phrase[phrase.index(own) + 1:] if own in phrase else phrase[1:]
    return Topic(label=" ".join([hit[0].label, word, *rest]))


def placing_act(ctx: Context, verb: Token, obj: Token) -> str:
    """A placing verb's act with where it puts its object, who or what is put where ("take the Philippines
    out of the United Nations"); "" where none, or where a carrier's thing is the issue ("bring peace to
    the region")."""
    if verb.lemma_.lower() in CARRIER_VERBS and ctx.resolver.resolve(obj) is None and not described_person(ctx.lex, obj):
        return ""
    return placed(verb, obj)


def described_person(lex: Lexicon, noun: Token) -> bool:
    """``noun`` names an unnamed person or group by role ("the prime minister", "the nurses")."""
    return noun.pos_ == "NOUN" and (fold(noun.lemma_) in lex.role_nouns | lex.person_nouns
                                    or fold(noun.text) in lex.group_nouns)
