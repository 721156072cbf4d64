"""Acts named by their verbs: a verb's noun ("step down" -> resignation), its particle ("stand
aside"), the act a demand asks with nothing else named ("to come clean"), and a verb phrase as
a label ("drop out of race"). Read by ``target_tokens`` and the rules."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import ADVERB_PARTICLES, infinitive, pobj, to_come, verbal_cue
from kg.extract.targets import SKIP_HEADS, in_complex_preposition, unpointed
from kg.lexicon import Lexicon, fold
from kg.records import Topic


def nominalisation(lex: Lexicon, verb: Token) -> str | None:
    """The noun of a verb's act, with its particle ("step down" -> resignation, "mediate" -> mediation)."""
    prt = particle_of(verb)
    prt = prt.lower_ if prt is not None else None
    return (lex.nominalisations.get(f"{verb.lemma_.lower()} {prt}") if prt else None) or \
        lex.nominalisations.get(verb.lemma_.lower())


# adverbs that complete a verb as its particle does ("stand aside", "step back"): the cue's own, and two
# that make an act but no cue of a stance
PARTICLE_ADVERBS = ADVERB_PARTICLES | {"aside", "up"}


def particle_of(verb: Token) -> Token | None:
    """A phrasal verb's particle, also where the parser makes it an adverb ("stand aside") or a
    preposition with no object of its own ("pull out of the talks")."""
    return next((c for c in verb.children if c.dep_ == "prt" or (c.lower_ in PARTICLE_ADVERBS and (
        c.dep_ == "advmod" or (c.dep_ == "prep" and pobj(c) is None)))), None)


UNNAMED = frozenset({"anonymous", "unnamed", "unidentified"})  # "asked to remain anonymous": no position


def phrasal_lemma(verb: Token) -> str:
    """The verb with its particle ("rule out"), the key of an undoing act written in two words."""
    prt = particle_of(verb)
    return f"{verb.lemma_.lower()} {prt.lower_}" if prt is not None else verb.lemma_.lower()


def phrasal_act(lex: Lexicon, verb: Token) -> str | None:
    """A phrasal verb's act with nothing else named, by the verb and its particle ("drop out",
    "stand aside"), where it is what a demand asks or all that is left beside a circumstance
    ("in favour of his deputy"); elsewhere ("promised to rip up") the act's object is named before."""
    prt = particle_of(verb)
    asked = verb.dep_ in {"xcomp", "advcl", "acl"} and verb.head != verb and (
        (cue := verbal_cue(lex, verb.head)) is not None and cue.relation == "demands")
    if prt is None:  # "urged ministers to come clean / think again / go further": the word that completes it
        done = next((c for c in verb.children if c.dep_ in {"acomp", "advmod"} and c.i == verb.i + 1
                     and c.is_alpha and c.tag_ not in {"WRB"} and c.lower_ not in UNNAMED), None)
        return f"{verb.lemma_.lower()} {done.lower_}" if asked and done is not None else None
    aside = any(c.dep_ == "prep" and pobj(c) is not None and circumstance(lex, pobj(c)) for c in verb.children)
    # "said he would stand down": one's own act to come, announced
    announced = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lex.speech and to_come(verb)
    return f"{verb.lemma_.lower()} {prt.lower_}" if asked or aside or announced else None


def leads_on(verb: Token) -> Token | None:
    """The coordinated verb with an object that a verb with none leads on to ("go further and
    negotiate a customs union", "act now and lift the sanctions"): that verb names the act."""
    if any(c.dep_ in {"dobj", "prep", "xcomp", "ccomp"} for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                 and any(g.dep_ == "dobj" for g in c.children)), None)


def circumstance(lex: Lexicon, noun: Token) -> bool:
    """A prepositional phrase that says how or when, not what: "quit in return for co-operation",
    "drop out in favor of his running mate", "refused to answer on multiple occasions"."""
    return in_complex_preposition(lex, noun) or fold(noun.lemma_) in SKIP_HEADS


# adverbs that complete an act on its object ("get his act together", "take things backwards",
# "bring the troops home"): the object alone names no issue
COMPLETING = {"together", "backwards", "backward", "forward", "forwards", "back", "apart", "aside", "home", "away"}


def completion(verb: Token, obj: Token) -> list[Token]:
    """The words after ``obj`` that complete ``verb``'s act with it: such an adverb, or what the object
    is made ("keep the border open"); [] where none."""
    return [c for c in verb.children if c.i > obj.i and (
        (c.dep_ == "advmod" and c.lower_ in COMPLETING) or (c.dep_ in {"oprd", "acomp"} and c.pos_ in {"ADJ", "NOUN"}))]


# the parts of a verb's subtree that are not its act: who does it, the clause around it
OUTSIDE_ACT = {"nsubj", "nsubjpass", "aux", "auxpass", "neg", "punct", "mark", "advcl", "cc", "conj", "ccomp",
               "parataxis", "det", "poss", "relcl", "dep", "npadvmod"}


# prepositions of when an act is done, no part of it ("agree to ceasefire after deadly border clashes", "asks
# cabinet to resign after midterm setback": probe headlines, whose gold names the ceasefire, the resignations)
WHEN = {"after", "amid", "before", "following", "during", "despite"}


def act_word(verb: Token) -> str:
    """A verb as an act's label names it: its lemma ("suggested it would leave" -> "leave"), but
    a gerund as written, a noun already ("did not rule out registering Muslims in a database")."""
    return verb.lower_ if verb.tag_ == "VBG" else verb.lemma_.lower()


def verb_phrase(verb: Token, most: int = 8, named: dict[int, str] | None = None) -> str:
    """An act with no object named by its verb and what it keeps ("fight again for Kiev",
    "drop out of race"), cut to its verb and particles where longer than a label may be;
    ``named``: the label a word (a pronoun) is written as, by its index."""
    def within(tok: Token) -> list[Token]:
        return [t for c in tok.children if c.dep_ not in OUTSIDE_ACT and not (c.dep_ == "prep" and c.lower_ in WHEN)
                for t in [c, *within(c)]]

    keep = sorted([verb, *within(verb)], key=lambda t: t.i)
    if len(keep) > most:
        keep = [verb] + [c for c in verb.children if c.dep_ == "prt"]
    named = named or {}
    return " ".join(act_word(verb) if t.i == verb.i else named.get(t.i, t.text) for t in keep)


def act_on_party(act: Token | None, party: str | None = None) -> str | None:
    """'called on the government to recognise Palestine': the act asked for, where its object
    is a party that the demand would otherwise be taken as asked of (and dropped); a pronoun
    object is written as the ``party`` it was read as ("urged the court to keep him in detention")."""
    if act is None or act.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children):
        return None
    if any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in act.children):
        return verb_phrase(act)
    him = next((c for c in act.children if c.dep_ == "dobj" and c.lower_ in {"him", "her", "them"}), None)
    return verb_phrase(act, named={him.i: party}) if him is not None and party else None


# verbs that place their object somewhere: the object alone names no act ("take the country [out of the
# union]", "put a firm back [on the list]"), where it goes does
PLACING = frozenset({"put", "take", "bring", "place", "pull"})
TOWARDS = frozenset({"out", "into", "onto", "on", "to", "off", "from", "back", "away", "under", "within"})


def destination(verb: Token, obj: Token) -> str:
    """Where a placing verb puts its object, as words after it ("back on France's blacklist",
    "out of United Nations"): each place word after the object, up to a phrase's head with its
    left modifiers; "" where none."""
    if verb.lemma_.lower() not in PLACING:
        return ""
    words: list[str] = []
    for c in sorted(verb.children, key=lambda c: c.i):
        if c.i < obj.i or c.dep_ not in {"prep", "advmod", "prt"} or c.lower_ not in TOWARDS:
            continue
        while c is not None:
            words.append(c.lower_)
            if (p := pobj(c)) is not None:
                kept = [x for x in p.subtree if x.i <= p.i and x.dep_ != "det" and not x.is_punct]
                return " ".join([*words, "".join(x.text_with_ws for x in kept).strip()])
            c = next((x for x in c.children if x.dep_ == "prep"), None)
    return " ".join(words)


def placed(verb: Token, obj: Token) -> str:
    """A placing verb's act as the text words it, where it names the place ("bring Lord Archer back
    into fold"): the object by its own words (a title kept), not its actor's label; "" where no place."""
    where = destination(verb, obj)
    if not where:
        return ""
    what = "".join(x.text_with_ws for x in obj.subtree if x.i <= obj.i and x.dep_ != "det" and not x.is_punct).strip()
    label = f"{act_word(verb)} {what} {where}"
    return label if len(label.split()) <= 8 else ""


def manner_act(verb: Token) -> str | None:
    """An act named only by its verb and how it was done ("denied that they had acted improperly":
    act improperly), where the verb has no object or clause to name it. (BBC-style probe miss.)"""
    if not any(c.dep_ == "advmod" and c.tag_ == "RB" and c.lower_.endswith("ly") for c in verb.children):
        return None
    return verb_phrase(verb)


def undergoer(ctx, verb: Token) -> Token | None:
    """What a passive undoing is done to ("British troops to be withdrawn from Iraq", "sanctions
    must be lifted on Iran"): the troops, whose withdrawal is the issue, not the place."""
    if verb.lemma_.lower() not in ctx.lex.reversals or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"), None)


def done_to_actor(ctx, verb: Token, undoing: bool = False) -> str | None:
    """The act a passive does to a named actor, by its noun ("called for Lai to be released": the
    release of Lai), where the actor alone would be no issue (probe28c); with ``undoing`` an undoing
    verb's too ("called for Zimbabwe to be suspended from international cricket": its suspension)."""
    lemma = verb.lemma_.lower()
    if not any(c.dep_ == "auxpass" for c in verb.children) or lemma in ctx.lex.reversals and not undoing:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    m = ctx.resolver.resolve(subj) if subj is not None else None
    nominal = nominalisation(ctx.lex, verb) or (ctx.lex.reversals.get(lemma) if undoing else None)
    return f"{nominal} of {unpointed(m.actor.label)}" if m is not None and nominal else None



# objects that name no issue of their own ("release people detained for protest", "handle the issue carefully",
# "distance himself from the former president"): the act done to them is what a demand asks
UNNAMING_OBJECTS = frozenset({"people", "issue", "matter", "question", "those", "others", "everyone", "anyone",
                              "himself", "herself", "itself", "themselves"})


def asked_act(lex: Lexicon, rel: str, act: Token | None) -> Topic | None:
    """The act a demand asks of someone ("urged Manama to release people detained for peaceful protest",
    "urged Takaichi to handle the issue carefully"), where its object names no issue: the verb phrase,
    for the guidelines' demand is that the act happen; None elsewhere."""
    if rel != "demands" or act is None or act.pos_ != "VERB" or act.head == act or not infinitive(act):
        return None
    obj = next((c for c in act.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ not in UNNAMING_OBJECTS:
        return None
    cue = verbal_cue(lex, act.head)
    return Topic(label=verb_phrase(act)) if cue is not None and cue.relation == "demands" else None
