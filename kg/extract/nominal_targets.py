"""What a nominal cue is about: "calls for [a ceasefire]", "the [ceasefire] call", "an ultimatum to
[accept]", "accusations of corruption against [the minister]" (the noun rules' object, before
``target_tokens`` turns it into a target)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import dated, nominal_cue, pobj
from kg.extract.targets import find_topic
from kg.extract.voiced_complements import occasion, past_occasion
from kg.lexicon import Lexicon


# demand nouns that are also forces, whose compound names the kind ("funding pressures"), not what is asked
FORCES = frozenset({"pressure"})
# demand nouns that are themselves the thing asked for: "demanded a binding deadline for ending coal, oil and
# gas" asks for the deadline (the "for" phrase says what it is for); "a deadline for Iran to accept" still asks the act
TIME_LIMITS = frozenset({"deadline"})


def asked_of(noun: Token) -> Token | None:
    """A nominal cue's infinitive: "an ultimatum to accept", "a deadline for Iran to accept" (the
    parser's advcl; its xcomp, of any tag, where it tags the noun a verb: "Despite George Will's
    call to abandon Trump")."""
    return next((c for c in noun.children if (c.dep_ in {"acl", "relcl", "advcl"} and c.tag_ in {"VB", "VBG"}
                                              or c.dep_ == "xcomp") and any(a.lower_ == "to" for a in c.children)), None)


def follow_nominal(lex: Lexicon, noun: Token) -> Token | None:
    """What a nominal cue is about: "calls for [a ceasefire]", "the [ceasefire] call",
    "an ultimatum to agree to [a ceasefire]"."""
    if (accused := accused_by_noun(lex, noun)) is not None:
        return accused
    against = lex.nouns.get(noun.lemma_.lower()) == "opposes"
    for c in noun.children:  # an opposition is also "against", "at" or "over" what it opposes ("in protest at the cuts")
        if c.dep_ == "prep" and (dated(c) or occasion(c) is not None):
            if (inner := past_occasion(c)) is not None:
                return inner  # "concern at a news conference over the tariffs": said there, about them
            continue  # "support on Monday for", "anger at the summit": when and where, not what
        if c.dep_ == "prep" and (c.lower_ in {"for", "of", "on", "towards", "toward"}
                                 or against and c.lower_ in {"against", "at", "over"}) and noun.lemma_.lower() not in TIME_LIMITS:
            if c.lower_ == "on" and lex.nouns.get(noun.lemma_.lower()) == "demands" and (
                    asked_of(noun) is not None or noun.lemma_.lower() in FORCES):
                continue  # "Labour's call on the minister to resign", "pressure on the judges": the one asked
            p = pobj(c)  # (not where it is said: "the endorsement on Twitter", "criticism via X")
            if p is not None and not (c.lower_ in {"on", "via"} and p.lemma_.lower() in lex.channels):
                inner = nominal_cue(lex, p)
                if inner is not None and p.lemma_.lower() != noun.lemma_.lower():
                    return follow_nominal(lex, p) or p
                return p
    if (asked := asked_of(noun)) is not None:
        return asked
    if (c := hung_on_verb(noun)) is not None:
        return c
    content = lex.nouns.get(noun.lemma_.lower()) in {"demands", "proposes", "threatens"} and noun.lemma_.lower() not in FORCES
    owned = any(c.dep_ == "poss" for c in noun.children)
    for c in reversed(list(noun.children)):  # the nearest first: "Witkoff's Gaza truce proposal" proposes the truce
        if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"} and c.ent_type_ not in {"DATE", "TIME"} and not (
                content and not owned and c.ent_type_ in {"NORP", "ORG", "GPE", "PERSON"}) and (
                content or find_topic(lex, [c]) is not None or (owned and c.pos_ == "PROPN")):
            # "the ceasefire proposal", "a sanctions threat": a call, offer or threat names its content
            # so; "steadfast support", "military support" name a kind of support, not what is supported;
            # with a possessive holding it, a name before the noun is what it is about ("Palin's Trump endorsement")
            return c
    return None


def hung_on_verb(noun: Token) -> Token | None:
    """A nominal cue's infinitive the parser hangs on the verb over it: "defended his call to raise the minimum
    wage" (the object's), "talked about his vow to get Mexico to pay" (a preposition's object's: advcl or xcomp)."""
    if noun.i != noun.right_edge.i or noun.dep_ not in {"dobj", "pobj"} or (noun.dep_ == "pobj" and noun.head.dep_ != "prep"):
        return None
    verb, deps = (noun.head, {"advcl"}) if noun.dep_ == "dobj" else (noun.head.head, {"advcl", "xcomp"})
    return next((c for c in verb.children if c.dep_ in deps and c.tag_ == "VB" and c.i == noun.i + 2
                 and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == noun.i + 1 for a in c.children)), None)


def accused_by_noun(lex: Lexicon, noun: Token) -> Token | None:
    """Whom a complaint or lawsuit is against: the accused actor, not the relief it asks "for"
    or the wrong it alleges ("filed a complaint for declaratory judgement against the DOJ",
    "made accusations of corruption against the minister"; the parser may hang the "against"
    phrase on the "for" or "of" phrase's noun)."""
    if lex.nouns.get(noun.lemma_.lower()) != "accuses":
        return None
    heads = [noun] + [p for c in noun.children if c.dep_ == "prep" and c.lower_ in {"for", "of"} for p in c.children
                      if p.dep_ == "pobj"]
    against = next((p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "against"
                    for p in c.children if p.dep_ == "pobj"), None)
    return against or alleged_of(noun)


def alleged_of(noun: Token) -> Token | None:
    """Whom an accusation's "that" clause names as the wrongdoer: its subject ("Pakistan's
    accusations that India backed the militants" accuse India, not the backing)."""
    for c in noun.children:
        if c.dep_ in {"acl", "ccomp"} and c.pos_ in {"VERB", "AUX"} and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            return next((s for s in c.children if s.dep_ == "nsubj" and s.pos_ in {"PROPN", "NOUN", "PRON"}), None)
    return None


def hung_after(lex: Lexicon, noun: Token) -> Token | None:
    """What "in protest" opposes where the parser hangs "at the meeting" not on the noun but on the verb
    (or object) that "in" hangs on: the phrase right after the noun ("recalled its ambassador in protest
    at a meeting in Vienna")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.i + 1 >= len(noun.doc):
        return None
    nxt = noun.doc[noun.i + 1]
    against = lex.nouns.get(noun.lemma_.lower()) == "opposes"
    if nxt.dep_ == "prep" and nxt.head == noun.head.head and (
            nxt.lower_ in {"of", "for"} or against and nxt.lower_ in {"against", "at", "over"}):
        return pobj(nxt)
    return None


def stance_verb(noun: Token) -> Token | None:
    """The verb whose subject takes the stance of "in protest", "in support of": the verb "in" hangs on,
    or the verb of the object it hangs on ("recalled [the ambassador in protest over the laws]")."""
    host = noun.head.head
    if host.pos_ in {"NOUN", "PROPN"} and host.dep_ == "dobj" and host.head.pos_ == "VERB":
        return host.head
    return host if host.pos_ in {"VERB", "AUX"} else None

