"""Sentences → statements: cues, their actors and targets, negation,
conditions, threats, relayed speech and quotes.

Each rule is a small function over the dependency parse, documented with the
kind of sentence it handles. Nothing here names a particular article.
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.actors import FIRST_PERSON, ActorResolver, Mention, ent_of
from kg.extract.quotes import Quote, find_quotes
from kg.extract.targets import find_topic, normalise, reversal
from kg.lexicon import Lexicon, fold
from kg.records import Actor, Document, Relation, Span, Statement, Target, Topic

SUBJ = {"nsubj", "nsubjpass", "csubj"}
HYPOTHETICAL_MARKS = {"if", "unless", "whether"}
RELATIVE_PRONOUNS = {"who", "which", "that"}
# verbs whose object does not do the infinitive: "offered Kiev to resume talks",
# "used such remarks to oppose NATO membership" (the user opposes)
SUBJECT_CONTROL = {"offer", "promise", "use", "take", "make", "spend", "employ", "seize", "need"}
# verbs whose infinitive is the subject's own act: "agreed to step down"
COMMITTING = {"agree", "promise", "pledge", "decide", "consent", "vow", "undertake", "commit"}
# causatives that entail the caused act: "prompting Russia to signal its willingness"
IMPLICATIVE = {"prompt", "force", "compel", "cause", "lead", "drive", "spur", "persuade", "convince", "oblige"}
STANCE_NOUNS = {"position", "stance", "line", "campaign", "fight", "struggle", "crusade", "stand"}
ATTEMPT_NOUNS = {"attempt", "effort", "bid", "move", "push", "plan", "decision"}
ACTOR_TARGET = {"accuses", "praises", "consults"}
# clauses that carry a wanted or proposed act, not a performed one
IRREALIS_HEADS = {"demands", "proposes", "threatens", "conditions"}
CONSULT_PREPS = {"with", "to"}
ASPECT_VERBS = {"begin", "start", "commence", "take", "happen", "continue", "end", "be", "go", "proceed", "last",
                "resume", "hold", "occur", "enter", "come"}
# verbs that only carry their object into a target: "hold talks", "reach a deal", "impose sanctions"
CARRIER_VERBS = {"have", "hold", "reach", "get", "make", "take", "give", "achieve", "secure", "sign", "conclude",
                 "start", "begin", "resume", "continue", "pursue", "allow", "provide", "seek", "find", "see", "keep",
                 "maintain", "do", "receive", "implement", "launch", "open", "enter", "establish", "approve", "adopt",
                 "pass", "send", "impose", "deliver", "supply", "offer", "bring", "restore", "ensure", "deploy",
                 "agree", "accept", "support", "back", "host", "organise", "organize", "arrange", "convene",
                 "use", "include", "create", "build", "set", "put", "win", "gain", "obtain", "grant", "extend",
                 "conduct", "stage", "perform", "undertake", "carry"}
# nouns that only open a slot for the real target: "the possibility of talks"
OPEN_NOUNS = {"possibility", "prospect", "option", "chance", "likelihood"}
# nouns whose "with"/"of" complement is the real target: "compliance with the demand for a ceasefire"
THROUGH_NOUNS = {"compliance", "implementation", "adherence", "observance", "enforcement", "respect", "fulfilment",
                 "fulfillment", "extension", "renewal", "resumption"}
COPULAS = {"be", "prove", "remain", "seem", "appear", "look", "sound"}
GOAL_NOUNS = {"objective", "goal", "aim", "purpose", "intention", "plan", "priority", "mission", "intent"}
REPORT_NOUNS = {"report", "statement", "post", "remarks", "comments", "interview"}


@dataclass
class Cue:
    token: Token
    relation: str
    particle: Token | None = None
    nominal: bool = False


@dataclass
class Context:
    document: Document
    lex: Lexicon
    resolver: ActorResolver
    quotes: list[Quote]
    quote_speaker: dict[int, Mention] = field(default_factory=dict)  # quote index -> speaker
    quote_span: dict[int, Span] = field(default_factory=dict)  # quote index -> statement sentence span
    prev_quote: tuple[int, Mention] | None = None
    salience: dict[str, int] = field(default_factory=dict)  # noun lemma -> uses in the document
    headline: frozenset[str] = frozenset()  # noun lemmas of the headline and title

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.document.text[start:end])


# ---- cues -------------------------------------------------------------------

def verbal_cue(lex: Lexicon, tok: Token) -> Cue | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "ADJ" and lemma in lex.adjectives and tok.dep_ in {"acomp", "ROOT", "conj"}:
        return Cue(tok, lex.adjectives[lemma])  # "Russia is ready for negotiations"
    if tok.pos_ not in {"VERB", "AUX"} and not (tok.pos_ == "NOUN" and tok.dep_ == "ROOT"):
        return None
    if lemma in lex.orders and any(c.dep_ == "dobj" for c in tok.children) and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in tok.children):
        return Cue(tok, "demands")  # "told Russia to accept a ceasefire"
    for child in tok.children:
        if child.dep_ in {"prt", "prep", "dobj"} and child.i > tok.i:
            key = f"{lemma} {child.lower_ if child.dep_ != 'dobj' else child.lemma_.lower()}"
            if key in lex.phrasal:
                return Cue(tok, lex.phrasal[key], child)
    if lemma in lex.verbs:
        return Cue(tok, lex.verbs[lemma])
    if lemma in lex.light_verbs:  # "expressed solidarity with", "extended an invitation to"
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lemma_.lower() in lex.nouns:
            return Cue(tok, lex.nouns[obj.lemma_.lower()])
    return None


NOUN_DEPS = {"dobj", "pobj", "nsubj", "nsubjpass", "compound"}


def nominal_cue(lex: Lexicon, tok: Token) -> Cue | None:
    # a noun, or a word tagged as a verb where only a noun can stand ("rejects ceasefire [call]")
    if tok.pos_ not in {"NOUN", "PROPN"} and not (tok.pos_ == "VERB" and tok.dep_ in NOUN_DEPS):
        return None
    lemma = tok.lemma_.lower()
    if lemma in lex.nouns:
        return Cue(tok, lex.nouns[lemma], nominal=True)
    return None


# ---- clause tests -----------------------------------------------------------

def negated(tok: Token) -> bool:
    """Negated itself, or through the phrase it fills: "not in the habit of supporting"."""
    t = tok
    for _ in range(6):
        if any(c.dep_ == "neg" or c.lower_ in {"never", "not", "n't"} for c in t.children if c.dep_ in {"neg", "advmod"}):
            return True
        if t.dep_ not in {"pcomp", "pobj", "prep"} or t.head == t:
            return False
        t = t.head
    return False


def hypothetical(tok: Token) -> bool:
    """Inside an if-clause (or a question of whether): the act is not asserted."""
    t = tok
    while t.head != t:
        if t.dep_ in {"advcl", "ccomp", "csubj", "conj"} and any(
                c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in t.children):
            return True
        if any(c.lower_ in {"how", "whether"} for c in t.children if c.dep_ in {"advmod", "mark"}) and any(
                c.lower_ == "to" for c in t.children if c.dep_ == "aux"):
            return True  # "consulting partners on how to support Ukraine": discussed, not done
        t = t.head
    return False


def condition_clause(tok: Token, lex: Lexicon) -> Token | None:
    """The verb of an "only if" / "on condition that" clause attached to ``tok``."""
    for child in tok.children:
        if child.dep_ != "advcl":
            continue
        left = " ".join(t.lower_ for t in child.subtree if t.i < child.i)
        if any(left.startswith(m) or f" {m}" in f" {left}" for m in lex.condition_markers):
            return child
        if any(c.dep_ == "mark" and c.lower_ == "if" for c in child.children) and any(
                t.lower_ == "only" for t in tok.doc[max(child.left_edge.i - 2, 0):child.left_edge.i + 1]):
            return child
        if any(c.dep_ == "mark" and c.lower_ == "unless" for c in child.children) and negated(tok):
            return child  # "would not return to negotiations unless Israel froze settlement building"
    return None


def governing_cue(lex: Lexicon, tok: Token) -> Cue | None:
    """The nearest cue above ``tok`` through clause links (xcomp, ccomp, acl...)."""
    t = tok
    while t.head != t and t.dep_ in {"xcomp", "ccomp", "acl", "relcl", "pcomp", "pobj", "prep", "advcl", "dobj", "conj", "aux", "auxpass"}:
        t = t.head
        cue = verbal_cue(lex, t) or nominal_cue(lex, t)
        if cue is not None and t.lemma_.lower() not in lex.speech | lex.light_verbs:
            return cue
        if cue is not None and t.lemma_.lower() in {"urge", "ask", "demand", "warn"}:
            return cue
    return None


def conj_head(t: Token) -> Token:
    """The verb a conjunct is coordinated with. The small model hangs a finite
    verb on an infinitive ("expects Russia to confirm a truce and declared its
    readiness"): then the conjunct belongs to the finite verb above."""
    h = t.head
    if t.tag_ in {"VBD", "VBZ", "VBP"} and h.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in h.children):
        while h.head != h and h.tag_ in {"VB", "VBG"}:
            h = h.head
    return h


def irrealis(lex: Lexicon, tok: Token) -> bool:
    """An act that is demanded, proposed or threatened, not performed:
    "urged Moscow to *accept*", "a deadline for Russia to *accept*"."""
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children) and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return True  # a for-to infinitive ("for Russia to accept") never states an act
    t = tok
    while t.head != t and t.dep_ in {"xcomp", "ccomp", "acl", "relcl", "pcomp", "pobj", "prep", "advcl", "dobj", "conj"}:
        if t.dep_ == "conj":
            t = conj_head(t)
            continue
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ not in {"to", "that"} for c in t.children):
            return False  # "proposed talks after Kiev called for a truce": an adverbial clause states its own act
        head = t.head
        cue = verbal_cue(lex, head) or nominal_cue(lex, head)
        if cue is not None and cue.relation in IRREALIS_HEADS and t.dep_ != "conj":
            return True
        if t.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in head.children) and head.lemma_.lower() not in SUBJECT_CONTROL \
                and not (head.lemma_.lower() in IMPLICATIVE and not negated(head)):
            return True  # object control: "told Putin to accept", "pressed Russia to agree"
        if t.dep_ == "xcomp" and head.lemma_.lower() in lex.reversals:
            return True  # "must stop portraying Latinos as ...": an act to be stopped is not asserted
        if head.lemma_.lower() in {"deadline", "possibility", "prospect", "aspiration", "aspirations", "attempt", "attempts", "effort", "efforts",
                                   "plan", "goal", "aim", "bid", "chance", "readiness", "willingness", "desire"}:
            return True
        t = head
    return False


# ---- subjects and speakers --------------------------------------------------

def subject_of(tok: Token) -> Token | None:
    """The grammatical subject, inherited through xcomp, conj and participles."""
    t = tok
    participle = False
    for _ in range(8):
        subj = next((c for c in t.children if c.dep_ in {"nsubj", "csubj"}), None)
        if subj is not None and t.dep_ == "relcl" and subj.lower_ in RELATIVE_PRONOUNS:
            return t.head  # "Mr. Obama, who has opposed the plan": the antecedent acts
        if subj is not None:
            return subj
        if t.dep_ == "xcomp" and t.head.lemma_ == "be":
            goal = next((c for c in t.head.children if c.dep_ == "nsubj" and c.lemma_.lower() in GOAL_NOUNS), None)
            owner = next((c for c in goal.children if c.dep_ == "poss"), None) if goal is not None else None
            if owner is not None:
                return owner  # "their objective was to press Russia ...": they press
        if participle and t.dep_ in {"pobj", "prep", "dobj"} and t.head != t:
            t = t.head  # "dismissed X as a show, insisting on ...": the participle's clause is the verb's
            continue
        if t.dep_ == "acl" and t.tag_ == "VBG":
            if t.left_edge.i > 0 and not t.doc[t.left_edge.i - 1].is_punct and t.head.pos_ in {"NOUN", "PROPN"}:
                return t.head  # "vetoed a resolution condemning the government": the resolution condemns
            participle = True
        if t.dep_ == "acomp":  # "Russia is ready": the copula holds the subject
            t = t.head
            continue
        if t.dep_ in {"xcomp", "conj", "advcl", "pcomp", "acl"} and t.head != t:
            if t.dep_ == "xcomp":  # object control: "urged Moscow to act"
                obj = next((c for c in t.head.children if c.dep_ == "dobj"), None)
                if obj is not None and t.head.lemma_.lower() not in SUBJECT_CONTROL:
                    return obj
            if t.dep_ == "pcomp":
                obj = next((c for c in t.head.head.children if c.dep_ == "dobj"), None)
                if t.head.lower_ == "for" and obj is not None:
                    return obj  # "criticized Obama for not doing so", "thanked Kerry for helping"
                t = t.head.head
                while t.dep_ in {"pobj", "prep"} and t.head != t:
                    t = t.head  # "was not in the habit of supporting": up to the clause's verb
                continue
            t = conj_head(t) if t.dep_ == "conj" else t.head
            continue
        if t.dep_ == "relcl":
            return t.head
        return None
    return None


def agent_of(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ == "agent":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def speech_frame(lex: Lexicon, tok: Token) -> Token | None:
    """The reporting verb that ``tok``'s clause hangs from: "X said [Y would accept]"."""
    t = tok
    while t.head != t and t.dep_ in {"ccomp", "xcomp", "conj", "advcl", "parataxis"}:
        if t.dep_ == "conj":
            t = t.head
            continue
        head = t.head
        if head.lemma_.lower() in lex.speech and t.dep_ in {"ccomp", "parataxis"}:
            return head
        t = head
    # "Ukraine expects ..., Zelensky said": spaCy makes the reported clause the ccomp
    # of a ROOT speech verb that follows it; handled above. A ROOT clause with a
    # trailing "X said" parses the same way.
    return None


# ---- targets ----------------------------------------------------------------

def object_of(tok: Token) -> Token | None:
    for dep in ("dobj", "attr", "oprd"):
        obj = next((c for c in tok.children if c.dep_ == dep), None)
        if obj is not None:
            return obj
    return None


def pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)


def follow_nominal(lex: Lexicon, noun: Token) -> Token | None:
    """What a nominal cue is about: "calls for [a ceasefire]", "the [ceasefire] call",
    "an ultimatum to agree to [a ceasefire]"."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in {"for", "of", "on", "towards", "toward"}:
            p = pobj(c)
            if p is not None:
                inner = nominal_cue(lex, p)
                if inner is not None and p.lemma_.lower() != noun.lemma_.lower():
                    return follow_nominal(lex, p) or p
                return p
    for c in noun.children:
        if c.dep_ in {"acl", "relcl", "advcl"} and c.tag_ in {"VB", "VBG"} and any(a.lower_ == "to" for a in c.children):
            return c  # "an ultimatum to accept", "a deadline for Iran to accept" (the parser's advcl)
    content = lex.nouns.get(noun.lemma_.lower()) in {"demands", "proposes", "threatens"}
    for c in noun.children:
        if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"} and c.ent_type_ not in {"DATE", "TIME"} and (
                content or find_topic(lex, [c]) is not None):
            # "the ceasefire proposal", "a sanctions threat": a call, offer or threat names its content
            # so; "steadfast support", "military support" name a kind of support, not what is supported
            return c
    return None


def head_words(noun: Token) -> str:
    """A noun and its left modifiers as folded words, for alias lookups ("its troops" -> "troops")."""
    return " ".join(fold(t.text) for t in noun.subtree if t.dep_ not in {"det", "poss", "punct"} and t.i <= noun.i)


def target_from(ctx: Context, tok: Token | None, *, want_actor: bool = False) -> tuple[Target | None, tuple[str, ...], Mention | None]:
    """A target token → (target, qualifiers, actor mention if the target names an actor)."""
    if tok is None:
        return None, (), None
    lex = ctx.lex
    if tok.ent_type_ in {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}:
        return None, (), None
    if tok.pos_ in {"VERB", "AUX"} and not (tok.dep_ in NOUN_DEPS and tok.tag_ in {"VBP", "VB", "NN"} and not any(
            c.dep_ in {"dobj", "nsubj", "aux"} for c in tok.children)):
        subj0 = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if tok.lemma_.lower() in ASPECT_VERBS and subj0 is not None and subj0.pos_ == "NOUN":
            return target_from(ctx, subj0, want_actor=want_actor)  # "the ceasefire would begin on May 12"
        acomp = next((c for c in tok.children if c.dep_ == "acomp"), None)
        if acomp is not None and tok.lemma_.lower() in COPULAS | {"stay", "become", "remain"} and subj0 is not None:
            # "insisted that Kyiv remain neutral": neutrality (of Ukraine)
            hit = lex.topic_index.get(fold(acomp.text))
            if hit:
                return lex.topics[hit], (), None
            m0 = ctx.resolver.resolve(subj0)
            who = m0.actor.label if m0 is not None else subj0.text
            return Topic(label=f"{acomp.lower_} {who}"), (), None
        inner = object_of(tok) or next((pobj(c) for c in tok.children if c.dep_ == "prep" and pobj(c) is not None
                                        and pobj(c).ent_type_ not in {"DATE", "TIME"}), None)
        if inner is None:  # 'hold direct and "unconditional" talks' parsed as hold [direct] and [talks]
            inner = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "NOUN"), None)
        if inner is None:
            subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is not None and ctx.resolver.resolve(subj) is None:
                inner = subj
        noun = lex.reversals.get(tok.lemma_.lower())
        if inner is None:
            xc = next((c for c in tok.children if c.dep_ in {"xcomp", "ccomp"}), None)
            if noun is not None and xc is not None and xc.tag_ == "VBG":  # "stopped supplying arms"
                what, quals, _ = target_from(ctx, xc)
                if what is not None and not isinstance(what, Actor):
                    return reversal(lex, noun, what.label), quals, None
            if xc is not None:
                return target_from(ctx, xc, want_actor=want_actor)
            # an act with no object names its issue by its noun: "offered to mediate" -> mediation
            prt = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
            nominal = (lex.nominalisations.get(f"{tok.lemma_.lower()} {prt}") if prt else None) or \
                lex.nominalisations.get(tok.lemma_.lower())
            if nominal and not want_actor:
                hit = lex.topic_index.get(fold(nominal))
                return (lex.topics[hit] if hit else Topic(label=nominal)), (), None
            return None, (), None
        if noun is not None and inner.dep_ in {"dobj", "nsubjpass"}:  # "lift the sanctions"
            what, quals, m = target_from(ctx, inner)
            if what is not None and not isinstance(what, Actor):
                return reversal(lex, noun, what.label, head_words(inner)), quals, None
        with_ = next((pobj(c) for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" and pobj(c) is not None), None)
        if inner.dep_ == "dobj" and with_ is not None and not want_actor and ctx.resolver.resolve(inner) is not None:
            inner = with_  # "supply Ukraine with weapons": what is supplied
        if (inner.dep_ == "dobj" and not want_actor and tok.lemma_.lower() not in CARRIER_VERBS
                and verbal_cue(lex, tok) is None):
            # "suggested it would leave the single market": the act, not its object, is the issue
            what, quals, _ = target_from(ctx, inner)
            if what is None or (isinstance(what, Topic) and what.in_vocabulary):
                return what, quals, None
            prt = "".join(f" {c.lower_}" for c in tok.children if c.dep_ == "prt")
            label = f"{tok.lemma_.lower()}{prt} {what.label}"
            hit = lex.topic_index.get(fold(label)) or lex.topic_index.get(fold(f"{tok.lemma_} {head_words(inner)}"))
            return (lex.topics[hit] if hit else Topic(label=label)), quals, None
        tok = inner
    if tok.pos_ == "ADJ" and not want_actor:  # "make in-state tuition free" -> free in-state tuition
        subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None:
            m = ctx.resolver.resolve(subj)
            hit = normalise(lex, subj) if m is None else None
            what = m.actor.label if m is not None else hit[0].label if hit is not None else None
            if what is not None:
                return Topic(label=f"{tok.lower_} {what}"), (), None
    if tok.lemma_.lower() in OPEN_NOUNS:  # "did not rule out the possibility that [they agree on a truce]"
        inner = next((c for c in tok.children if c.dep_ in {"acl", "ccomp", "relcl"} and c.pos_ in {"VERB", "AUX"}), None)
        inner = inner or next((pobj(c) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        return target_from(ctx, inner, want_actor=want_actor) if inner is not None else (None, (), None)
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
            return Topic(label=f"{tok.lemma_.lower()} of {what.label}"), (), None
    if ncue is not None:
        inner = follow_nominal(lex, tok)
        if inner is not None:
            return target_from(ctx, inner, want_actor=want_actor)
    # a vocabulary topic wins over an actor inside the phrase ("Ukraine's NATO membership")
    hit = normalise(lex, tok)
    topic_hit = hit if hit is not None and hit[0].in_vocabulary else None
    if topic_hit is None or want_actor:
        m = ctx.resolver.resolve(tok)
        if m is None and want_actor:
            # "the involvement of North Korean troops" -> North Korea; not from a clause
            # further on ("partners on how to support Ukraine" is not Ukraine)
            near = [t for t in tok.subtree if not any(a.dep_ in {"acl", "relcl", "pcomp", "advcl"} or
                                                      (a.dep_ == "prep" and a.lower_ not in {"of"})
                                                      for a in [t, *t.ancestors] if a.i != tok.i and tok in a.ancestors)]
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
    return hit[0], hit[1], None


def conjoined_targets(ctx: Context, tok: Token | None, *, want_actor: bool = False) -> list[tuple[Target, tuple[str, ...]]]:
    """The further targets of a coordination: "face increased sanctions and
    weapons transfers", "called for a ceasefire and direct talks" (the first
    conjunct is ``target_from``'s)."""
    if tok is None:
        return []
    for _ in range(3):
        if tok.pos_ in {"VERB", "AUX"}:
            nxt = object_of(tok) or next((pobj(c) for c in tok.children if c.dep_ == "prep" and pobj(c) is not None), None)
        elif nominal_cue(ctx.lex, tok) is not None:
            nxt = follow_nominal(ctx.lex, tok)
        else:
            break
        if nxt is None:
            return []
        tok = nxt
    out = []
    for c in tok.conjuncts:
        if c.i > tok.i and c.pos_ in {"NOUN", "PROPN"}:
            target, quals, _ = target_from(ctx, c, want_actor=want_actor)
            if target is not None and (want_actor or not isinstance(target, Actor)):
                out.append((target, quals))
    return out


# ---- the extractor ----------------------------------------------------------

@dataclass
class Draft:
    actor: Mention
    relation: str
    target: Target | None
    qualifiers: tuple[str, ...] = ()
    condition_of: Target | None = None
    addressee: Actor | None = None
    cue: Token | None = None
    reported_by: tuple[Actor, ...] = ()
    confidence: float = 0.7
    quote: int | None = None


class SentenceExtractor:
    def __init__(self, ctx: Context, sent: SpacySpan):
        self.ctx = ctx
        self.lex = ctx.lex
        self.sent = sent
        self.drafts: list[Draft] = []

    # which quote a token sits in
    def quote_of(self, tok: Token) -> int | None:
        for i, q in enumerate(self.ctx.quotes):
            if q.content.start <= tok.idx < q.content.end:
                return i
        return None

    def speaker_for(self, tok: Token) -> Mention | None:
        qi = self.quote_of(tok)
        return self.ctx.quote_speaker.get(qi) if qi is not None else None

    def actor_of(self, cue: Cue) -> tuple[Mention | None, tuple[Actor, ...]]:
        """Who performs the cue's act, and who relayed it."""
        tok = cue.token
        speaker = self.speaker_for(tok)
        subj: Token | None = None
        if any(c.dep_ == "auxpass" for c in tok.children):
            ag = agent_of(tok)
            m = self.ctx.resolver.resolve(ag, speaker) if ag is not None else None
        else:
            subj = subject_of(tok)
            m = self.ctx.resolver.resolve(subj, speaker) if subj is not None else None
            if subj is not None and m is None and subj.lower_ in FIRST_PERSON and speaker is None:
                return None, ()
            if subj is not None and m is None and speaker is not None and subj.lower_ not in FIRST_PERSON \
                    and subj.pos_ in {"NOUN", "PROPN", "PRON"} and speech_frame(self.lex, tok) is None:
                return None, ()  # '"Anyone who cannot condemn ...," X said': someone else acts, not X
        frame = speech_frame(self.lex, tok)
        if frame is not None:
            fsubj = subject_of(frame)
            ag = agent_of(frame)
            fm = None
            if fsubj is not None:
                fm = self.ctx.resolver.resolve(fsubj, speaker)
            elif ag is not None:
                fm = self.ctx.resolver.resolve(ag, speaker)
            transparent = frame.lemma_.lower() in self.lex.transparent
            if fm is not None and not transparent:
                if m is None:
                    return fm, ()
                if m.actor == fm.actor:
                    return m, ()
                embedded_is_people = m.actor.kind in {"person", "group"}
                affiliated = fm.actor.country == m.actor.label or (fm.actor.kind == "group" and m.actor.kind == "group")
                if m.how == "pronoun" and m.actor.kind != "person":
                    return fm, ()
                if affiliated or (not embedded_is_people and fm.actor.kind == "person" and fm.actor.country == m.actor.label):
                    return fm, ()
                if embedded_is_people or m.actor.kind in {"country", "organisation"}:
                    return m, (fm.actor,)
                return fm, ()
        if m is None and speaker is not None:
            return speaker, ()
        return m, ()

    def run(self) -> list[Draft]:
        for tok in self.sent:
            cue = verbal_cue(self.lex, tok)
            if cue is not None:
                self.verbal(cue)
            ncue = nominal_cue(self.lex, tok)
            if ncue is not None:
                self.nominal(ncue)
            if tok.lemma_.lower() in self.lex.consequence_verbs and tok.pos_ == "VERB":
                self.consequence(tok)
            if tok.lemma_.lower() in self.lex.evaluation_verbs and tok.pos_ == "VERB":
                self.evaluation(tok)
            if tok.dep_ in {"acomp", "attr"} and tok.head.lemma_.lower() in COPULAS:
                self.predication(tok)
            if tok.lemma_ == "be" and tok.pos_ in {"AUX", "VERB"}:
                self.goal(tok)
            if tok.lower_ == "enough" or (tok.lower_ == "more" and tok.dep_ == "amod"):
                self.enough(tok)
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in STANCE_NOUNS:
                self.stance_noun(tok)
            if tok.pos_ == "VERB" and tok.lemma_.lower() in self.lex.wrong_verbs:
                self.reported_wrong(tok, tok)
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.lex.wrong_nouns:
                self.reported_wrong_noun(tok)
        self.conditions()
        return self.drafts

    # "X rejected a cease-fire", "urged Moscow to uphold a ceasefire"
    def verbal(self, cue: Cue) -> None:
        tok, rel = cue.token, cue.relation
        lemma = tok.lemma_.lower()
        if hypothetical(tok) or irrealis(self.lex, tok):
            return
        if tok.dep_ in {"amod", "acl"} and tok.tag_ == "VBN":
            return  # "the proposed truce": an attribute, not an act
        if tok.dep_ == "advcl" and tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
                and any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "shall"} for c in tok.head.children):
            return  # "would soon speak to Erdogan to ask for his help": a purpose still to come
        if tok.dep_ == "advcl" and tok.tag_ == "VBN" and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"}
                                                                for c in tok.children):
            return  # "Asked to describe the device, O'Neill said": he was asked
        obj0 = object_of(tok)
        if tok.dep_ == "pcomp" and tok.head.lower_ == "for" and negated(tok):
            return  # "criticized Obama for not condemning the attack": the critic's reproach, not Obama's stance
        if tok.dep_ == "pcomp" and tok.head.lower_ in {"of", "for"} and (
                (c := verbal_cue(self.lex, tok.head.head)) is not None and c.relation == "accuses"):
            return  # "accused Iran of seeking nuclear weapons": the act alleged of Iran, not the accuser's
        if negated(tok) or (obj0 is not None and self.quote_of(obj0) is None
                            and any(c.lower_ == "no" and c.dep_ in {"det", "neg"} for c in obj0.children)):
            flipped = self.lex.negation.get(rel)  # "did not accept", "offered no proof"
            if flipped is None:
                return
            rel = flipped
        own = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}), None)
        if lemma in {"want", "wish", "hope"} and own is not None and own.lemma_ == "be" and object_of(tok) is None and any(
                c.dep_ in {"attr", "acomp"} and not any(p.dep_ == "prep" for p in c.children) for c in own.children):
            return  # "Jeb wants to be a tough guy": a wish about oneself ("to be part of the talks" is one about an issue)
        if rel == "demands" and lemma in {"want", "expect", "wish"} and own is not None and object_of(tok) is None \
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in own.children):
            if lemma == "expect":
                return  # "expected to sell its coal": a forecast of one's own act, no demand
            rel = "supports"  # "wants to build a wall": an intention, not a demand on others
        actor, relayed = self.actor_of(cue)
        if actor is None:
            return
        addressee: Actor | None = None
        target_tok: Token | None = None
        want_actor = rel in ACTOR_TARGET
        obj = object_of(tok)
        passive = any(c.dep_ == "auxpass" for c in tok.children)
        if passive:
            obj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if cue.particle is not None and cue.particle.dep_ == "prep":
            target_tok = pobj(cue.particle)
            if target_tok is not None and rel == "demands" and cue.particle.lower_ in {"on", "upon", "to"}:
                m = self.ctx.resolver.resolve(target_tok)
                xc = next((c for c in [*tok.children, *target_tok.children] if c.dep_ in {"xcomp", "acl"}
                           and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children)), None)
                if m is not None or xc is not None:  # "called on both sides to lay down their arms"
                    addressee = m.actor if m is not None else None
                    target_tok = xc
                    if xc is None:
                        return  # "calling on Putin": the demand's content is elsewhere
        elif obj is not None:
            if obj.lemma_.lower() in self.lex.nouns and lemma in self.lex.light_verbs | {"reiterate"}:
                rel = self.lex.nouns[obj.lemma_.lower()]
                want_actor = rel in ACTOR_TARGET
                target_tok = follow_nominal(self.lex, obj)
                if target_tok is None:  # "solidarity with Greece", "concern over the violence", on the noun or the verb
                    for c in [*obj.children, *tok.children]:
                        if c.dep_ == "prep" and c.lower_ in {"towards", "toward", "to", "with", "for", "over", "about",
                                                             "at", "against", "regarding"} and pobj(c) is not None:
                            target_tok = pobj(c)
                            break
                if target_tok is None:  # "expressed hope that the talks would lead to a settlement"
                    target_tok = next((c for c in obj.children if c.dep_ in {"acl", "ccomp"} and c.pos_ in {"VERB", "AUX"}
                                       and any(m.lower_ == "that" for m in c.children if m.dep_ == "mark")), None)
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
                target_tok = obj
                if rel in {"proposes", "demands"} and not want_actor:
                    # "invited Abbas to direct talks": the invitee is the addressee
                    m = self.ctx.resolver.resolve(obj)
                    pp = next((pobj(c) for c in tok.children if c.dep_ == "prep" and c.lower_ in {"for", "to", "into"}
                               and pobj(c) is not None), None)
                    if m is not None and pp is not None:
                        addressee, target_tok = m.actor, pp
        xcomp = next((c for c in tok.children if c.dep_ in {"xcomp", "ccomp"}), None)
        if rel in {"demands", "proposes"} and obj is not None and xcomp is not None and not want_actor:
            m = self.ctx.resolver.resolve(obj)
            if m is not None:  # "urged Moscow to uphold a ceasefire"
                addressee = m.actor
                target_tok = xcomp
            elif xcomp.dep_ == "xcomp" and any(c.lower_ == "to" for c in xcomp.children):
                target_tok = xcomp  # "urged the West to lift the sanctions": an addressee the gazetteer lacks
        if target_tok is None and xcomp is not None:
            inner = verbal_cue(self.lex, xcomp)
            if inner is not None and inner.relation not in IRREALIS_HEADS and rel not in IRREALIS_HEADS:
                return  # "decided to support a ceasefire": the inner cue speaks
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
            # an adjective takes its issue from more prepositions: "concerned about / by the violence"
            preps = {"for", "on", "to", "against"} | ({"about", "over", "at", "by", "with"} if tok.pos_ == "ADJ" else set())
            for c in tok.children:
                if c.dep_ in {"prep", "agent"} and c.lower_ in preps:
                    target_tok = pobj(c)
                    break
        if rel == "threatens":
            self.threat(actor, tok, relayed)
            return
        if target_tok is not None and target_tok.lower_ in {"other", "another"} and any(
                c.lower_ in {"each", "one"} for c in target_tok.children):
            # "Russia and Ukraine accused each other": every member acts on every other
            parts = actor.parts
            for a in parts:
                for b in parts:
                    if a.actor != b.actor:
                        self.drafts.append(Draft(a, rel, b.actor, (), cue=tok, reported_by=relayed, confidence=0.65))
            return
        if target_tok is not None and target_tok.dep_ == "xcomp" and target_tok.head == tok and negated(target_tok):
            flipped = self.lex.negation.get(rel)  # "vowed not to repeat the mistake"
            if flipped is None:
                return
            rel = flipped
        target, quals, tm = target_from(self.ctx, target_tok, want_actor=want_actor)
        if target is None:
            return
        if rel in ACTOR_TARGET and not isinstance(target, Actor):
            if rel == "consults":
                return
        if rel == "consults" and tm is not None and tm.how == "pronoun" and tm.span.text.lower() in {"it", "its"}:
            return  # "return to visit it": a place, more often than a state
        if isinstance(target, Actor) and target == actor.actor:
            return
        if isinstance(target, Actor) and rel in {"demands", "proposes", "accepts"}:
            return  # "making a demand of Obama", "ready to do it before this Congress": an addressee, no issue
        conf = 0.8 if actor.how in {"name", "alias"} else 0.65
        self.add_coordinated(Draft(actor, rel, target, quals, addressee=addressee, cue=tok, reported_by=relayed,
                                   confidence=conf - 0.1 * bool(relayed)),
                             None if isinstance(target, Actor) else target_tok)
        if rel == "demands" and target_tok is not None and target_tok.pos_ in {"VERB", "AUX"}:
            self.ultimatum(actor, target_tok, addressee, relayed)

    def ultimatum(self, actor: Mention, wanted: Token, addressee: Actor | None, relayed: tuple[Actor, ...]) -> None:
        """"told Iran to accept the deal or face new sanctions": the alternative is a threat."""
        if not any(c.dep_ == "cc" and c.lower_ == "or" for c in wanted.children):
            return
        for alt in wanted.conjuncts:
            if alt.lemma_.lower() in {"face", "risk", "suffer", "incur"} and object_of(alt) is not None:
                target, quals, _ = target_from(self.ctx, object_of(alt))
                if target is not None:
                    self.add_coordinated(Draft(actor, "threatens", target, quals, addressee=addressee, cue=alt,
                                               reported_by=relayed, confidence=0.6), alt)

    def threat(self, actor: Mention, tok: Token, relayed: tuple[Actor, ...]) -> None:
        """"warning that Moscow would face new sanctions": target the consequence,
        addressee who would suffer it."""
        conseq = None
        # not in the threat's own if-clause: "threatened to conduct a test if the UN imposes sanctions"
        trigger = {t.i for c in tok.subtree if c.dep_ == "advcl" and c != tok and any(
            m.dep_ == "mark" and m.lower_ in HYPOTHETICAL_MARKS for m in c.children) for t in c.subtree}
        for t in tok.subtree:
            if t.lemma_.lower() in self.lex.consequence_verbs and t != tok and t.i not in trigger:
                conseq = t
                break
        target_tok = object_of(conseq) if conseq is not None else object_of(tok)
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
        target, quals, _ = target_from(self.ctx, target_tok) if target_tok is not None else (None, (), None)
        if target is None and conseq is None:  # "threatened to veto the resolution": the act is the threat
            act = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            target = self.act_of(act) if act is not None else None
        if target is None and conseq is not None:
            target = self.lex.topics.get("retaliation") if conseq.lemma_.lower() in {"respond", "retaliate"} else None
        if target is None:
            return
        self.add_coordinated(Draft(actor, "threatens", target, quals, addressee=addressee, cue=tok, reported_by=relayed,
                                   confidence=0.7), target_tok)

    def polarity_of(self, pred: Token) -> int:
        """+1 / -1 for an evaluative predicate ("useless", "a positive sign",
        "barbaric and illegal"), 0 when it carries no evaluation."""
        words = [pred, *(c for c in pred.children if c.dep_ in {"amod", "compound", "conj", "advmod"})]
        for w in words:
            val = self.lex.evaluations.get(fold(w.lemma_)) or self.lex.evaluations.get(fold(w.text))
            if val:
                return -val if any(c.dep_ == "neg" for c in w.children) else val
        return 0

    def evaluated(self, tok: Token, target_tok: Token, pol: int) -> None:
        """One evaluation → supports/praises (positive) or opposes (negative)."""
        if hypothetical(tok) or negated(tok) or (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in self.lex.reversals):
            return
        if target_tok.pos_ == "PRON" or fold(target_tok.text) in {"it", "this", "that"}:
            if fold(target_tok.text) not in {"it", "this", "that"}:
                return
            target: Target | None = self.recent_topic(target_tok)
            quals: tuple[str, ...] = ()
        else:
            m = self.ctx.resolver.resolve(target_tok)
            act = None if m is not None else self.act_of(target_tok)
            if act is not None:
                target, quals = act, ()
            else:
                target, quals = (m.actor, ()) if m is not None else target_from(self.ctx, target_tok)[:2]
        if target is None:
            return
        rel = "opposes" if pol < 0 else ("praises" if isinstance(target, Actor) else "supports")
        actor, relayed = self.actor_of(Cue(tok, rel))
        if actor is None or (isinstance(target, Actor) and target == actor.actor):
            return
        self.add(Draft(actor, rel, target, quals, cue=tok, reported_by=relayed, confidence=0.55))

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

    # "Israel said Hamas had violated the truce": reported wrongdoing is an accusation
    def reported_wrong(self, verb: Token, cue: Token) -> None:
        if hypothetical(verb) or negated(verb) or irrealis(self.lex, verb) or verb.tag_ in {"VB", "VBG"} and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return
        if any(c.dep_ == "auxpass" for c in verb.children):
            who = agent_of(verb)
        else:
            who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if who is None and verb.dep_ == "conj":  # "had crossed the border and attacked a post"
                who = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if who is None or who.lower_ in FIRST_PERSON | RELATIVE_PRONOUNS:
            return
        accused = self.ctx.resolver.resolve(who)
        if accused is None or accused.how == "pronoun":
            return
        frame = speech_frame(self.lex, verb)
        if frame is not None:
            fsubj = subject_of(frame) or agent_of(frame)
            accuser = self.ctx.resolver.resolve(fsubj, self.speaker_for(frame)) if fsubj is not None else None
        else:
            accuser = self.speaker_for(verb)
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
        accused = self.ctx.resolver.resolve(by) if by is not None else None
        if accused is None or accused.how == "pronoun":
            return
        subj = subject_of(verb)
        accuser = self.ctx.resolver.resolve(subj, self.speaker_for(verb)) if subj is not None else None
        self.accusation(accuser, accused, noun)

    # "called the sanctions useless", "described the offer as a positive sign"
    def evaluation(self, tok: Token) -> None:
        if verbal_cue(self.lex, tok) is not None:
            return  # "hailed the agreement as historic": the cue speaks once
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        preds = [c for c in tok.children if c.dep_ in {"oprd", "xcomp", "ccomp", "acomp"}]
        preds += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for p in [pobj(c)] if p is not None]
        obj0 = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj0 is not None:  # "described X's proposal to resume talks as a positive sign": the PP hangs lower
            preds += [p for c in obj0.subtree if c.dep_ == "prep" and c.lower_ == "as" for p in [pobj(c)] if p is not None]
        if obj is None:  # "called it useless" parsed as a small clause
            for p in preds:
                subj = next((c for c in p.children if c.dep_ == "nsubj"), None)
                if subj is not None:
                    obj = subj
                    break
        if obj is None:
            return
        for p in preds:
            pol = self.polarity_of(p)
            if pol:
                self.evaluated(tok, obj, pol)
                return

    # "[X said] attempts to pressure Russia would be useless": a speaker's verdict on an issue
    def predication(self, pred: Token) -> None:
        cop = pred.head
        pol = self.polarity_of(pred)
        if not pol:
            return
        subj = next((c for c in cop.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}), None)
        if subj is None:  # "that attempts to pressure Moscow would be ...": the noun parsed as a sister verb
            subj = next((c for c in cop.head.children if c.dep_ == "ccomp" and c.i < cop.i and c.tag_ in {"VBZ", "VBP"}
                         and any(m.dep_ == "mark" for m in c.children)
                         and all(t.dep_ in {"aux", "neg", "advmod"} for t in cop.doc[c.right_edge.i + 1:cop.i])), None)
        if subj is None or subj.pos_ == "PRON" or self.ctx.resolver.resolve(subj) is not None:
            return
        if speech_frame(self.lex, cop) is None and self.speaker_for(cop) is None:
            return  # the journalist's own verdict is not a statement
        self.evaluated(cop, subj, pol)

    # "X would face new sanctions if ...", "we will respond"
    def consequence(self, tok: Token) -> None:
        if not any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "shall"} for c in tok.children):
            return
        if not any(c.dep_ == "advcl" and any(m.lower_ in {"if", "unless"} for m in c.children if m.dep_ == "mark")
                   for c in tok.children):
            return
        if governing_cue(self.lex, tok) is not None and governing_cue(self.lex, tok).relation == "threatens":
            return  # the warning verb above speaks
        speaker = self.speaker_for(tok)
        subj = subject_of(tok)
        subj_m = self.ctx.resolver.resolve(subj, speaker) if subj is not None else None
        lemma = tok.lemma_.lower()
        frame = speech_frame(self.lex, tok)
        frame_m = None
        if frame is not None and subject_of(frame) is not None:
            frame_m = self.ctx.resolver.resolve(subject_of(frame), speaker)
        if lemma in {"face", "suffer", "pay"}:
            actor = frame_m or speaker
            addressee = subj_m.actor if subj_m else None
        else:
            actor = subj_m or frame_m or speaker
            addressee = None
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in {"on", "against"} and pobj(c) is not None:
                    m = self.ctx.resolver.resolve(pobj(c))
                    addressee = m.actor if m else None
        if actor is None:
            return
        obj = object_of(tok)
        if any(c.dep_ == "auxpass" for c in tok.children):
            obj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            actor = frame_m or speaker
            if actor is None:
                return
        if obj is not None:
            target, quals, _ = target_from(self.ctx, obj)
        else:
            target, quals = self.lex.topics["retaliation"], ()
        if target is None:
            return
        if addressee is None:
            cond = next(c for c in tok.children if c.dep_ == "advcl")
            csubj = next((c for c in cond.children if c.dep_ == "nsubj"), None)
            m = self.ctx.resolver.resolve(csubj) if csubj is not None else None
            addressee = m.actor if m else None
        self.add(Draft(actor, "threatens", target, quals, addressee=addressee, cue=tok, confidence=0.6))

    # "Russia's offer of direct talks", "the call for a ceasefire by European leaders"
    def nominal(self, cue: Cue) -> None:
        noun = cue.token
        if noun.head.lemma_.lower() in self.lex.light_verbs and noun.dep_ == "dobj":
            return  # the light verb speaks
        actor_tok = next((c for c in noun.children if c.dep_ == "poss"), None)
        if actor_tok is None:
            for c in noun.children:
                if c.dep_ == "prep" and c.lower_ == "by":
                    actor_tok = pobj(c)
                if c.dep_ in {"acl", "relcl"} and c.tag_ == "VBN":
                    actor_tok = agent_of(c) or actor_tok
        if actor_tok is None:  # "the call for a ceasefire by European leaders": the by-phrase hangs lower
            inner = follow_nominal(self.lex, noun)
            if inner is not None and inner.i > noun.i:
                actor_tok = next((pobj(c) for c in inner.children if c.dep_ == "prep" and c.lower_ == "by"
                                  and pobj(c) is not None), None)
        if actor_tok is None:  # "an American proposal", "the US offer"
            actor_tok = next((c for c in noun.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < noun.i
                              and c.ent_type_ in {"NORP", "GPE", "ORG"}), None)
        if actor_tok is None and noun.dep_ == "ROOT":
            return
        if actor_tok is None:
            return
        actor = self.ctx.resolver.resolve(actor_tok)
        if actor is None:
            return
        target_tok = follow_nominal(self.lex, noun)
        target, quals, _ = target_from(self.ctx, target_tok, want_actor=cue.relation in ACTOR_TARGET)
        if target is None or (isinstance(target, Actor) and target == actor.actor):
            return
        self.add(Draft(actor, cue.relation, target, quals, cue=noun, confidence=0.6))

    # "would accept only if Western governments stopped supplying arms"
    def conditions(self) -> None:
        for tok in self.sent:
            cond = condition_clause(tok, self.lex)
            passive_pre = tok.lemma_.lower() in self.lex.preceded and any(c.dep_ == "auxpass" for c in tok.children)
            if cond is None and not passive_pre:
                continue
            cue = Cue(tok, "conditions")
            actor, relayed = self.actor_of(cue)
            if actor is None:
                continue
            if passive_pre:  # "any ceasefire must be preceded by a halt of arms supplies"
                ag = agent_of(tok)
                target, quals, _ = target_from(self.ctx, ag)
                subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
                of, _, _ = target_from(self.ctx, subj)
            else:
                toks = [t for t in cond.subtree if not any(a.dep_ == "conj" and a.head == cond for a in [t, *t.ancestors])]
                found = find_topic(self.lex, toks)
                noun = self.lex.reversals.get(cond.lemma_.lower())
                inner = object_of(cond) or next((c for c in cond.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
                undone = None
                if noun is not None and inner is not None:
                    hit = find_topic(self.lex, list(inner.subtree))
                    undone = self.lex.topics[hit[0]] if hit is not None else target_from(self.ctx, inner)[0]
                if undone is not None and not isinstance(undone, Actor):  # "only if the West stopped supplying arms"
                    target, quals = reversal(self.lex, noun, undone.label), ()
                elif found is not None:
                    target, quals = self.lex.topics[found[0]], ()
                else:
                    target, quals, _ = target_from(self.ctx, cond)
                csubj = next((c for c in cond.children if c.dep_ == "nsubj"), None)
                cm = self.ctx.resolver.resolve(csubj) if csubj is not None else None
                bare = isinstance(target, Topic) and target.label in self.lex.nominalisations.values()
                if (target is None or isinstance(target, Actor) or bare) and cm is not None and object_of(cond) is None:
                    # "only if Russia complied": Russia's compliance
                    act = cond
                    own = next((c for c in cond.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
                    if own is not None and cond.lemma_.lower() in COMMITTING and object_of(own) is None:
                        act = own  # "only if Assad agreed to step down": the act agreed to
                    prt = next((c.lower_ for c in act.children if c.dep_ == "prt"), None)
                    noun = (self.lex.nominalisations.get(f"{act.lemma_.lower()} {prt}") if prt else None) or \
                        self.lex.nominalisations.get(act.lemma_.lower())
                    target = Topic(label=f"{cm.actor.label}'s {noun}" if noun else f"{cm.actor.label} {act.text}")
                    quals = ()
                obj = object_of(tok) or next((pobj(c) for c in tok.children if c.dep_ == "prep"
                                              and c.lower_ in {"to", "for", "on", "in"} and pobj(c) is not None), None)
                of = target_from(self.ctx, obj)[0] if obj is not None else None
                if of is None:
                    of = self.recent_topic(tok)
            if target is None or (isinstance(target, Actor) and target == actor.actor):
                continue
            above = {a.i for a in tok.ancestors} | {tok.i}
            self.drafts = [d for d in self.drafts if not (d.cue is not None and d.cue.i in above)]
            self.add(Draft(actor, "conditions", target, quals, condition_of=of, cue=tok, reported_by=relayed, confidence=0.6))

    def recent_topic(self, tok: Token) -> Target | None:
        """The issue a pro-form ("would do so") stands for: the last topic named before it."""
        doc = tok.doc
        start = max(0, self.sent.start - 60)
        toks = [t for t in doc[start:tok.i]]
        for i in range(len(toks) - 1, -1, -1):
            found = find_topic(self.lex, toks[i:i + 3])
            if found is not None:
                return self.lex.topics[found[0]]
        return None

    def add_coordinated(self, d: Draft, target_tok: Token | None) -> None:
        """Keep a draft and one per further coordinated target ("sanctions and a
        travel ban"), a little less confident."""
        self.add(d)
        for t2, q2 in conjoined_targets(self.ctx, target_tok):
            if t2 != d.target:
                self.add(replace(d, target=t2, qualifiers=q2, confidence=d.confidence - 0.05))

    def add(self, d: Draft) -> None:
        """Keep a draft; a coordination of named actors ("both Russia and Ukraine
        express openness", "Merkel, Hollande and Obama urged") gives one
        statement per actor, as coders of discourse networks do."""
        if d.cue is not None:
            d.quote = self.quote_of(d.cue)
        if d.actor.parts:
            for part in d.actor.parts:
                if not (isinstance(d.target, Actor) and d.target == part.actor):
                    self.drafts.append(replace(d, actor=part))
            return
        self.drafts.append(d)


# ---- quotes -----------------------------------------------------------------

def speech_verb(lex: Lexicon, tok: Token) -> bool:
    """A reporting verb: "said", or a phrasal one ("went on", "shot back"; data in cues.toml)."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = tok.lemma_.lower()
    return lemma in lex.speech or any(f"{lemma} {c.lower_}" in lex.speech_phrasal for c in tok.children if c.dep_ in {"prt", "advmod"})


def name_word(t: Token) -> bool:
    """Tagged anything, but capitalised like a name ("Skelly" as an adverb)."""
    return t.pos_ in {"PROPN", "NOUN", "ADV", "ADJ"} and t.text[:1].isupper() \
        and t.text.rstrip(".").isalpha() and t.ent_type_ not in {"DATE", "TIME", "ORDINAL"}


def speaker_of(verb: Token, q: Quote) -> Token | None:
    """The subject of a reporting verb outside quote ``q``, with repairs for the
    parses that lose it: two subjects (the quote's and the speaker's), a name
    right before the verb ('"…," Tulsa police Chief Chuck Jordan said') or right
    after it ('"…," said Skelly'), whatever the parser made of the words."""
    subj = subject_of(verb) or agent_of(verb)
    if subj is not None and q.outer_start <= subj.idx < q.outer_end:
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}
                     and not (q.outer_start <= c.idx < q.outer_end)), None)
    if subj is not None or verb.idx < q.outer_end:
        return subj
    doc = verb.doc
    e = ent_of(doc[verb.i - 1]) if verb.i > 0 else None
    if e is not None and e.label_ in {"PERSON", "ORG", "GPE", "NORP"} and q.outer_end <= e.start_char:
        return e.root
    if verb.i + 1 < len(doc) and name_word(doc[verb.i + 1]):
        j = verb.i + 1
        while j + 1 < len(doc) and name_word(doc[j + 1]):
            j += 1
        return doc[j]
    return None


def attribute_quotes(ctx: Context, sents: list[SpacySpan], which: list[int]) -> None:
    """Find each quote's speaker: the subject of a reporting verb outside the
    quote in the sentences it touches, else the previous quote's speaker."""
    starts = [s.start_char for s in sents]
    for qi in which:
        q = ctx.quotes[qi]
        prev = ctx.prev_quote
        a = max(bisect.bisect_right(starts, q.outer_start) - 1, 0)
        b = max(bisect.bisect_right(starts, max(q.outer_end - 1, q.outer_start)) - 1, 0)
        cands: list[tuple[int, Token]] = []
        for s in sents[a:b + 1]:
            for tok in s:
                if q.outer_start <= tok.idx < q.outer_end:
                    continue
                if speech_verb(ctx.lex, tok) or (
                        tok.lower_ in {"according"} and tok.dep_ == "prep"):
                    # no other quote between the verb and this one
                    lo, hi = sorted((tok.idx, q.content.start if tok.idx < q.outer_start else q.content.end))
                    if any(o is not q and lo <= o.content.start < hi for o in ctx.quotes):
                        continue
                    dist = q.outer_start - tok.idx if tok.idx < q.outer_start else tok.idx - q.outer_end
                    cands.append((dist, tok))
        if not cands and b + 1 < len(sents) and sents[b + 1].start_char - q.outer_end <= 2:
            # '"A great day!" Trump posted.': the splitter ended the sentence at the
            # closing mark; the attribution opens the next one
            for tok in sents[b + 1][:4]:
                if speech_verb(ctx.lex, tok):
                    cands.append((tok.idx - q.outer_end, tok))
        if not cands and a > 0 and sents[a - 1].text.rstrip().endswith(":"):
            for tok in sents[a - 1]:
                if speech_verb(ctx.lex, tok):
                    cands.append((q.outer_start - tok.idx, tok))  # He said:\n\n"We have ..."
        speaker: Mention | None = dash_credit(ctx, q)
        if speaker is not None:
            cands = []
        gov = governing_verb(sents, starts, q)
        if gov is not None and any(o is not q and o.content.start <= gov.idx < o.content.end for o in ctx.quotes):
            gov = None  # '"If he thinks ...," the narrator says, "what does he think?"': the other quote's verb
        if gov is not None and gov.lemma_.lower() not in ctx.lex.speech:
            # 'X remarked that Moscow would need to "think this through"': X speaks
            gov = speech_frame(ctx.lex, gov) or gov
        if speaker is None and gov is not None and all(v.i != gov.i for _, v in cands):
            cands.append((-1, gov))  # the quote is this verb's complement: "they called on Russia "to stop...""
        for _, verb in sorted(cands, key=lambda x: x[0]):
            if verb.lower_ == "according":
                to = next((c for c in verb.children if c.dep_ == "prep"), None)
                p = pobj(to) if to is not None else None
                subj = p
            else:
                subj = speaker_of(verb, q)
                if subj is None and verb.lemma_.lower() in {"quote", "cite"}:
                    # '"...," Macron was cited as saying' / 'was quoted in the article': the one quoted speaks
                    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if subj is None:
                continue
            if q.outer_start <= subj.idx < q.outer_end:
                continue
            m = ctx.resolver.resolve(subj)
            if m is None and subj.pos_ in {"NOUN", "PROPN"}:
                # an unnamed speaker ("a senior official"): keep the phrase as the actor
                np = [t for t in subj.subtree if t.dep_ not in {"punct", "relcl", "acl", "appos"}
                      and not (t.i > subj.i and t.dep_ == "prep")]
                np = [t for t in np if t.i <= subj.i or t.head.i <= subj.i]
                s0 = min(t.idx for t in np)
                s1 = max(t.idx + len(t.text) for t in np if t.i <= subj.i + 4)
                label = ctx.document.text[s0:s1]
                if subj.lower_ in {"report", "statement", "reports"} or (
                        ctx.lex.actor_for(label) is not None and ctx.lex.actor_for(label).kind == "media"):
                    continue
                # the label without its article, so "the foreign ministry" and "a foreign ministry" are one actor
                label = re.sub(r"^(?:the|a|an)\s+", "", label.strip(), flags=re.IGNORECASE)
                m = Mention(Actor(label=label, kind="person"), ctx.span(s0, s1), "phrase")
            if m is not None and m.actor.kind == "media":
                continue
            if m is not None:
                speaker = m
                break
        if speaker is None and prev is not None:
            pq, pm = prev
            gap = ctx.document.text[ctx.quotes[pq].outer_end:q.outer_start]
            if len(gap) < 400 and gap.count("\n\n") <= 1:
                speaker = pm
        if speaker is not None:
            ctx.quote_speaker[qi] = speaker
            ctx.prev_quote = (qi, speaker)
            lo = min(q.outer_start, speaker.span.start)
            hi = max(q.outer_end, speaker.span.end)
            a2 = max(bisect.bisect_right(starts, lo) - 1, 0)
            b2 = max(bisect.bisect_right(starts, max(hi - 1, lo)) - 1, 0)
            if b2 - a2 <= 3:
                ctx.quote_span[qi] = ctx.span(sents[a2].start_char, sents[b2].end_char)
            else:
                ctx.quote_span[qi] = ctx.span(sents[a].start_char, sents[b].end_char)


DASH_CREDIT = re.compile(r"[ \t]*[―—–][ \t]*([^\n―—–\"“”]{2,80}?)[ \t.]*(?=\n|$)")


def dash_credit(ctx: Context, q: Quote) -> Mention | None:
    """'"…" ― Pamela Padilla': a quotation credited by a dash after it (vox pops,
    epigraphs); the name up to the end of the line is the speaker."""
    m = DASH_CREDIT.match(ctx.document.text, q.outer_end)
    if m is None:
        return None
    name = m.group(1).strip()
    if not name[:1].isupper() or len(name.split()) > 8:
        return None
    actor = ctx.lex.actor_for(name) or Actor(label=name, kind="person")
    start = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
    return Mention(actor, ctx.span(start, start + len(name)), "name")


def quote_groups(ctx: Context) -> dict[int, Span]:
    """Consecutive quotes of one speaker within a paragraph, as one span from the
    first quote's start to the last one's end (how attribution corpora mark
    "A," she said. "B."): quote index of the first -> merged span."""
    text = ctx.document.text
    out: dict[int, Span] = {}
    idx = sorted(ctx.quote_speaker)
    i = 0
    while i < len(idx):
        j = i
        while j + 1 < len(idx) and idx[j + 1] == idx[j] + 1:
            a, b = ctx.quotes[idx[j]], ctx.quotes[idx[j + 1]]
            gap = text[a.outer_end:b.outer_start]
            first = ctx.quote_speaker[idx[i]]
            # '"A," said X, who ... . "B."': the attribution between the two quotes names the first's speaker
            between = a.outer_end <= first.span.start < b.outer_start
            if "\n" in gap or len(gap) > (300 if between else 40):
                break  # '"A," he said, "B."' is one quotation; fragments quoted apart are not
            if ctx.quote_speaker[idx[j + 1]].actor != first.actor:
                if not between:
                    break
                ctx.quote_speaker[idx[j + 1]] = first
            j += 1
        if j > i:
            first, last = ctx.quotes[idx[i]], ctx.quotes[idx[j]]
            out[idx[i]] = ctx.span(first.content.start, last.content.end)
        i = j + 1
    return out


def governing_verb(sents: list[SpacySpan], starts: list[int], q: Quote) -> Token | None:
    """The verb outside a quote that the quote's words hang from."""
    i = max(bisect.bisect_right(starts, q.content.start) - 1, 0)
    sent = sents[i]
    inside = [t for t in sent if q.content.start <= t.idx < q.content.end]
    for t in inside:
        h = t.head
        while h != h.head and q.content.start <= h.idx < q.content.end:
            h = h.head
        # 'extended an invitation for "direct talks"': up through the phrase to its verb
        for _ in range(4):
            if h.pos_ in {"VERB", "AUX"} or h == h.head or h.dep_ not in NOMINAL_LINKS:
                break
            h = h.head
        if not (q.outer_start <= h.idx < q.outer_end) and h.pos_ in {"VERB", "AUX"}:
            return h
    return None


# the links a quoted phrase may climb to reach the verb it hangs from
NOMINAL_LINKS = {"prep", "pobj", "dobj", "attr", "compound", "amod", "appos", "nmod", "conj", "cc"}


# ---- document ---------------------------------------------------------------

def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def extract_document(document: Document, sdoc: SpacyDoc, lex: Lexicon, *, learned: bool = True,
                     units: list | None = None) -> tuple[list[Statement], int]:
    """All statements of one parsed document, and its number of sentences.
    The rules run first; with ``learned`` (and a fitted model) the learned
    stages decide the statements from their candidates, the rules' findings
    among their features. ``units`` collects those candidates (for training)."""
    from kg.extract.learned import collect_unit, decode, load_models, unheard_quotes

    models = load_models() if learned else None
    units = units if units is not None else []
    date = document.published or guess_date(document.text)
    resolver = ActorResolver(lex=lex, text=document.text, date=date)
    ctx = Context(document=document, lex=lex, resolver=resolver, quotes=find_quotes(document.text))
    sents = list(sdoc.sents)
    ctx.salience, ctx.headline = salience(sdoc, sents, document.title)
    for s in sents:  # names and roles first, so "Putin" early resolves through a later full name too
        resolver.learn_sentence(s)
    drafts: list[tuple[SpacySpan, Draft]] = []
    quote_done: set[int] = set()
    for s in sents:
        resolver.observe(s)
        # speakers of quotes that start in this sentence
        which = [qi for qi, q in enumerate(ctx.quotes) if s.start_char <= q.outer_start < s.end_char]
        if which:
            attribute_quotes(ctx, sents, which)
        here = SentenceExtractor(ctx, s).run()
        for d in here:
            drafts.append((s, d))
            if d.quote is not None and (sp := ctx.quote_speaker.get(d.quote)) is not None and sp.actor == d.actor.actor:
                quote_done.add(d.quote)  # the speaker's own position rests on the quote; a third party's does not
        units.append(collect_unit(ctx, s, here, headline=s.start == 0))
    # a quote whose speaker takes a position in the same sentence rests on that
    # statement ("calling it a "positive sign" but insisting ..."), not on a bare "says"
    def governs(d: Draft, q: Quote) -> bool:
        """The quote lies in the phrase of the draft's cue."""
        return d.cue is not None and d.cue.left_edge.idx <= q.content.start < d.cue.right_edge.idx + len(d.cue.right_edge)

    for qi, speaker in ctx.quote_speaker.items():
        if qi in quote_done:
            continue
        q = ctx.quotes[qi]
        mine = [(s, d) for s, d in drafts if d.quote is None and s.start_char <= q.outer_start < s.end_char
                and d.actor.actor == speaker.actor and d.relation != "says"]
        for s, d in mine:
            alone = sum(s.start_char <= o.outer_start < s.end_char for o in ctx.quotes) == 1
            if governs(d, q) or alone:
                d.quote = qi
                quote_done.add(qi)
    merged = quote_groups(ctx)
    # a further quote inside the phrase of a position its speaker takes
    # ('desires "serious negotiations" aimed at "a lasting peace"') is part of that report
    for qi, speaker in ctx.quote_speaker.items():
        q = ctx.quotes[qi]
        if qi not in quote_done and qi not in merged and any(
                d.quote is not None and d.quote != qi and d.actor.actor == speaker.actor and d.relation != "says"
                and s.start_char <= q.outer_start < s.end_char and governs(d, q) for s, d in drafts):
            quote_done.add(qi)
    if models is not None:
        kept = decode(document, units, models)
        kept += unheard_quotes(ctx, kept, merged, lambda a, b: topic_in(ctx, sdoc, a, b))
        return dedupe(kept), len(sents)
    parts = quote_parts(ctx, drafts, merged)
    out: list[Statement] = []
    for s, d in drafts:
        out.append(to_statement(ctx, s, d, merged, parts))
    # quotes with no position: the speaker "says" something
    for qi, speaker in ctx.quote_speaker.items():
        if qi in quote_done:
            continue
        q = ctx.quotes[qi]
        if len(q.content.text.split()) < 2 and qi not in merged:
            continue
        sent_span = ctx.quote_span.get(qi) or q.content
        target = topic_in(ctx, sdoc, q.content.start, q.content.end) or topic_in(ctx, sdoc, sent_span.start, sent_span.end) \
            or issue_before(drafts, sent_span.start)
        out.append(Statement(doc_id=document.id, sentence=sent_span, actor=speaker.actor, relation=Relation.SAYS,
                             target=target, actor_span=speaker.span, quote=merged.get(qi, q.content), confidence=0.5,
                             cue=None))
    return dedupe(out), len(sents)


def salience(sdoc: SpacyDoc, sents: list[SpacySpan], title: str | None) -> tuple[dict[str, int], frozenset[str]]:
    """How often each noun (or verb) lemma is used in the document, and the lemmas
    of its headline (first sentence) and title: an article's issues recur."""
    counts: dict[str, int] = defaultdict(int)
    for t in sdoc:
        if t.pos_ in {"NOUN", "PROPN", "VERB"} and t.is_alpha:
            counts[t.lemma_.lower()] += 1
    head = {t.lemma_.lower() for t in sents[0] if t.is_alpha} if sents else set()
    if title:
        head |= {w.lower() for w in re.findall(r"[A-Za-z]+", title)}
    return dict(counts), frozenset(head)


def topic_in(ctx: Context, sdoc: SpacyDoc, start: int, end: int) -> Topic | None:
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    found = find_topic(ctx.lex, list(span))
    return ctx.lex.topics[found[0]] if found else None


def quote_parts(ctx: Context, drafts: list[tuple[SpacySpan, Draft]], merged: dict[int, Span]) -> dict[tuple[int, int], Span]:
    """The part of a quotation each position rests on, where one quotation
    carries positions in several of its sentences ('"If he is serious about
    peace ... No more ifs and buts ... If he turns his back on peace, we will
    respond."'): the quotation is cut at the sentences holding the positions'
    cues, a sentence without one staying with the part before it (the first
    part also takes the sentences before it). Keys: (quote index, start of the
    cue's sentence within the quote). A quotation with positions in one
    sentence only rests whole on them."""
    starts: dict[int, set[int]] = defaultdict(set)
    for s, d in drafts:
        if d.quote is None or d.quote in merged or d.relation == "says" or d.cue is None:
            continue
        q = ctx.quotes[d.quote].content
        if q.start <= d.cue.idx < q.end:
            starts[d.quote].add(max(s.start_char, q.start))
    text = ctx.document.text
    out: dict[tuple[int, int], Span] = {}
    for qi, found in starts.items():
        if len(found) < 2:
            continue
        q = ctx.quotes[qi].content
        cuts = sorted(found)
        bounds = [q.start, *cuts[1:], q.end]
        for k, cut in enumerate(cuts):
            a, b = trim(text, bounds[k], bounds[k + 1])
            out[(qi, cut)] = ctx.span(a, b)
    return out


def issue_before(drafts: list[tuple[SpacySpan, Draft]], start: int, reach: int = 600) -> Topic | None:
    """The issue under discussion where a quote names none: the vocabulary topic
    of the last position taken in the few sentences before it (a quote is coded
    as about something, and news quotes comment on the issue just reported)."""
    for s, d in reversed(drafts):
        if s.end_char <= start and start - s.end_char <= reach:
            for t in (d.target, d.condition_of):
                if isinstance(t, Topic) and t.in_vocabulary:
                    return t
        elif s.end_char <= start:
            return None
    return None


def to_statement(ctx: Context, s: SpacySpan, d: Draft, merged: dict[int, Span] | None = None,
                 parts: dict[tuple[int, int], Span] | None = None) -> Statement:
    text = ctx.document.text
    if d.quote is not None and d.quote in ctx.quote_span:
        sent = ctx.quote_span[d.quote]
    else:
        a, b = trim(text, s.start_char, s.end_char)
        sent = ctx.span(a, b)
    quote = ctx.quotes[d.quote].content if d.quote is not None else None
    if d.quote is not None and merged and d.quote in merged:
        quote = merged[d.quote]
    if d.quote is not None and parts and quote is not None:
        quote = parts.get((d.quote, max(s.start_char, quote.start)), quote)
    actor_span = d.actor.span
    sp = ctx.quote_speaker.get(d.quote) if d.quote is not None else None
    if sp is not None and (d.actor.how == "speaker" or (d.actor.how == "pronoun" and sp.actor == d.actor.actor)):
        actor_span = sp.span  # the statement rests on the quote: its speaker's mention ('said Skelly', not a later "he")
    cue = ctx.span(d.cue.idx, d.cue.idx + len(d.cue.text)) if d.cue is not None else None
    return Statement(doc_id=ctx.document.id, sentence=sent, actor=d.actor.actor, relation=Relation(d.relation),
                     target=d.target, actor_span=actor_span, condition_of=d.condition_of, addressee=d.addressee,
                     quote=quote, qualifiers=d.qualifiers, confidence=round(d.confidence, 2), cue=cue,
                     reported_by=d.reported_by)


def dedupe(stmts: list[Statement]) -> list[Statement]:
    """One statement per (sentence, actor, relation, target): the most confident."""
    best: dict[tuple, Statement] = {}
    for st in stmts:
        key = (st.sentence.start, st.sentence.end, st.actor.label, st.relation,
               st.target.label if st.target else None)
        old = best.get(key)
        if old is None or (st.confidence, st.quote is not None) > (old.confidence, old.quote is not None):
            best[key] = st
    return sorted(best.values(), key=lambda st: (st.sentence.start, st.actor_span.start if st.actor_span else 0,
                                                  st.relation.value))


def guess_date(text: str) -> str | None:
    """An article date from its text when no sidecar gives one: the first
    full date in the first lines, else None (roles then come from the text)."""
    import re

    months = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                           "september", "october", "november", "december"], 1)}
    head = text[:600]
    m = re.search(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
                  r"\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b", head)
    if m:
        return f"{m.group(3)}-{months[m.group(1).lower()]:02d}-{int(m.group(2)):02d}"
    m = re.search(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b", head)
    if m:
        return m.group(0)
    return None
