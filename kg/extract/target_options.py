"""Which of a sentence's target candidates an actor may take a position on: none that is the
actor's own mention, name, title, apposition or affiliation, nor the object of an act someone
denies. Read by the target stage of ``kg.extract.learned`` and by the quotation fallbacks."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from kg.extract.actors import TITLES
from kg.extract.candidates import ActorCand, SentenceUnit, TargetCand
from kg.extract.mentions import SPOKESPEOPLE
from kg.extract.modality import in_denied_act
from kg.lexicon import load_lexicon
from kg.records import Actor, Span


def names_the_actor(label: str, actor: Actor) -> bool:
    """'Trump', 'Mr Howard', 'Donald' for Donald Trump: a label of the actor's
    own name words (titles aside) is the actor, never its target."""
    words = _label_words(label)
    return bool(words) and words <= _name_words(actor.label)


@lru_cache(maxsize=8192)
def _label_words(label: str) -> frozenset[str]:
    """A target label's words, titles aside (read per actor and target: made once per label)."""
    return frozenset({w.strip(".,'’").lower() for w in label.split()} - TITLES - {"s", ""})


@lru_cache(maxsize=8192)
def _name_words(name: str) -> frozenset[str]:
    """An actor's name words (read per target: made once per name)."""
    return frozenset(w.strip(".,").lower() for w in name.split())


def target_options(unit: SentenceUnit, c: ActorCand) -> list[TargetCand]:
    """The sentence's target candidates, but none that is the actor's own mention
    ("Illinois Gov. JB Pritzker" for Pritzker; the words that credit a quotation,
    "EU foreign policy chief Kaja Kallas told reporters", for its speaker), its
    name or its apposition, nor the object of an act someone denies."""
    own = c.token.i if c.token is not None else None
    naming = [m.span for m in (c.mention, c.speaker) if m is not None]
    return [t for t in unit.targets if not (isinstance(t.target, Actor) and t.target.label == c.actor.label)
            and not names_the_actor(t.label, c.actor)
            and (t.token is None or (t.token.i not in c.apposed and t.token.i != own
                                     and not any(s.start <= t.token.idx < s.end for s in naming)
                                     and not title_before(t.token, naming)
                                     and not affiliation(t, naming) and not denied(t)))]


def denied(t: TargetCand) -> bool:
    """``in_denied_act`` of the candidate's word, read once per sentence rather than once per actor."""
    if t.denied is None:
        t.denied = t.token is not None and in_denied_act(t.token)
    return t.denied


def title_before(tok: Token, naming: list[Span]) -> bool:
    """``tok`` is the title right before the actor's name, which the parser left outside it
    ("security minister Itamar Ben-Gvir condemned"): who it is, not what it is about."""
    if tok.pos_ != "NOUN" or tok.dep_ not in {"nsubj", "nsubjpass"}:
        return False  # (asked per actor and target: the word's own tag first, its neighbour only then)
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and any(s.start == nxt.idx for s in naming)


AFFILIATING = frozenset({"of", "from", "at", "with"})


def affiliation(t: TargetCand, naming: list[Span]) -> bool:
    """The candidate's word is in the phrase that places the actor's name ("said Marielena Hincapie [of the
    National Immigration Law Center]"): who it is, not what it is about."""
    return any(s.start <= h < s.end for h in affiliating(t) for s in naming)


def affiliating(t: TargetCand) -> tuple[int, ...]:
    """Where the phrases that could place a name hang (the offsets of their heads), on the candidate's word
    and its ancestors: read once per target rather than once per actor (its walk up the parse made
    Token objects per pair)."""
    if t.affiliating is None:
        tok = t.token
        t.affiliating = tuple(a.head.idx for a in [tok, *tok.ancestors]  # any phrase hung on the name itself
                              if a.dep_ == "prep" and (a.lower_ in AFFILIATING or a.head.pos_ == "PROPN" or (
                                  a.lower_ == "for" and a.head.lemma_.lower() in SPOKESPEOPLE)))
    return t.affiliating


def own_verb(tok: Token, naming: list[Span]) -> bool:
    """``tok`` is the verb of saying whose subject names the speaker ("PM Modi warns Pakistan" after a
    headline's quotation, for Modi): the words that credit what he says, not what it is about. Asked of
    the quotation fallbacks' targets only: over every actor's options it changed the learned stage's
    other choices (a headline's "Museveni declared winner" gave him an accusation, probe w16i)."""
    return tok.pos_ in {"VERB", "AUX"} and tok.lemma_.lower() in load_lexicon().speech and any(
        ch.dep_ == "nsubj" and any(s.start <= ch.idx < s.end for s in naming) for ch in tok.children)
