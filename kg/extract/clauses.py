"""Clause tests over the dependency parse: cues (verbal and nominal), clause tests and objects (subjects, agents and
reporting frames are ``kg.extract.subjects``). Each is a small function documented with the kind of sentence it
handles; whether the clause asserts its act (negation, if-clauses, irrealis) is ``kg.extract.modality``'s."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract.joint_acts import CALL_MEDIA, by_call, call_with, companions, held_act, joint_subject
from kg.extract.blame import to_blame
from kg.extract.conditional_threats import ready_against
from kg.extract.cue_lemmas import may_cue
from kg.extract.feelings import feeling
from kg.extract.headlines import headline_plan
from kg.extract.leaving import left_body
from kg.extract.phrases import agreed_matter, alleged_act, overdone
from kg.extract.particle_senses import other_sense, retreat
from kg.extract.recognition import conceded, recognised_relation
from kg.extract.pledged_work import pledged_cooperation
from kg.extract.voted_acts import voted_act
from kg.lexicon import Lexicon
from kg.extract.objects import object_of  # (the cue rules import it from here too)

SUBJ = {"nsubj", "nsubjpass", "csubj"}
HYPOTHETICAL_MARKS = {"if", "unless", "whether", "until", "till"}  # "keep up pressure until Russia is ready": not asserted
RELATIVE_PRONOUNS = {"who", "whom", "which", "that"}
# verbs whose object does not do the infinitive: "offered Kiev to resume talks",
# "used such remarks to oppose NATO membership" (the user opposes)
# (and visits: "visited the minister to lobby for more funds": the visitors lobby, the one visited is no doer)
SUBJECT_CONTROL = {"offer", "promise", "use", "take", "make", "spend", "employ", "seize", "need", "visit", "meet"}
# passives that raise the subject of their infinitive: "barristers are reported to be threatening
# to resign", "Rubio is expected to oppose", "ministers are due to meet": the barristers threaten
RAISING_PASSIVES = {"report", "say", "believe", "expect", "think", "understand", "know", "rumour", "rumor",
                    "allege", "set", "due", "poise", "suppose", "see", "consider", "schedule"}
# verbs whose infinitive is the subject's own act: "agreed to step down"
COMMITTING = {"agree", "promise", "pledge", "decide", "consent", "vow", "undertake", "commit"}
# relations of a stance: under a verb of committing ("pledged to support Greece") the stance is the act
STANCES = frozenset({"supports", "opposes", "accepts", "rejects"})
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
# nouns whose "that" clause or "of" phrase is what is meant: "rejected the idea that [the Tories
# and the BNP appealed to the same voters]"; the clause's act is not asserted (``irrealis``)
CONTENT_NOUNS = {"idea", "notion", "suggestion"}
# nouns whose "with"/"of" complement is the real target: "compliance with the demand for a ceasefire"
THROUGH_NOUNS = {"compliance", "implementation", "adherence", "observance", "enforcement", "respect", "fulfilment",
                 "fulfillment", "extension", "renewal", "resumption"}
COPULAS = {"be", "prove", "remain", "seem", "appear", "look", "sound"}
GOAL_NOUNS = {"objective", "goal", "aim", "purpose", "intention", "plan", "priority", "mission", "intent"}
REPORT_NOUNS = {"report", "statement", "post", "remarks", "comments", "interview"}


PUNISHING = frozenset({"impose", "reimpose", "retaliate", "punish"})  # acts one is "ready to" do against another
# what a hostile act is called: "ready to respond to any provocation" answers it in kind
HOSTILE_ACTS = frozenset({"provocation", "aggression", "attack", "attacks", "threat", "threats", "incursion", "invasion"})


def punishing(tok: Token) -> bool:
    """An act done against another ("impose sanctions", "retaliate"), or a response to a hostile
    act ("respond to any provocation"): readiness for it is a warning, no acceptance of the act."""
    lemma = tok.lemma_.lower()
    if lemma in PUNISHING or ready_against(tok):  # ("prepared to block the decision if his conditions were not met")
        return True
    if lemma == "respond" and all(c.dep_ in {"aux", "advmod", "punct", "cc"} for c in tok.children):
        return True  # a bare answer: "we are ready to respond", as "we will respond" (probe37a)
    return lemma == "respond" and any(c.dep_ == "prep" and c.lower_ == "to" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in HOSTILE_ACTS for o in c.children) for c in tok.children)


@dataclass
class Cue:
    token: Token
    relation: str
    particle: Token | None = None
    nominal: bool = False


def dated(prep: Token) -> bool:
    """A preposition that only says when ("agreed on Saturday to a ceasefire"): no particle of the verb's cue."""
    return any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in prep.children)


def mistagged_verb(tok: Token) -> bool:
    """A word tagged an adverb that has a subject and an object ("EU leaders back migrant deal"):
    the small model's headline verb, which its arcs still show."""
    if tok.pos_ != "ADV":
        return False  # (asked of every word: the tag first, the children only of an adverb)
    deps = {c.dep_ for c in tok.children}
    return "nsubj" in deps and "dobj" in deps


def verbal_cue(lex: Lexicon, tok: Token) -> Cue | None:
    lemma, pos = tok.lemma_.lower(), tok.pos_  # (asked of every word: each read once, a string made per read)
    if not may_cue(lex, lemma, tok):
        return None  # (most words: no cue table holds them)
    if lemma == "blame" and to_blame(tok) is not None:
        return None  # "Russia was to blame": Russia is blamed, by the speaker (``kg.extract.blame``)
    if pos == "ADJ" and lemma in lex.adjectives and tok.dep_ in {"acomp", "oprd", "ROOT", "conj"}:
        if any(c.dep_ == "xcomp" and punishing(c) for c in tok.children):
            return Cue(tok, "threatens")  # "is ready to impose countermeasures": readiness to punish warns
        return Cue(tok, lex.adjectives[lemma])  # "Russia is ready for negotiations", "appeared willing to"
    if feeling(lex, tok):
        return Cue(tok, lex.feelings[tok.lower_])  # "has been angered by Pyongyang's tests"
    if tok.tag_ == "VBN" and tok.lower_ in lex.adjectives and (
            tok.dep_ == "acomp" or any(c.dep_ == "auxpass" for c in tok.children)):
        to = next((c for c in tok.children if (c.dep_ == "prep" and c.lower_ == "to") or c.dep_ == "xcomp"), None)
        if to is not None:  # "was (still) committed to the deal": the parser's participle, an adjective
            return Cue(tok, lex.adjectives[tok.lower_], to if to.dep_ == "prep" else None)
    if pos not in {"VERB", "AUX"} and not (pos == "NOUN" and tok.dep_ == "ROOT") and (pos != "ADV" or not mistagged_verb(tok)):
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if lemma in lex.orders and obj is not None and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in tok.children):
        return Cue(tok, "demands")  # "told Russia to accept a ceasefire"
    if lemma in {"call", "ring"} and obj is not None and any(
            c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in TALKING and any(a.lower_ == "to" for a in c.children)
            for c in tok.children):
        return Cue(tok, "consults")  # "called Lavrov on Sunday to discuss the truce": a call, no demand
    if lemma in RECEIVING_GUESTS and obj is not None and obj.ent_type_ == "PERSON":
        return Cue(tok, "consults")  # "received Trump at the palace", "welcomes Modi": a guest met, no support
    if (matter := agreed_matter(tok)) is not None and f"{lemma} on" in lex.phrasal:
        return Cue(tok, lex.phrasal[f"{lemma} on"], matter)  # "agreed with Pakistan on a ceasefire"
    named = any(c.dep_ == "oprd" for c in tok.children)  # "called Palin a clown on his show": a naming, no "call on"
    # an object's predicate the parser hung on the object ("held the rebels [responsible]")
    predicate = [c for c in obj.children if c.dep_ == "amod" and c.i > obj.i] if obj is not None else []
    for child in [*tok.children, *predicate]:
        # (an object's predicate too: "held Russia responsible for the attack")
        if (child.dep_ in {"prt", "dobj", "oprd"} or child in predicate or (child.dep_ == "prep" and not named and not dated(child) and not companions(child, obj))
                or (child.dep_ == "advmod" and child.lower_ in ADVERB_PARTICLES)) and child.i > tok.i:
            key = f"{lemma} {child.lower_ if child.dep_ != 'dobj' else child.lemma_.lower()}"
            if key.endswith(" with") and f"{lemma} ahead with" in lex.phrasal and any(
                    a.dep_ == "advmod" and a.lower_ == "ahead" for a in tok.children):  # ("met ahead of .. with" stays "meet with")
                key = f"{lemma} ahead with"  # "will press ahead with the bill": going on with it backs it
            if (pledged := pledged_cooperation(lex, tok, child)) is not None:  # "would work with the new government"
                return Cue(tok, pledged, child)
            if key in lex.phrasal:
                return Cue(tok, lex.phrasal[key], child)
    alleged = next((c for c in obj.children if c.dep_ == "prep" and alleged_act(c)), None) if obj is not None else None
    if alleged is not None and f"{lemma} of" in lex.phrasal:
        return Cue(tok, lex.phrasal[f"{lemma} of"], alleged)  # "suspect the gang of carrying out": the parser's attachment
    against = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "against"), None) if obj is not None else None
    if against is not None and f"{lemma} against" in lex.phrasal:
        return Cue(tok, lex.phrasal[f"{lemma} against"], against)  # "warned both parties against pandering": the parser's attachment
    if lemma in {"take", "adopt"} and obj is not None and obj.lemma_.lower() in {"stance", "stand", "line"} and any(
            c.dep_ == "prep" and (c.lower_ == "against" or c.lower_ in {"on", "over"} and any(
                a.dep_ == "amod" and a.lower_ in TOUGH for a in obj.children)) for c in [*obj.children, *tok.children]):
        return Cue(tok, "opposes", obj)  # "has taken a firm stance against illegal immigration" (PolNeAR train), "a tough stance on"
    met = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "with"), None) if obj is not None else call_with(tok)
    if met is not None and lex.phrasal.get(f"{lemma} with") == "consults" and (whom := pobj(met)) is not None and whom.ent_type_:
        return Cue(tok, "consults", met)  # "discussed the issue with Trump", "spoke by phone with Sisi": "with" hung low
    for child in tok.children:  # "called for the plans to be scrapped": "for" marks the demanded clause
        if child.dep_ in {"advcl", "ccomp"} and child.i > tok.i and f"{lemma} for" in lex.phrasal and any(
                m.dep_ == "mark" and m.lower_ == "for" for m in child.children):
            return Cue(tok, lex.phrasal[f"{lemma} for"], child)
    if (act := voted_act(lex, tok)) is not None:  # "Peers voted to delay the ban": the act voted for is backed
        return Cue(tok, "supports", act)
    if (taken := conceded(tok, obj)) is not None:  # "conceded defeat"; "respects the constitutional process"
        return Cue(tok, taken)
    if lemma in PROMISING and obj is not None and lex.nouns.get(obj.lemma_.lower()) in PROMISED_STANCES:
        return Cue(tok, lex.nouns[obj.lemma_.lower()])  # "pledged support for the rebels" supports them
    from kg.extract.modality import negated  # (modality imports this module)
    if lemma in BORNE_ONLY_REFUSED and not negated(tok) and not (obj is not None and any(
            c.lower_ == "no" and c.dep_ in {"det", "neg"} for c in obj.children)):
        return None  # "tolerated corruption": a thing borne, no position (refused, "would not tolerate", it is one)
    if (left := left_body(tok)) is not None:  # "quit the coalition", "withdrew from the ICC": refused
        return Cue(tok, "rejects", left if left.dep_ == "prep" else None)
    if lemma in lex.verbs and not retreat(tok) and not other_sense(tok):  # "backed down on the tax": a retreat, no backing
        if lemma in ASSERTING and asserted_clause(tok):
            return None  # "insisted he was happy with his role": an assertion, reported speech, no demand
        if lemma in ATTEMPTING and object_of(tok) is None and any(
                c.dep_ == "xcomp" and c.lemma_.lower() not in CARRIER_VERBS and any(a.lower_ == "to" for a in c.children)
                for c in tok.children):
            return None  # "sought to draw a line under the row": an attempt at one's own act ("sought to hold talks" seeks talks)
        if lemma in FORECASTING and any(c.dep_ == "ccomp" and not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                                        for c in tok.children):
            return None  # "said he expected that Americans will say no": a forecast, no demand ("expects Iran to comply" is one)
        if lemma in FORECASTING and any(changing(c) for c in tok.children):
            return None  # "expected the virus to spread", "expects prices to rise": what is to happen, no act asked
        if lemma in QUESTIONING and any(c.dep_ == "ccomp" and any(m.lower_ in {"whether", "if"} or m.tag_ in {"WDT", "WP", "WRB"}
                                                                   for m in c.children) for c in tok.children):
            return None  # "asked whether Cruz disavowed the endorsement": a question, no demand
        if lemma in QUESTIONING and any(c.dep_ == "prep" and c.lower_ == "about" for c in tok.children):
            return None  # "asked about Trump's vow to build a wall": a question (the parser hangs the vow's infinitive on it)
        return Cue(tok, recognised_relation(lemma, obj, lex.verbs[lemma]))  # "recognized a Palestinian state" backs it
    if lemma in lex.light_verbs:  # "expressed solidarity with", "extended an invitation to"
        if obj is not None and obj.lemma_.lower() in lex.nouns and not overdone(obj) \
                and not any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):  # ("raised no objection")
            return Cue(tok, lex.nouns[obj.lemma_.lower()])
        if lemma in ANNOUNCING and obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() not in UNANNOUNCED \
                and not armed_operation(obj):
            return Cue(tok, "proposes")  # "announced new powers to seize phones", "announced a crackdown on ..."
        if lemma == "confirm" and obj is not None and obj.lemma_.lower() in CONFIRMED_MEASURES:
            return Cue(tok, "proposes")  # "confirmed plans to extend the charge": one's own measure, as announced
    if lemma in lex.emphasis_verbs:  # "stressed the importance of", "underscored the need to"
        if obj is not None and obj.lemma_.lower() in lex.emphasis_nouns:
            return Cue(tok, lex.emphasis_nouns[obj.lemma_.lower()])
    if lemma in {"discuss", "debate"} and obj is not None and joint_subject(tok):
        return Cue(tok, "consults")  # "Ruto and Modi discussed trade": the two talk it over together
    if lemma in {"speak", "talk"} and joint_subject(tok) and by_call(tok):
        return Cue(tok, "consults")  # "Ruto and Modi spoke by phone": a call between the two
    if (act := held_act(lex, tok)) is not None:
        return Cue(tok, act)  # "held talks with Putin"
    return None


RECEIVING_GUESTS = frozenset({"receive", "welcome", "greet"})  # ... a person as a guest
ANNOUNCING = frozenset({"announce"})  # a measure announced is proposed ...
CONFIRMED_MEASURES = frozenset({"plan", "proposal", "scheme", "measure", "reform"})  # ... so is one confirmed
UNANNOUNCED = frozenset({"death", "resignation", "retirement", "result", "winner", "birth", "departure", "candidacy",
                         "engagement", "name", "date", "figure", "number"})  # ... news announced is not
# ... nor an armed operation under way ("announced the start of an offensive"): an event, no position
OPERATIONS = frozenset({"offensive", "attack", "assault", "invasion", "raid", "airstrike", "bombardment",
                        "counteroffensive", "counterattack", "incursion"})
UNDER_WAY = frozenset({"start", "beginning", "launch", "onset"})


def armed_operation(obj: Token) -> bool:
    """``obj`` names an armed operation, or its start ("the launch of an offensive")."""
    if obj.lemma_.lower() in UNDER_WAY:
        obj = next((g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj"), obj)
    return obj.lemma_.lower() in OPERATIONS


# demanding verbs that also assert: a demand only when what follows is owed ("insisted that reform
# must continue", "insists on a vote"), an assertion when it states a fact ("insisted he had played by the rules")
# verbs of promising whose object, a noun of a stance, is the stance promised: "pledged support for the
# rebels", "offered its backing to the plan", "promised solidarity with the strikers" (a light verb's use)
PROMISING = frozenset({"pledge", "promise", "offer", "vow", "guarantee"})
PROMISED_STANCES = frozenset({"supports", "opposes", "praises"})
ASSERTING = frozenset({"insist", "suggest"})  # "suggested the Tories planned cuts" asserts; "suggested that they meet" proposes
TALKING = frozenset({"discuss", "talk", "confer"})  # "called Lavrov to discuss": the call's purpose, a talk
ATTEMPTING = frozenset({"seek"})  # "seeks a ceasefire" demands it; "sought to reassure voters" tries
FORECASTING = frozenset({"expect"})  # "expects the West to lift the sanctions" demands; "expects that prices will rise" forecasts
# what comes to pass rather than is done: "expected the virus to spread", "expects prices to rise", "the bill to pass"
CHANGING = frozenset({"rise", "fall", "spread", "grow", "increase", "decrease", "decline", "drop", "climb", "soar",
                      "surge", "worsen", "improve", "slow", "peak", "continue", "last", "happen", "occur", "pass",
                      "succeed", "fail", "win", "lose", "collapse", "recover", "double", "triple", "shrink", "ease"})
PASSING = frozenset({"clear", "pass", "survive"})  # ... a measure's way through a house
MEASURES = frozenset({"bill", "law", "legislation", "measure", "motion", "budget", "treaty", "amendment"})
QUESTIONING = frozenset({"ask"})  # "asked Russia to withdraw" demands; "asked whether ..." questions


def changing(clause: Token) -> bool:
    """``clause``, an infinitive clause under "expect", tells a change to come: an intransitive
    verb of change with a subject of its own ("the virus to spread"), not an act done to something
    ("Congress to pass the bill" demands it)."""
    if clause.dep_ in {"ccomp", "xcomp"} and clause.lemma_.lower() in PASSING and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in MEASURES for c in clause.children):
        return True  # "expected the bill to clear the Lords": a measure's passage foretold, no one asked (probebbc3)
    return clause.dep_ in {"ccomp", "xcomp"} and clause.lemma_.lower() in CHANGING and any(
        c.dep_ == "nsubj" for c in clause.children) and not any(c.dep_ in {"dobj", "auxpass"} for c in clause.children)


def stance_cue(lex: Lexicon, tok: Token) -> Cue | None:
    """``tok``'s verbal cue when it states a stance ("support", "oppose", "accept", "reject"): an act
    whose relation carries over to what is pledged, committed to or judged."""
    cue = verbal_cue(lex, tok)
    return cue if cue is not None and cue.relation in STANCES else None


def asserted_clause(verb: Token) -> bool:
    """``verb``'s that-clause states what is so: no modal of obligation ("must continue"), no
    subjunctive ("that Georgia remain neutral"), for "suggest" no will or would, and the verb
    demands nothing else (no object, no "on" phrase)."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None or any(c.dep_ in {"prep", "dobj"} for c in verb.children):
        return False
    auxes = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
    if verb.lemma_.lower() == "suggest" and auxes & FUTURE:
        return False  # "suggested that Britain would leave the single market": a course proposed
    subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    singular = subj is not None and (subj.tag_ in {"NN", "NNP"} or subj.lower_ in {"he", "she", "it"})
    if not auxes and (clause.tag_ == "VB" or clause.tag_ == "VBP" and singular and clause.lower_ == clause.lemma_.lower()):
        return False  # a subjunctive is owed: "insisted that Georgia remain neutral"
    if auxes == {"be"} and any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in clause.children):
        return False  # and a passive one: "insisted that the fish question be settled"
    return not ((auxes | {clause.lemma_.lower()}) & (OBLIGATION | OBLIGATION_VERBS))


# adverbs the small model tags where a particle stands ("pushed back": advmod, not prt)
TOUGH = frozenset({"firm", "tough", "hard", "tougher", "firmer", "harder", "hardline", "strong", "stronger"})  # ... stance on
ADVERB_PARTICLES = frozenset({"back", "out", "down", "off", "away", "aside"})  # "brushed aside": an adverb to the parser
NOUN_DEPS = {"dobj", "pobj", "nsubj", "nsubjpass", "compound"}


def nominal_cue(lex: Lexicon, tok: Token) -> Cue | None:
    # a noun, or a word tagged as a verb where only a noun can stand ("rejects ceasefire [call]")
    if tok.pos_ not in {"NOUN", "PROPN"} and not (tok.pos_ == "VERB" and tok.dep_ in NOUN_DEPS):
        return None
    lemma = tok.lemma_.lower()
    if lemma == "call" and any(c.dep_ == "compound" and c.lemma_.lower() in CALL_MEDIA for c in tok.children):
        return None  # "told him in a phone call that ...": a conversation, no call for anything
    if lemma in lex.nouns and not overdone(tok):  # "too much pressure on children": a complaint, no demand
        return Cue(tok, lex.nouns[lemma], nominal=True)
    if lemma in HELD_ESTEEM and ((tok.dep_ == "dobj" and tok.head.lemma_.lower() in HOLDING) or (  # "nothing but respect"
            tok.dep_ == "pobj" and tok.head.lower_ == "but" and tok.head.head.lower_ == "nothing")):
        return Cue(tok, "praises", nominal=True)  # "I have enormous respect for Bill" (``merits.esteemed``)
    return None


# nouns of esteem that praise only as held ("have great respect for the mayor"; "respect for the law" alone is none)
HELD_ESTEEM = frozenset({"respect", "esteem"})
HOLDING = frozenset({"have", "hold", "feel"})


# ---- clause tests -----------------------------------------------------------

# verbs and adjectives whose negation passes to the verb they govern: "not going to support"
# is no support ("did not hesitate to support" is, so the list is closed)
FUTURE = frozenset({"will", "would", "'ll", "shall"})  # the auxiliaries of a pledge, a warning, a plan
OBLIGATION = frozenset({"should", "must", "ought"})  # the modals of what someone says ought to be done
OBLIGATION_VERBS = frozenset({"ought", "have", "need"})  # ... and the verbs: "has to", "needs to", "ought to"
OPINION_RAISERS = frozenset({"think", "believe", "suppose", "expect", "imagine", "reckon"})
NEGATION_RAISERS = frozenset({"go", "want", "plan", "intend", "prepare", "prepared", "willing", "able", "expect",
                              "seek", "wish", "mean", "ready"})


# verbs of bearing a thing, a position only refused ("would not tolerate attacks"; "had tolerated it" is none)
BORNE_ONLY_REFUSED = frozenset({"tolerate", "countenance"})


def infinitive(verb: Token) -> bool:
    """A verb's complement act: an xcomp, or "to" + verb the parser hung as an adverbial
    clause (the headline "Rebels vow to fight top-up fees")."""
    return verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and verb.tag_ == "VB"
                                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


# ---- targets ----------------------------------------------------------------

def antecedent_of(tok: Token) -> Token | None:
    """The noun a relative clause with its own subject and no object qualifies, which is
    the clause verb's object ("a claim Davutoglu refuted", "a claim that Gowdy's office disputes")."""
    if tok.dep_ in {"relcl", "acl"} and tok.head.pos_ in {"NOUN", "PROPN"} and tok.head.i < tok.i \
            and any(c.dep_ == "nsubj" for c in tok.children) \
            and not any(c.dep_ in {"dobj", "ccomp", "xcomp", "dative", "advcl"} for c in tok.children) \
            and not any(c.dep_ == "conj" and any(g.dep_ == "dobj" for g in c.children) for c in tok.children):
        return tok.head  # (not when a conjunct holds the object both share: "a statement that China neither
    return None  # accepted nor recognised the award")


def to_come(verb: Token) -> bool:
    """The verb has "will", "would", "'ll" or "shall": an act to come (a pledge, a warning, a refusal);
    or it is a headline's bare infinitive, which says the same ("Labour to scrap tuition fees")."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE for c in verb.children) or headline_plan(verb) is not None


# participles before a name that the parser reads as verbs taking it ("a protest from neighboring China", train)
NAME_PARTICIPLES = frozenset({"neighboring", "neighbouring"})


def pobj(prep: Token) -> Token | None:
    """The object of a preposition; in "couldn't disagree with her more" the parser makes "more"
    the object and "her" its possessive: the one disagreed with is her."""
    o = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
    if o is not None and o.lower_ == "more":
        return next((c for c in o.children if c.dep_ == "poss"), o)
    if o is not None and o.dep_ == "pcomp" and o.lower_ in NAME_PARTICIPLES:  # "from neighboring China"
        return next((c for c in o.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), o)
    return o
