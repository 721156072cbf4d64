"""Frozen records that flow between the stages: the one currency of kg.

The spaCy ``Doc`` never leaves ``kg.extract``; everything after it sees only
these dataclasses, so any stage can be tested on hand-built input.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Relation(str, Enum):
    """The closed inventory of ../shared/gold/GUIDELINES.md."""

    DEMANDS = "demands"
    PROPOSES = "proposes"
    SUPPORTS = "supports"
    ACCEPTS = "accepts"
    REJECTS = "rejects"
    OPPOSES = "opposes"
    CONDITIONS = "conditions"
    THREATENS = "threatens"
    ACCUSES = "accuses"
    PRAISES = "praises"
    CONSULTS = "consults"
    SAYS = "says"


ACTOR_KINDS = ("person", "organisation", "country", "group", "media")


@dataclass(frozen=True)
class Document:
    """One article as decoded; offsets everywhere point into ``text``."""

    id: str
    text: str
    content_hash: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date
    source: str | None = None  # path or URL
    encoding: str = "utf-8"


@dataclass(frozen=True)
class Span:
    """Character offsets into the document text, end exclusive."""

    start: int
    end: int
    text: str


def one_line(label: str) -> str:
    """A label as a user reads it: the text's line breaks, non-breaking and
    repeated spaces ("Archer\n\n", "Donald \xa0 Trump") as one space, none at either end."""
    return " ".join(label.split()) if isinstance(label, str) else label


@dataclass(frozen=True)
class Actor:
    """Who takes a position. ``key`` is the canonical label that mints the IRI."""

    label: str
    kind: str = "person"
    aliases: tuple[str, ...] = ()
    members: tuple["Actor", ...] = ()
    wikidata: str | None = None
    country: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "label", one_line(self.label))

    @property
    def key(self) -> str:
        return self.label


@dataclass(frozen=True)
class Topic:
    """An issue: a concept of the topic vocabulary or a normalised noun phrase."""

    label: str
    in_vocabulary: bool = False
    aliases: tuple[str, ...] = ()
    broader: str | None = None
    # the vocabulary concept a phrase names ("truce" -> "ceasefire"): the graph's
    # node is the concept's, the label stays the words the text used
    concept: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "label", one_line(self.label))

    @property
    def key(self) -> str:
        return self.concept or self.label

    def named(self, words: str) -> "Topic":
        """This topic's concept as the article names it: "truce" of ceasefire,
        "U.S. sanctions" of sanctions (the concept itself for its own label)."""
        if words == self.key:
            return self.as_concept()
        return Topic(label=words, in_vocabulary=True, broader=self.broader, concept=self.key)

    def as_concept(self) -> "Topic":
        """The vocabulary concept itself: what a condition is set for is named
        by its concept (only a statement's target keeps the words used)."""
        return Topic(self.concept, in_vocabulary=True, broader=self.broader) if self.concept else self


Target = Actor | Topic


@dataclass(frozen=True)
class Statement:
    """One act in one sentence: actor · relation · target, with its evidence."""

    doc_id: str
    sentence: Span
    actor: Actor
    relation: Relation
    target: Target | None = None
    actor_span: Span | None = None
    condition_of: Target | None = None
    addressee: Actor | None = None
    quote: Span | None = None  # the quoted words it rests on: from its sentence to the piece's closing mark
    qualifiers: tuple[str, ...] = ()
    confidence: float = 0.5
    cue: Span | None = None
    reported_by: tuple[Actor, ...] = field(default=())
    review_state: str | None = None  # accepted, edited or added (kg.review); None: nobody has checked it
    reviewed_in: str | None = None  # the IRI of the reviewer's decision that left it so
    quotation: Span | None = None  # the whole quotation, where the quote is only a part of it

    @property
    def polarity(self) -> int:
        from kg.lexicon import load_lexicon

        return load_lexicon().relations[self.relation.value].polarity


@dataclass(frozen=True)
class Position:
    """An actor's aggregated stance on one topic."""

    actor: str
    topic: str
    stance: str  # for, against, conditional, mixed
    statements: tuple[str, ...]
    outlets: tuple[str, ...]
    first: str | None
    last: str | None


def as_concept(t: Target | None) -> Target | None:
    """A topic as its vocabulary concept (``Topic.as_concept``); actors and None as they are."""
    return t.as_concept() if isinstance(t, Topic) else t
