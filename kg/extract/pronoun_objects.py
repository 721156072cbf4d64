"""What "it", "this" or "them" stands for as the object of a stance, where the resolver would make
it the nearest country, party or group: the things named just before in the sentence, the thing
the sentence before did something to, the thing voted on, or the issue a position was just taken on."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.context import Context
from kg.extract.targets import SKIP_HEADS
from kg.lexicon import fold
from kg.records import Target


def things_before(ctx: Context, them: Token) -> Token | None:
    """The things "them" stands for as an act's object: the nearest plural noun before it in its
    sentence that names no actor ("has always been in favour of ID cards, and tried to introduce
    them"; "Some paper records ... there is no need to move them"); the resolver would make it the
    nearest group or party."""
    for t in reversed(list(them.sent[: them.i - them.sent.start])):
        if t.tag_ == "NNS" and t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"} and ctx.resolver.resolve(t) is None:
            return t
    return None


def thing_before(ctx: Context, it: Token) -> Token | None:
    """The thing "it" stands for as a stance's object in a clause of its own: the nearest singular
    noun before it in its sentence, the object of another word, that names no actor ("has said
    little about the constitution, but allies insisted he supports it"); the issue taken up from an
    earlier sentence would be further away."""
    clause = it.head
    while clause.dep_ in {"xcomp", "aux"} and clause.head != clause:
        clause = clause.head  # "we have to break it": the clause is "have"'s
    inside = {t.i for t in clause.subtree}
    for t in reversed(list(it.sent[: it.i - it.sent.start])):
        if t.tag_ == "NN" and t.dep_ in {"dobj", "pobj"} and t.i not in inside and fold(t.text) not in SKIP_HEADS \
                and ctx.resolver.resolve(t) is None:
            return t
    return None


def thing_in_sentence_before(ctx: Context, it: Token) -> Token | None:
    """The thing "it" stands for as a stance's object where no position was taken just before: the
    last singular noun the sentence before did something to or said something of, that names no
    actor ("The House passed the bill. All Democrats opposed it."); the resolver would make it
    the nearest place."""
    if it.sent.start == 0:
        return None
    prev = it.doc[it.sent.start - 1].sent
    for t in reversed(list(prev)):
        if t.tag_ == "NN" and t.dep_ in {"dobj", "nsubjpass", "nsubj"} and fold(t.text) not in SKIP_HEADS \
                and ctx.resolver.resolve(t) is None:
            return t
    return None


def thing_voted_on(ctx: Context, it: Token) -> Token | None:
    """The thing "it" stands for after "voting against" or "for" in the clause of a sentence that did
    something to it ("passed the bill, with two Republicans voting against it"): the object of that
    act, not the chamber that passed it."""
    prep = it.head
    if it.dep_ != "pobj" or prep.lower_ not in {"against", "for"} or prep.head.lemma_.lower() != "vote":
        return None
    inside = {t.i for t in prep.head.subtree}
    return next((t for t in reversed(list(it.sent[: it.i - it.sent.start])) if t.dep_ == "dobj"
                 and t.tag_ == "NN" and t.i not in inside and ctx.resolver.resolve(t) is None), None)


def stance_preposition(it: Token) -> bool:
    """"it" as the object of a verb's own preposition ("refused to commit to it", "abide by it", "objected
    to it"): the verb's object, as a direct object is, not a noun's ("a tax on it")."""
    return it.dep_ == "pobj" and it.head.dep_ == "prep" and it.head.head.pos_ == "VERB" and it.head.i == it.i - 1


def thing_named_before(ctx: Context, it: Token) -> Token | None:
    """The thing "it" after a verb's preposition stands for where its sentence named one before the
    verb's clause ("made a fair offer and we stand by it", "said the ruling was binding and urged the
    parties to abide by it"): the nearest singular noun there, subject or object, that names no actor
    and does not hold "it" in its own phrase ("had shown willingness to cooperate on it": not the
    willingness, whose cue leads back to this verb, but the issue named before it)."""
    clause = it.head.head
    while clause.dep_ in {"xcomp", "aux"} and clause.head != clause:
        clause = clause.head
    inside = {t.i for t in clause.subtree}
    for t in reversed(list(it.sent[: it.i - it.sent.start])):
        if t.tag_ == "NN" and t.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"} and t.i not in inside \
                and fold(t.text) not in SKIP_HEADS and not t.is_ancestor(it) and ctx.resolver.resolve(t) is None:
            return t
    return None


def issue_taken_up(ctx: Context, it: Token, reach: int = 300) -> Target | None:
    """The issue "it" or "this" stands for as the object of a stance: the last one a position was
    taken on just before ('The U.N. has warned against the plan. Aid workers have opposed it.');
    the resolver would make it the nearest country or organisation."""
    start = it.sent.start_char
    return next((t for end, t in reversed(ctx.issues) if end <= start and start - end <= reach), None)


def idea_before(ctx: Context, tok: Token) -> Target | None:
    """The issue "the idea" or "the step" stands for where that is sure: the last one proposed or
    asked for in the sentence just before ("French Foreign Minister Jean-Marc Ayrault proposed
    deploying an armed police mission ... Kiev has backed the idea"); a position taken on something
    else there ("criticised the plan and warned that quitting the convention ...") leaves it open."""
    if tok.sent.start == 0:
        return None
    before = tok.doc[tok.sent.start - 1].sent.end_char
    return next((t for end, t in reversed(ctx.proposed) if end == before), None)
