"""Whose side a reported clause's subject is on. "Sun said China wanted to solve the dispute" and
"Tory leader Michael Howard ... He said the Conservatives would back the bill": the speaker states his
own side's intent and takes it. "Vucic said the protesters wanted to seize power", "Starmer said Reform
UK planned to sell off the NHS": he describes an opponent's aim, which is not his stance (GUIDELINES:
a relayed position is the original actor's; train gold credits the speaker only for his own side)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.mentions import Mention
from kg.extract.modality import INTENDING
from kg.lexicon import Lexicon, fold
from kg.records import Actor

if TYPE_CHECKING:
    from kg.extract.actors import ActorResolver

# words of a body that governs the speaker's own country ("the government would", "the ministry plans")
STATE_BODIES = frozenset({"government", "administration", "ministry", "cabinet", "department"})
TITLE_DEPS = frozenset({"compound", "amod", "poss", "det", "nmod", "case", "punct", "appos", "prep", "pobj", "nn"})


def _names(lex: Lexicon, side: Mention) -> set[str]:
    """The names of a side, with those of the actor its label names ("Conservatives": "Tory" too)."""
    label = lex.alias_index.get(fold(side.actor.label)) or lex.home_aliases.get(fold(side.actor.label))
    known = lex.actors.get(label) if label else None
    forms = (side.actor.label, *side.actor.aliases, *((known.label, *known.aliases) if known else ()))
    return {fold(a) for a in forms if fold(a)}


def _title(name: Token) -> list[Token]:
    """The words of a name's own title ("Tory leader Michael Howard", "Starmer, the Labour leader,",
    "the party's election chief Alan Milburn"): its modifiers and appositive, never a clause hung on it."""
    words: list[Token] = []
    stack = [c for c in name.children if c.dep_ in TITLE_DEPS]
    while stack:
        t = stack.pop()
        words.append(t)
        stack.extend(c for c in t.children if c.dep_ in TITLE_DEPS)
    return sorted(words, key=lambda t: t.i)


def titles_of(actor: Actor, upto: Token) -> set[str]:
    """The folded words of the titles the text gives the actor's name up to the sentence of ``upto``
    ("Defence Secretary Geoff Hoon" a sentence before "He said", "Mr Brown" after "Chancellor Gordon Brown")."""
    heads = {fold(a).split()[-1] for a in (actor.label, *actor.aliases) if fold(a)}
    return {fold(w.text) for t in upto.doc[: upto.sent.end] if t.pos_ == "PROPN" and fold(t.text) in heads
            for w in _title(t)}


def titled_by(lex: Lexicon, speaker: Mention, side: Mention, upto: Token) -> bool:
    """The text names the speaker by a title of ``side`` ("Labour leader Keir Starmer", "Tory
    leader Michael Howard" a sentence before "He said", "the party's election chief" where the
    side is a party), up to the sentence of ``upto``."""
    heads = {fold(speaker.actor.label).split()[-1]} if fold(speaker.actor.label) else set()
    heads |= {fold(a).split()[-1] for a in speaker.actor.aliases if fold(a)}
    sides = _names(lex, side)
    label_words = set(fold(side.actor.label).split())
    for t in upto.doc[: upto.sent.end]:
        if fold(t.text) in heads and t.pos_ == "PROPN":
            title = _title(t)
            text = " " + fold(" ".join(w.text for w in title)) + " "
            if any(re.search(rf"\b{re.escape(s)}\b", text) for s in sides) or any(
                    w.dep_ == "poss" and w.pos_ == "NOUN" and w.lemma_.lower() in label_words for w in title):
                return True
    return False


def own_side(lex: Lexicon, speaker: Mention, side: Mention, upto: Token) -> bool:
    """``side`` is the speaker's own: his country (or one when his is not known), his country's
    government, a body he holds a role of, or one the text titles him by."""
    me, it = speaker.actor, side.actor
    if it.kind == "country":
        return me.country in {None, it.label}
    if me.country is not None and it.country == me.country and STATE_BODIES & set(fold(it.label).split()):
        return True
    if any(r.holder == me.label and r.of == it.label for r in lex.roles):
        return True
    return titled_by(lex, speaker, side, upto)


OWNING_PRONOUNS = frozenset({"his", "her", "its", "their"})


def owned_by(resolver: ActorResolver, subj: Token | None, speaker: Mention) -> bool:
    """The subject is a body the speaker calls his own ("Grossi said his inspectors were ready", "her
    group had accepted", "its members would work with ministers"): he voices its stance, as he does his
    party's (probe gold credits the speaker; kg had credited "Inspectors" and named him its messenger)."""
    owner = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ in OWNING_PRONOUNS), None) \
        if subj is not None else None
    if owner is None:
        return False
    seen = resolver.resolve(owner)
    if seen is not None:
        return seen.actor == speaker.actor
    # a described body is no antecedent the resolver keeps ("The RMT union said its members had rejected
    # the offer"): the pronoun is the speaker's when it agrees with him ("its" a body's, "his" a person's)
    return (owner.lower_ in {"his", "her"}) == (speaker.actor.kind == "person") and speaker.how == "description"


def wished(verb: Token) -> bool:
    """An aim told as a wish or a plan ("wanted to seize power", "planned to sell off", "wants open
    borders"), not a bare "would"/"will": an opponent's aim is told as a wish, a speaker's own side's
    plan as what it will do ("Mr Davis said the Conservatives would back the bill only if ...", BBC-style
    probes: three own-side "would" credited away from the speaker, no opponent's "would" seen)."""
    head = verb.head if verb.dep_ == "xcomp" else verb
    return verb.lemma_.lower() in INTENDING or head.lemma_.lower() in INTENDING


def plural_people(lex: Lexicon, subj: Token | None) -> bool:
    """A plural of people named by kind or by party ("the protesters", "the Democrats"): a side of
    its own, not the speaker's "it" or "the union"."""
    return subj is not None and (subj.lower_ in lex.group_nouns or subj.tag_ == "NNPS")
