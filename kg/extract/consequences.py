"""What a warning or a condition brings, read off the parse: the noun an existential clause posits
("there could be further walkouts", "unless there was a way to guarantee their safety"), what a
passive "meet" or a consequence verb brings ("would be met with a response", "would face sanctions"),
a rise warned of on an if-clause, what "threaten ... with" holds over the one threatened, and the answers
and reprisals a vow threatens ("will respond", "vowed to retaliate")."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import object_of, pobj, to_come
from kg.extract.doc_words import children
from kg.extract.penalties_faced import measures_answered, penalty_faced
from kg.extract.vowed_force import FORCE_HEADS, people_acted_on
from kg.lexicon import Lexicon
from kg.records import Topic


def what_there_would_be(tok: Token) -> Token | None:
    """The noun of an existential clause a warning announces ("warned that there
    could be further walkouts unless ...": the walkouts)."""
    for c in tok.children:
        if c.dep_ == "ccomp" and c.lemma_ == "be" and any(x.dep_ == "expl" for x in c.children):
            return next((x for x in c.children if x.dep_ in {"attr", "nsubj"} and x.pos_ in {"NOUN", "PROPN"}), None)
    return None


def forbidden(verb: Token) -> bool:
    """A consequence verb the warning says must not come about ("warned that firms must not be punished
    for honest mistakes"): an obligation, which the obligations' rule reads as opposing the act; no one
    is threatened with it (probebbc19)."""
    return any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in {"must", "should", "ought"} for c in verb.children)


FOLLOWING_PENALTIES = frozenset({"sanction", "tariff", "penalty", "measure", "consequence", "countermeasure", "reprisal",
                                 "retaliation", "punishment", "fine", "strike"})


def what_would_follow(tok: Token) -> Token | None:
    """The penalty a warning says would come ("warned that more sanctions could follow if India did
    not cut its imports"): the warner's threat (it was read as a harm opposed; probe28a, written news)."""
    for c in tok.children:
        if c.dep_ == "ccomp" and c.lemma_.lower() == "follow" and object_of(c) is None and any(
                a.dep_ == "aux" and a.lower_ in {"could", "would", "will", "may", "might"} for a in c.children):
            return next((x for x in c.children if x.dep_ == "nsubj" and x.lemma_.lower() in FOLLOWING_PENALTIES), None)
    return None


def what_there_is(cond: Token) -> Token | None:
    """The noun an existential condition posits ("unless there was a way to guarantee their safety": the way)."""
    if cond.lemma_ != "be" or not any(c.dep_ == "expl" for c in cond.children):
        return None
    noun = next((c for c in cond.children if c.dep_ == "attr" and c.pos_ in {"NOUN", "PROPN"}), None)
    if noun is not None and noun.lemma_.lower() in {"way", "means", "mechanism", "plan"}:  # a way to guarantee X: X
        act = next((c for c in noun.children if c.dep_ in {"relcl", "acl"} and c.pos_ == "VERB"), None)
        return object_of(act) if act is not None and object_of(act) is not None else noun
    return noun


def met_with(verb: Token) -> Token | None:
    """What a passive "meet" brings ("any strike would be met with a response": the response)."""
    if verb.lemma_.lower() != "meet" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((pobj(c) for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"), None)


def consequence_object(verb: Token) -> Token | None:
    """What a warned consequence brings: its object ("would face sanctions"), what one is met
    with, or the passive subject ("sanctions could be reimposed")."""
    obj = object_of(verb)
    if obj is not None or not any(c.dep_ == "auxpass" for c in verb.children):
        return obj
    return met_with(verb) or next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


RISING = frozenset({"rise", "double", "treble", "triple", "soar", "climb", "go"})


def conditional_rise(verb: Token) -> Token | None:
    """What a warned rise makes higher when the rise hangs on an if-clause ("if we make no deal, the
    tariffs will go higher", "... the fees will double"): a conditional threat of more of the thing."""
    lemma = verb.lemma_.lower()
    if lemma not in RISING or verb.pos_ != "VERB" or not (to_come(verb) or any(
            c.dep_ == "aux" and c.lower_ in {"could", "might", "may"} for c in verb.children)):
        return None  # "tariffs could go higher if no deal is reached": a rise held possible warns as one foretold
    if lemma == "go" and not any(c.lower_ in {"higher", "up"} for c in verb.children):
        return None
    if not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
               for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)


def threatened_with(tok: Token) -> Token | None:
    """What "threaten" holds over the one threatened ("threatened the company with strike action")."""
    if tok.lemma_.lower() != "threaten":
        return None
    return next((pobj(c) for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" and pobj(c) is not None), None)


SUFFERING = frozenset({"suffer", "deteriorate", "worsen", "collapse"})  # what a thing undergoes when harmed


def conditional_harm(verb: Token) -> tuple[Token, Token] | None:
    """The thing harmed and the if-clause it hangs on, in a warning that something of no one's would
    suffer on another's act ("relations could suffer if Washington refused the request"): a threat
    aimed at whoever would act."""
    if verb.lemma_.lower() not in SUFFERING or verb.pos_ != "VERB" or object_of(verb) is not None \
            or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None
    cond = next((c for c in verb.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)), None)
    noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    return (noun, cond) if cond is not None and noun is not None else None


def court_taken(noun: Token) -> Token | None:
    """The verb that goes to court or takes someone there ("we will go to court", "would take the
    government to court"): legal action, announced as any sanction noun taken."""
    prep = noun.head
    if noun.lemma_.lower() != "court" or noun.dep_ != "pobj" or prep.lower_ != "to" or prep.dep_ != "prep":
        return None
    return prep.head if prep.head.lemma_.lower() in {"go", "take"} and prep.head.pos_ == "VERB" else None


def answer_threatened(lex: Lexicon, verb: Token) -> Topic:
    """The bare answer a side vows with no object named ("we will respond", "would retaliate"): the
    verb's own noun (a response, a retaliation) as coders write it, of the retaliation concept; or the measures
    it is given in ("would respond with countermeasures": countermeasures, ``penalties_faced.measures_answered``)."""
    measures = measures_answered(verb)
    if measures is not None:
        return measures
    words = lex.nominalisations.get(verb.lemma_.lower(), "retaliation")
    return lex.topics["retaliation"].named(words)


ANSWERS = frozenset({"respond", "retaliate"})


def answer_to_any(verb: Token) -> bool:
    """"would respond to any attack", "will retaliate against any aggression": an answer vowed to
    whatever another may do is a conditional threat with its condition in the object ("any")."""
    return verb.lemma_.lower() in ANSWERS and any(
        c.dep_ == "prep" and c.lower_ in {"to", "against"} and (p := pobj(c)) is not None
        and any(d.lower_ == "any" for d in p.children if d.dep_ == "det") for c in verb.children)


# what an answer vowed may be to and still threaten ("will respond to the new tariffs"), and the manner
# words of a forceful answer ("will respond firmly"): "would respond to the letter" is a reply, no threat
ANSWERED_HARMS = frozenset({"tariff", "tariffs", "sanction", "sanctions", "attack", "attacks", "aggression", "provocation",
                            "provocations", "duty", "duties", "levy", "levies", "strike", "strikes", "threat", "threats",
                            "invasion", "incursion", "escalation", "countermeasure", "countermeasures"})
FORCEFUL = frozenset({"firmly", "strongly", "decisively", "forcefully", "proportionately", "robustly", "swiftly",
                      "resolutely", "harshly", "forcibly", "severely", "accordingly", "immediately"})
BARE_DEPS = frozenset({"nsubj", "aux", "punct", "cc", "neg", "advmod"})


def in_kind(verb: Token) -> bool:
    """"would respond in kind": an answer like for like, a reprisal (probe world2016)."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and (p := pobj(c)) is not None and p.lemma_.lower() == "kind"
               for c in verb.children)


def answer_vowed(verb: Token) -> bool:
    """"we will respond", "will respond firmly to the new tariffs", "would retaliate": an answer a side
    says it will give, bare, forceful or to another's harm, threatens with no if-clause; an answer to a
    letter or questions ("will respond to questions on Monday") is a reply. Probe sets: 4 such misses."""
    lemma = verb.lemma_.lower()
    if lemma not in ANSWERS or not to_come(verb) or any(c.dep_ == "neg" for c in verb.children):
        return False
    if lemma == "retaliate" or in_kind(verb) or any(c.dep_ == "advmod" and c.lower_ in FORCEFUL for c in verb.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "with" and (p := pobj(c)) is not None
           and any(t.lemma_.lower() in FORCE_WORDS for t in p.subtree) for c in verb.children):
        return True  # '"We will respond with full force"' (probe 2025), as "vowed to respond with a nuclear strike"
    to = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "against"} and (p := pobj(c)) is not None]
    if to:
        return any(t.lower_ in ANSWERED_HARMS for p in to for t in p.subtree)
    return all(c.dep_ in BARE_DEPS for c in verb.children)


def unhesitating(verb: Token) -> Token:
    """"would not hesitate to reimpose sanctions if ...": the act a side will not hesitate to do is its
    act to come, with the will and the if-clause on "hesitate"; otherwise the verb itself."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() == "hesitate" and to_come(head) and any(
            c.dep_ == "neg" for c in head.children):
        return head
    return no_choice_but(verb) or verb


CHOICES = frozenset({"choice", "option", "alternative"})


def no_choice_but(verb: Token) -> Token | None:
    """"we will have no choice but to walk out": the "have" that carries the will and the if-clause of
    the act a side says it is left with (probe29c)."""
    but, choice = verb.head, verb.head.head
    have = choice.head
    if verb.dep_ != "pcomp" or but.lower_ != "but" or choice.lemma_.lower() not in CHOICES or not any(
            d.dep_ == "det" and d.lower_ == "no" for d in choice.children) or have.lemma_.lower() != "have":
        return None
    return have if to_come(have) else None


# verbs of a vow, and acts of reprisal whose vow threatens them ("vowed to retaliate", "promised to punish")
VOWING = frozenset({"vow", "pledge", "promise", "swear"})
# (and violence vowed against others: "vowed to kill any soldier who entered", "to hunt
# down the killers"; "strike" and "hit" stay out, as "vowed to strike a deal", "to hit the target" are no threats)
REPRISALS = frozenset({"retaliate", "avenge", "punish", "crush", "destroy", "bomb", "annihilate", "eliminate", "purge",
                       "kill", "obliterate", "wipe", "hunt"})


def vowed_reprisal(verb: Token, own: Token | None) -> bool:
    """A reprisal vowed ("vowed to retaliate for the executions") threatens, whatever the vow's own relation says."""
    return verb.lemma_.lower() in VOWING and own is not None and (own.lemma_.lower() in REPRISALS or forceful_answer(own)
                                                                  or (bare_answer(own) and verb.lemma_.lower() != "promise")
                                                                  or wrongdoers_pursued(own) or force_on_people(own))


def force_on_people(verb: Token) -> bool:
    """"vowed to deal with the militants", "pledged to defeat the rebels": force vowed on those who do wrong."""
    return verb.lemma_.lower() in FORCE_HEADS and people_acted_on(verb) is not None


def bare_answer(verb: Token) -> bool:
    """"vows to respond", "pledged to respond in kind": an answer vowed with nothing it answers named
    (probe world2016); "vowed to respond quickly to requests" is a reply."""
    return verb.lemma_.lower() in ANSWERS and (in_kind(verb) or all(c.dep_ in {"aux", "punct", "cc"} for c in verb.children))


PURSUING = frozenset({"pursue", "chase", "track", "go"})
# people pursued whose pursuit threatens them ("vowed to pursue those behind the attack", "to go after anyone
# who attacks"); "vowed to pursue the reforms" proposes them
PURSUED = frozenset({"those", "anyone", "anybody", "whoever", "perpetrator", "killer", "attacker", "culprit", "terrorist",
                     "criminal", "gang", "murderer", "assailant", "militant", "smuggler", "trafficker", "plotter"})


def wrongdoers_pursued(verb: Token) -> bool:
    """A vow to pursue, punish or go after people who did wrong threatens them."""
    lemma = verb.lemma_.lower()
    if lemma not in PURSUING | {"punish"}:
        return False
    if lemma == "go":
        obj = next((pobj(c) for c in verb.children if c.dep_ == "prep" and c.lower_ == "after"), None)
    else:
        obj = object_of(verb)
    return obj is not None and obj.lemma_.lower() in PURSUED


def forceful_answer(verb: Token) -> bool:
    """"vowed to respond with a nuclear strike", "pledged to respond firmly to any attack": an answer
    in force or to a harm is a reprisal; "vowed to respond to voters' concerns" is a reply (written probe)."""
    if verb.lemma_.lower() != "respond":
        return False
    if any(c.dep_ == "advmod" and c.lower_ in FORCEFUL for c in verb.children):
        return True
    objs = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "against", "with"} and (p := pobj(c)) is not None]
    return any(t.lower_ in ANSWERED_HARMS or t.lemma_.lower() in FORCE_WORDS for p in objs for t in p.subtree)


# the force one may hold over another ("refused to rule out the use of military force", "did not rule out
# strikes"): kept open, it threatens; kept open, anything else ("standing", "a deal") is accepted
FORCE_WORDS = frozenset({"force", "strike", "airstrike", "sanction", "tariff", "invasion", "attack", "retaliation",
                         "intervention", "blockade", "embargo"})


READINESS = frozenset({"ready", "prepared", "willing"})
USING = frozenset({"use", "deploy", "employ"})


def force_kept_open(verb: Token, obj: Token | None) -> bool:
    """'refused to rule out the use of military force': a force not ruled out is threatened, not
    accepted; the verb's own relation is read as accepts after the negation."""
    if verb.lemma_.lower() in READINESS:  # "was prepared to use force": readiness for force threatens it
        use = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in USING), None)
        obj = object_of(use) if use is not None else None
    elif verb.lemma_.lower() != "rule" or not any(c.lower_ == "out" for c in verb.children):
        return False
    if obj is None:
        return False
    return any(t.lemma_.lower() in FORCE_WORDS and t.pos_ == "NOUN" for t in obj.subtree)


# acts that withhold from another side what it gets ("would cut off aid to Egypt unless ...", "will
# suspend arms exports to the kingdom if ...", "sever ties with"): threats when aimed at someone
WITHHOLDING = frozenset({"cut", "suspend", "sever", "halt", "freeze"})
AIMED = frozenset({"to", "with", "for", "from"})


def withholding(verb: Token) -> bool:
    """A withholding act on an unless-clause, or one aimed at another by its preposition ("aid to the
    government", "ties with Moscow"), threatens as a hostile act does; "would cut taxes if elected" is
    a pledge, aimed at no one. A vote against on an unless-clause withholds one's vote ("said the party
    would vote against the budget unless Puigdemont could return"): a threat, as a block or a veto is."""
    against = verb.lemma_.lower() == "vote" and any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children)
    if (verb.lemma_.lower() not in WITHHOLDING and not against) or verb.pos_ != "VERB":
        return False
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children) for c in verb.children):
        return True
    if against:
        return False  # ("will vote against the bill": a stance, the cue's)
    obj = object_of(verb)
    return any(c.dep_ == "prep" and c.lower_ in AIMED and pobj(c) is not None
               for c in [*verb.children, *(obj.children if obj is not None else ())])


def withheld_act(ctx, verb: Token) -> tuple:
    """What a hostile or withholding act threatens: a vote against in its own words ("vote against budget",
    as a warned one is; its object alone is what the vote opposes), else the act's target."""
    from kg.extract.acts import verb_phrase
    from kg.extract.target_tokens import target_from
    if verb.lemma_.lower() == "vote":
        return Topic(label=verb_phrase(verb)), (), None
    back = next((c for c in verb.children if c.dep_ in {"prt", "advmod"} and c.lower_ == "back"), None)
    if back is not None and object_of(verb) is None:  # "China will strike back": the act with its particle
        return Topic(label=f"{verb.lemma_.lower()} back"), (), None
    return target_from(ctx, verb)


def held_accountable(tok: Token) -> Token | None:
    """"warned that those responsible would be held accountable" (or "held to account"): whom a warning
    says will be held to account (the passive subject), a threat of accountability aimed at them."""
    for c in tok.children:
        if c.dep_ == "ccomp" and held_to_account(c) and to_come(c):
            return next((x for x in c.children if x.dep_ == "nsubjpass"), c)
    return None


def held_to_account(verb: Token) -> bool:
    """A passive "be held accountable" (or "responsible", "to account"): accountability brought on
    the passive subject, whoever brings it."""
    return verb.lemma_.lower() == "hold" and any(a.dep_ == "auxpass" for a in verb.children) and any(
        a.dep_ in {"acomp", "oprd", "xcomp"} and a.lower_ in {"accountable", "responsible"}
        or a.dep_ == "prep" and a.lower_ == "to" and any(p.lower_ == "account" for p in a.children)
        for a in verb.children)


# what those a penalty is for fail at or break: "hospitals which fail to cut infections will face action"
# and wrongs done: "those who undermine democracy and commit abuses will face consequences" (probew16h news)
FAILINGS_OF_THE_PENALISED = frozenset({"fail", "refuse", "break", "breach", "flout", "ignore", "miss", "defy",
                                       "cheat", "abuse", "violate", "undermine", "obstruct", "commit", "sabotage",
                                       "disrupt"})


def failing_subject(verb: Token) -> bool:
    """"hospitals which failed to cut infections would face tough action", "those who break the rules
    will face prosecution": a relative clause of failing on the one to face it is the threat's
    condition, as an if-clause is (probebbc4 written news)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.lemma_.lower() in {"face", "suffer", "pay"} and subj is not None and any(
        c.dep_ == "relcl" and c.lemma_.lower() in FAILINGS_OF_THE_PENALISED for c in subj.children) or penalty_faced(verb)


def price_to_pay(verb: Token) -> bool:
    """"said the Netherlands would pay a heavy price for expelling his minister": a price another side
    will pay is a reprisal threatened, with no if-clause (read as a proposal to pay; written news)."""
    obj = object_of(verb)
    return verb.lemma_.lower() == "pay" and obj is not None and obj.lemma_.lower() == "price" and to_come(verb)



OWN_PERSONS = frozenset({"we"})  # (an "I will ... if you ..." is as often an offer: "I will take that statement back")
# verbs of no act (a state, a thought, a wish): "we will have no choice but to ...", "we will see"
NO_ACT_VERBS = frozenset({"be", "have", "see", "know", "think", "need", "want", "hope", "like", "look", "consider",
                          "try", "get", "continue", "remain", "keep", "let"})


def own_act_on_condition(verb: Token, cue: object = None) -> bool:
    """'"If he breaks his promise, we will file a no-confidence motion"', '"If they don't, we will make
    this country ungovernable"': what "we" will do if another acts (the if- or unless-clause has a
    subject not the speaker's side) is the speaker's threat, whatever the act, as the guidelines' "... we
    will respond" is; "if we win, we will build homes" is a pledge, and "if elected" names no other. Not
    a verb that is a cue of its own (``cue``: "we will accept it if ..." is the condition rules')."""
    subj = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    if cue is not None or verb.pos_ != "VERB" or subj is None or subj.lower_ not in OWN_PERSONS or verb.lemma_.lower() in NO_ACT_VERBS \
            or not to_come(verb) or any(c.dep_ == "neg" for c in verb.children):
        return False
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} and m.nbor(-1).lower_ != "as"
                                     for m in c.children):  # ("we will deal with it as if it did not exist": a manner)
            other = next((s for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}), None)
            if other is not None and other.lower_ not in {"we", "i", "us", "me"}:
                return True
    return False


def own_threat(ctx, verb: Token) -> tuple:
    """What an ``own_act_on_condition`` threatens: the act as its object names it ("file a no-confidence
    motion"), else the act's own words ("make this country ungovernable")."""
    from kg.extract.target_tokens import target_from
    found = target_from(ctx, verb)
    if found[0] is not None:
        return found
    kept = [t for c in verb.children if c.dep_ not in OUTSIDE_OWN_ACT for t in c.subtree]
    words = [t.text for t in sorted([verb, *kept], key=lambda t: t.i)]
    return (Topic(label=" ".join(words)), (), None) if len(words) <= 8 else (None, (), None)


OUTSIDE_OWN_ACT = frozenset({"nsubj", "aux", "advcl", "punct", "cc", "conj", "advmod", "neg", "prep", "npadvmod"})
