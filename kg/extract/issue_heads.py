"""Nouns that change the issue their complement names, kept in the target: "restrictions on humanitarian
aid" is no "humanitarian aid", "a referendum on EU membership" no "EU membership"; and a nominal cue's
content named by its whole compound ("criticised the minimum wage proposal": the minimum wage, not the wage)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.lexicon import Lexicon, fold
from kg.records import Topic


def issue_head(lex: Lexicon, head: Token, used: list[Token]) -> Topic | None:
    """The vocabulary topic a head noun names where the longer alias ``find_topic`` took lies in the
    head's own complement ("restrictions [on humanitarian aid]", "a referendum [on EU membership]"): the
    head's topic, whose label is to be the whole phrase; None where the alias is the head's or before it,
    or the head is a generic one ("the plan for ...": the plan names no issue of its own)."""
    if head in used or not used or used[0].i < head.i:
        return None
    if fold(head.lemma_) in lex.generic_heads or fold(head.text) in lex.generic_heads:
        return None
    if not any(t.head.dep_ == "prep" and t.head.head == head for t in [*used, *(a for u in used for a in u.ancestors)]):
        return None  # (the alias in the head's own "on"/"of" phrase, not a clause further on)
    return next((lex.topic_named(w) for w in (fold(head.text), fold(head.lemma_)) if lex.topic_named(w)), None)


def compound_run(noun: Token, inner: Token) -> list[Token]:
    """The words a nominal cue's compound content is named by, where ``follow_nominal`` took the compound
    nearest the cue noun: that compound with the modifiers of the cue noun right before it ("the [minimum
    wage] proposal", "Witkoff's [Gaza truce] proposal"); [] where the content is no compound of the noun or
    no word stands before it."""
    from kg.extract.targets import QUALIFIERS
    if inner.dep_ != "compound" or inner.head != noun:
        return []
    run = [inner]
    for t in reversed(noun.doc[noun.left_edge.i:inner.i]):
        if t.i != run[0].i - 1 or t.dep_ not in {"compound", "amod", "nmod"} or t.head not in {noun, *run} \
                or t.ent_type_ in {"DATE", "TIME"} or fold(t.text) in QUALIFIERS or t.pos_ not in {"NOUN", "PROPN", "ADJ"}:
            break
        run.insert(0, t)
    return run if len(run) > 1 else []


def whole_compound(lex: Lexicon, noun: Token, inner: Token, got: tuple) -> tuple:
    """``target_from``'s answer for a nominal cue's compound content, named by the whole compound
    (``compound_run``) where the answer named only the nearest word: "criticised the minimum wage proposal"
    opposes the minimum wage. An actor, or an answer naming more than the compound, stays."""
    what = got[0]
    run = compound_run(noun, inner)
    if not run or not isinstance(what, Topic):
        return got
    label = " ".join(t.text if t.ent_type_ or t.pos_ == "PROPN" else t.text.lower() for t in run)
    if not set(fold(what.label).split()) < set(fold(label).split()):
        return got
    hit = lex.topic_named(fold(label))
    return (hit or (what.named(label) if what.in_vocabulary else Topic(label=label))), got[1], None
