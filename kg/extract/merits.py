"""Praise read from support: a party's merit welcomed ("welcomed Obama's leadership") or
thanks owed to it ("grateful to Germany") commend the party, which the guidelines code as
``praises`` with the party as target, not ``supports``."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import HELD_ESTEEM, HOLDING, pobj
from kg.extract.context import Context
from kg.lexicon import fold
from kg.records import Actor

# attitudes that are thanks when a party is what they are held to ("grateful to Germany", "proud of the troops")
GRATITUDE = frozenset({"grateful", "thankful", "proud", "satisfied", "delighted"})  # ("satisfied with the minister")

def gratitude_to(adjective: Token, target: Token | None) -> bool:
    """"grateful to the emergency services", "thankful to the volunteers": thanks owed "to" someone go
    to a party, named or not, and praise it ("grateful for US mediation" is support for an act)."""
    return target is not None and fold(adjective.lemma_) in GRATITUDE and target.dep_ == "pobj" \
        and target.head.lower_ == "to" and target.head.head == adjective


# a party's quality or service, whose welcome praises the party ("welcomed Obama's leadership")
MERITS = frozenset({"leadership", "courage", "bravery", "service", "contribution", "dedication", "professionalism"})
# qualities that make a person of praise: "a woman of great integrity", "has shown real courage"
QUALITIES = MERITS | frozenset({"integrity", "principle", "honesty", "vision", "determination", "resolve",
                                "wisdom", "talent", "skill", "commitment", "strength", "character", "compassion"})
# verbs that show a quality in who does them: "Olaf has shown great leadership", "displayed real courage"
SHOWING = frozenset({"show", "display", "demonstrate"})


def merit_owner(ctx: Context, noun: Token | None) -> Actor | None:
    """The named owner of a merit noun ("Obama's leadership", "the courage of the Ukrainian people")."""
    if noun is None or noun.pos_ != "NOUN" or fold(noun.lemma_) not in MERITS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None) or next(
        (pobj(c) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and pobj(c) is not None), None)
    m = ctx.resolver.resolve(owner) if owner is not None else None
    return m.actor if m is not None else None


def thanked_party(tok: Token, obj: Token | None) -> Token | None:
    """Whom "thank you" thanks: the party addressed ("Thank you, Ohio!") or named after "to" ("Thank
    you to the volunteers"), not the "you"; otherwise the object as it is."""
    if obj is None or obj.lower_ != "you" or fold(tok.lemma_) != "thank":
        return obj
    addressed = next((c for c in [*tok.children, *obj.children] if c.dep_ in {"npadvmod", "appos"}
                      and c.pos_ in {"PROPN", "NOUN"}), None)
    to = next((pobj(c) for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" and pobj(c) is not None), None)
    return addressed or to or obj


def name_as_adverb(tok: Token) -> Token | None:
    """"congratulated Dan": a lone name right after a verb of praise, which the parser took for an
    adverb of time ("npadvmod", as "Monday"), is the one praised."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.head != tok or nxt.dep_ != "npadvmod" or nxt.pos_ != "PROPN" \
            or nxt.ent_type_ not in {"PERSON", "ORG", "GPE"}:
        return None
    return nxt


# nouns of thanks: "my thanks go to the nurses", "our thanks to the volunteers"
THANKS = frozenset({"thank", "thanks", "gratitude", "appreciation"})


def thanks_to(noun: Token) -> Token | None:
    """Whom a noun of thanks goes to: "our thanks to the nurses", "my thanks go (out) to the
    volunteers" (the "to" on the verb the thanks are subject of)."""
    if fold(noun.lemma_) not in THANKS:
        return None
    heads = [noun, *([noun.head] if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in {"go", "be"} else [])]
    return next((p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
                 for p in [pobj(c)] if p is not None), None)


# what makes "thanks to" thanks given, not a cause ("thanks to the rain"): "huge thanks", "many thanks"
THANKS_MEASURES = frozenset({"huge", "big", "many", "special", "heartfelt", "sincere", "warm", "warmest", "deep",
                             "deepest", "enormous", "great", "massive", "grateful"})


def thanks_voiced(noun: Token) -> Token | None:
    """Whom a quotation's bare thanks go to ('"Huge thanks to the doctors who saved my life," he
    said'): thanks of a measure with no owner, a fragment the parser hangs anywhere (it was read as
    "says huge thanks"; written news)."""
    if noun.lower_ != "thanks" or not any(c.dep_ == "amod" and c.lower_ in THANKS_MEASURES for c in noun.children):
        return None
    return next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "to" for p in [pobj(c)] if p is not None), None)


# nouns of esteem a party holds for another: "has great admiration for the mayor", "had nothing but praise for Christie"
ESTEEM = HELD_ESTEEM | frozenset({"praise", "admiration", "gratitude", "appreciation"})


def esteemed(noun: Token) -> tuple[Token, Token] | None:
    """The holder and the party of an esteem held ("he had great admiration for the mayor", "I have
    enormous respect for Bill", "had nothing but praise for Christie"): the verb's subject praises
    the one the esteem is for (train: George Will "had nothing but praise for Christie's speech")."""
    if fold(noun.lemma_) not in ESTEEM or noun.dep_ not in {"dobj", "pobj"}:
        return None
    verb, near = noun.head, [noun, noun.head]
    if noun.dep_ == "pobj":  # "nothing but praise"
        if verb.lower_ != "but" or verb.head.lower_ != "nothing" or verb.head.dep_ != "dobj":
            return None
        verb = verb.head.head
        near += [noun.head.head, verb]
    if fold(verb.lemma_) not in HOLDING or any(c.dep_ == "neg" for c in verb.children):
        return None
    holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    party = next((pobj(c) for h in near for c in h.children if c.dep_ == "prep" and c.lower_ == "for"
                  and pobj(c) is not None), None)  # ("for" hung on the verb as often as on the noun)
    return (holder, party) if holder is not None and party is not None else None
