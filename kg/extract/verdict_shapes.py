"""Shapes of a verdict that turn or aim it: a burden laid on a good ("a tax on aspiration"), a
pronoun judged outright in a quotation ('"This is a shambles"'), an act judged as left undone ("a
mistake not to extend the ceasefire"), and the small shapes a verdict is read from: a necessary act, a job
well done, what "as" calls a thing, a that-clause judged. Read by ``EvaluativeRules``."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import pobj
from kg.extract.merits import QUALITIES, SHOWING
from kg.extract.modality import negated
from kg.extract.reported_evaluation import words
from kg.extract.subjects import clause_subject

# nouns of a verdict that make a person of the judged ("a great leader", "heroes", "a man of integrity"):
# praise of a doer, not support of an issue (with the role and person nouns of actors.toml)
PERSON_VERDICTS = frozenset({"man", "woman", "person", "people", "hero", "heroine", "friend", "champion",
                             "servant", "statesman", "stateswoman", "patriot", "player", "partner", "colleague"})
# nouns of a deed judged by what follows "of": "a senseless act of terrorism", "an act of aggression", "an act
# of courage" (probew16q); the deed itself carries no verdict
OF_JUDGED = frozenset({"act", "acts", "deed", "catalogue", "litany"}) | PERSON_VERDICTS  # "a catalogue of failures"
# people judged by their service, who are not actors in their own right ("our soldiers are the best in the
# world", "the firefighters were magnificent"): a good verdict on them praises them, as one on "the police"
SERVING = frozenset({"soldier", "troop", "firefighter", "fireman", "paramedic", "medic", "volunteer", "rescuer",
                     "police", "policeman", "policewoman", "carer", "crew", "athlete", "team", "serviceman",
                     "servicewoman", "responder", "sailor", "pilot", "marine"})
# pronouns of a party judged in a quotation, resolved with its speaker passed: '"They have been fantastic,"
# Lopez said of the team', "he has been a prudent chancellor"
JUDGED_PARTIES = frozenset({"he", "she", "they"})
# motives imputed: "said the accusation was politically motivated" dismisses it, whatever VADER makes of "motivated"
IMPUTED_MOTIVES = frozenset({"motivate", "motivated", "drive", "driven", "inspire", "inspired"})
# verbs of saying and minding that, judged with a that-clause, frame it rather than take a stance on it:
# "it is important to remember that the bill will take a decade", "it's fair to say the plan failed"
FRAMING_ACTS = frozenset({"remember", "note", "recall", "recognise", "recognize", "realise", "realize", "understand",
                          "know", "point", "stress", "emphasise", "emphasize", "underline", "mention", "bear", "keep",
                          "say", "add", "acknowledge", "notice", "admit", "concede"})
# verdicts on whether a thing can be done: on a plan they judge it ("said the plan was impossible"), on an act put
# after "it" they only tell what can be done ("said it was impossible for the government to meet its target"; train)
FEASIBILITY = frozenset({"impossible", "possible", "unachievable", "unattainable", "impractical", "unaffordable",
                         "unviable", "achievable", "workable", "feasible", "affordable", "doable", "practical", "viable"})


def ability_only(pred: Token, subj: Token) -> bool:
    """``pred`` judges only whether ``subj``, an act extraposed after "it", can be done: no stance on it."""
    return pred.lemma_.lower() in FEASIBILITY and subj.i > pred.i

# burdens that, laid on a good, judge what is called so: "a tax on aspiration", "a levy on success" (not "a tax
# on sugary drinks"); GOODS: goods VADER leaves unrated (its positive words count as well)
BURDENS = frozenset({"tax", "levy", "penalty"})
GOODS = frozenset({"aspiration", "ambition", "work", "job", "enterprise", "saving", "saver", "thrift", "effort",
                   "family", "worker", "learning", "investment", "aspiring"})
# what a quotation's verdict may judge without naming it: '"It is a disgrace"', '"This is a shambles"'
JUDGED_PRONOUNS = frozenset({"it", "this", "that"})

# a person named as one's pick: "Hillary is my next choice", "said Clinton was the only choice for Americans"
CHOICES = frozenset({"choice", "pick"})


def chosen(pred: Token) -> bool:
    """'Hillary is my next choice', 'Clinton was the only choice for Americans': one named as the speaker's or
    the only pick is backed, a stance and no verdict of quality (it had read as nothing, or as accusing);
    "no choice", "a choice" name none, and "the wrong choice" is read by its adjective."""
    return pred.lemma_.lower() in CHOICES and pred.dep_ == "attr" and any(
        c.dep_ in {"det", "poss"} and c.lower_ in {"the", "my", "our"} for c in pred.children)


def plain_verdict(subj: Token, cop: Token, pred: Token) -> bool:
    """'"This is a shambles"', '"It is a disgrace"': a pronoun judged outright, the thing it stands
    for being the judged. Not a verdict foretold or supposed ("it would be
    controversial"), one on a clause the pronoun stands in for ("it would be unacceptable for a
    chief constable to say", "it is prudent to delay"), a comparison ("less good"), nor words the
    speaker puts in another's mouth ('not worried about 'Oh gee, this isn't ethical'')."""
    if subj.lower_ not in JUDGED_PRONOUNS or any(c.dep_ == "aux" and c.tag_ == "MD" for c in cop.children):
        return False
    if any(c.dep_ in {"advcl", "xcomp", "ccomp", "csubj"} for t in (cop, pred) for c in t.children):
        return False
    if pred.tag_ in {"JJR", "RBR"} or any(c.tag_ in {"JJR", "RBR"} for c in pred.children):
        return False
    return not any(t.text in {"'", "‘"} for t in subj.doc[subj.sent.start:subj.i])


def left_undone(act: Token) -> bool:
    """"not to extend the ceasefire" judged ("it would be a mistake not to ..."): an act with no doer of
    its own, denied, whose verdict is the contrary one on doing it."""
    return act.pos_ == "VERB" and negated(act) and clause_subject(act) is None and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in act.children)


# a sister act that sets its actor against someone: "called the blockade "unprecedented" and warned ..."
HOSTILE_SISTERS = frozenset({"accuse", "warn", "threaten", "condemn", "denounce", "blame", "vow", "urge"})
QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})


def quoted_label(pred: Token) -> bool:
    """The name a speaker gives a thing stands in quotation marks ('called the offer "a grift"')."""
    toks = list(pred.subtree)
    before = pred.doc[toks[0].i - 1] if toks[0].i > 0 else None
    return before is not None and before.text in QUOTE_MARKS or toks[0].text in QUOTE_MARKS


def hostile_sister(verb: Token) -> bool:
    """``verb`` is coordinated with an act against another ('called the Russian team "a theatrical
    delegation" and accused Moscow of ...'): the quoted name it gives, of no polarity the lists know,
    is a hostile one."""
    sisters = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
    return any(s.pos_ == "VERB" and s.lemma_.lower() in HOSTILE_SISTERS and not negated(s) for s in sisters)


# adjectives of need: "it is vital that rises are kept down", "essential to cut the deficit" call for the act
NECESSARY = frozenset({"vital", "essential", "crucial", "imperative", "necessary", "urgent"})


def needed(cop: Token, act: Token) -> bool:
    """An act (a verb, not a thing) the copula's adjective calls necessary ("it was vital that ..."), or
    anything called the only way to an end ("said impeachment was the only way to hold Mr Blair to account")."""
    return act.pos_ in {"VERB", "AUX"} and any(c.dep_ == "acomp" and c.lemma_.lower() in NECESSARY for c in cop.children) \
        or any(c.dep_ == "attr" and sole_way(c) for c in cop.children)


def short_of(pred: Token) -> int:
    """+1 for "enough" under a denied copula ("said the reversal was not enough", "the aid was not enough"): the
    denial, read by the caller, makes the measure wanting, so opposed (probes: 4 such); 0 where not denied ("was
    enough" is faint) or not the predicate ("strong enough", "not enough evidence")."""
    return int(pred.lower_ == "enough" and pred.dep_ == "acomp" and any(c.dep_ == "neg" for c in pred.head.children))


def sole_way(pred: Token) -> int:
    """+1 for "the only way to [end the war]": a means called the only one to an end is called for (bbc2004
    probe); 0 otherwise ("a way to", "no way to" are read elsewhere; "not the only way" neither backs nor opposes)."""
    return int(pred.lemma_.lower() == "way" and any(c.dep_ == "amod" and c.lower_ == "only" for c in pred.children)
               and not any(c.dep_ == "neg" for c in pred.head.children)
               and any(c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children)
                       for c in pred.children))


PERFORMANCE = frozenset({"job", "work"})


def performance(tok: Token) -> bool:
    """``tok`` is the "job" of "had done a great job" or the quality of "has shown great leadership": a
    verdict on its doer, read as "was a strong leader" is."""
    return tok.dep_ == "dobj" and ((tok.lemma_.lower() in PERFORMANCE and tok.head.lemma_.lower() == "do") or (
        tok.lemma_.lower() in QUALITIES and tok.head.lemma_.lower() in SHOWING))


def praised_performance(tok: Token) -> bool:
    """A job done or a quality shown that its words leave unrated is still praise: "done a tremendous
    job", "has shown leadership" (a bare job done, "did the job", is none)."""
    return performance(tok) and (tok.lemma_.lower() in QUALITIES or any(c.dep_ == "amod" for c in tok.children))


def as_what(prep: Token) -> Token | None:
    """What "as" calls a thing: its object ("as a positive sign") or a bare adjective, which the
    parser hangs on "as" as a modifier ("described the blockade as unconscionable")."""
    return pobj(prep) or next((c for c in prep.children if c.dep_ == "amod" and c.pos_ == "ADJ"), None)


def content_clause(tok: Token) -> bool:
    """'It is a shame that the council closed the library': a that-clause with a subject of its own,
    which the parser hangs on the verdict noun as a relative clause, says what is judged."""
    return tok.dep_ in {"relcl", "acl"} and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children) \
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)


# nouns of a move whose direction judges it: "a step in the right direction", "a move in the wrong direction"
HEADINGS = frozenset({"step", "move", "shift", "turn"})


def heading(pred: Token) -> list[Token]:
    """The words that judge a noun by where it leads: the direction of a step ("a step in the right
    direction"), what a recipe is for ("a recipe for chaos", "a formula for success": BBC probe miss;
    nouns in ontology/outcomes.toml)."""
    lemma = pred.lemma_.lower()
    if lemma in HEADINGS:
        return [a for c in pred.children if c.dep_ == "prep" and c.lower_ == "in" for p in [pobj(c)]
                if p is not None and p.lemma_.lower() == "direction" for a in p.children if a.dep_ == "amod"]
    if lemma in words()["leading"]:
        return [p for c in pred.children if c.dep_ == "prep" and c.lower_ == "for" for p in [pobj(c)] if p is not None]
    return []


# a step's direction judges it ("a step forward", "a step backwards"), as "in the right direction" does
DIRECTIONS = {"forward": 1, "forwards": 1, "backward": -1, "backwards": -1, "back": -1}


def direction(pred: Token) -> int:
    """+1 / -1 for a step judged by its direction: "was a (big) step forward", "a step backwards"; the
    parser hangs "forward" on "step", or "a step" on "forward" as a noun of measure (``stepped``)."""
    if pred.lemma_.lower() in HEADINGS:
        return next((DIRECTIONS[c.lower_] for c in pred.children if c.dep_ == "advmod" and c.lower_ in DIRECTIONS), 0)
    if pred.lower_ in DIRECTIONS and any(c.dep_ == "npadvmod" and c.lemma_.lower() in HEADINGS for c in pred.children):
        return DIRECTIONS[pred.lower_]
    return 0


def stepped(tok: Token) -> bool:
    """"the plan was a step forward" parsed with "forward" on the copula and "a step" on "forward": a
    verdict, read as a predicate (``EvaluativeRules.predication``) on "forward"."""
    return tok.dep_ == "advmod" and tok.head.lemma_.lower() == "be" and direction(tok) != 0


def excessive(pred: Token) -> bool:
    """"the plan was too little, too late", "too timid": a predicate with "too" judges what it is said of
    as wanting; not when a to-clause says what the excess is for ("too important to ignore")."""
    if pred.pos_ not in {"ADJ", "ADV"} or any(c.dep_ in {"xcomp", "ccomp", "advcl"} and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in pred.children):
        return False
    return any(c.dep_ == "advmod" and c.lower_ == "too" for w in (pred, *(c for c in pred.children if c.dep_ == "amod"))
               for c in w.children)


def for_to_clause(tok: Token) -> bool:
    """"it was absurd for judges in Strasbourg to tell Parliament": the act a verdict on "it" judges, in a
    clause with its own subject that the parser hangs as an adverbial clause."""
    return tok.dep_ == "advcl" and tok.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children)
