"""Penalties a speaker says others will face or pay, with no if-clause: '"Those who use violence ... will face the
full force of the law"', '"The U.S. and its followers will face a merciless counter-action"', '"The aggressors
will pay the price for the blood of the innocent"' (probes: gold threatens, kg had a bare "says"). "Those who
travel will face delays" foretells; only a penalty named as one (the force of the law, a counter-action) threatens."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import object_of, pobj, to_come
from kg.extract.vowed_force import WRONGDOERS
from kg.records import Topic

# heads of what a side brings on another as a penalty ("the full force of the law", "a merciless counter-action",
# "consequences", "prosecution"); a delay, a cost or a crisis one faces is no one's penalty
PENALTY_NOUNS = frozenset({"force", "law", "consequence", "prosecution", "punishment", "sanction", "penalty", "justice",
                           "wrath", "arrest", "retaliation", "reprisal", "counter-action", "counteraction",
                           "countermeasure", "response", "action", "vengeance", "revenge"})
# those a relative clause describes by what they do ("those who use violence", "anyone who breaks the curfew")
DESCRIBED = frozenset({"those", "anyone", "anybody", "whoever", "everyone"})


def penalty_named(obj: Token | None) -> bool:
    """The object is a penalty: its head ("consequences", "counter-action") or what it is of ("the full force of
    the law")."""
    if obj is None:
        return False
    heads = {obj.lemma_.lower(), obj.lower_, "".join(t.lower_ for t in obj.subtree if t.i >= obj.i - 2 and t.i <= obj.i)}
    return bool(heads & PENALTY_NOUNS)


def penalty_faced(verb: Token) -> bool:
    """"those who use violence will face the full force of the law", "the U.S. and its followers will face a
    merciless counter-action": a penalty to come on wrongdoers described or on a named side threatens them."""
    if verb.lemma_.lower() != "face" or not to_come(verb) or any(c.dep_ == "neg" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not penalty_named(object_of(verb)):
        return False
    described = subj.lower_ in DESCRIBED and any(c.dep_ == "relcl" for c in subj.children)
    return described or subj.lemma_.lower() in WRONGDOERS or (subj.pos_ == "PROPN" and bool(subj.ent_type_))


def wrongdoers_pay(verb: Token) -> bool:
    """'"The aggressors will pay the price"': a price wrongdoers named by what they do will pay is a threat, as
    one a named side will pay is (``consequences.price_to_pay``), though no actor names them."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in WRONGDOERS and subj.lower_ not in DESCRIBED


def price_words(obj: Token) -> str:
    """The price in its words, as coders write it ("heavy price", "price"): no article, no "for" phrase."""
    return " ".join(t.lower_ for t in obj.subtree if t.i <= obj.i and t.dep_ not in {"det", "poss"})


# measures an answer may be given in, named as the threat ("would respond with countermeasures", "with tariffs");
# force ("with full force") stays the answer itself
MEASURES = frozenset({"countermeasure", "tariff", "sanction", "duty", "levy", "counter-tariff"})


def measures_answered(verb: Token) -> Topic | None:
    """"the EU would respond with countermeasures if they failed": the measures, as coders write the threat."""
    with_ = next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" and (p := pobj(c)) is not None
                  and p.lemma_.lower() in MEASURES), None)
    if with_ is None:
        return None
    return Topic(label=" ".join(t.lower_ for t in with_.subtree if t.i <= with_.i and t.dep_ not in {"det", "poss"}))


# harms no one brings: what one foretells others will face ("more", "damage", "economic collapse")
PENALTY_HEADS = PENALTY_NOUNS | MEASURES | {"price", "fine", "measure", "tariff", "strike", "walkout", "boycott", "cut"}


def foretold(ctx, warner, verb: Token) -> bool:
    """"warned that many middle-income earners would pay more", "that the German economy would suffer considerable
    damage", "that the city faced dangerous times": a harm that no side, or the warner's own, will meet is a
    forecast, no threat (probes: 4 such false threats); a penalty ("those who undermined the government could face
    sanctions", "a heavy price") or another side meeting it threatens."""
    from kg.extract.threats import own_country
    if verb.lemma_.lower() not in {"face", "suffer", "pay"}:
        return False
    obj, subj = object_of(verb), next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or obj is None or any(t.lemma_.lower() in PENALTY_HEADS for t in obj.subtree) \
            or any(c.dep_ == "relcl" for c in subj.children):
        return False
    m = ctx.resolver.resolve(subj)
    return m is None or m.actor == warner.actor or own_country(warner.actor, m.actor)
