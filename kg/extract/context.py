"""What the rules share while reading one document: its context (resolver,
quotations and their speakers) and the drafts of statements."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from kg.extract.actors import ActorResolver, Mention
from kg.extract.quotes import Quote
from kg.lexicon import Lexicon
from kg.records import Actor, Document, Span, Target


PROPOSING = frozenset({"proposes", "demands"})  # the relations whose issue "the idea" just after points back to


@dataclass
class Context:
    document: Document
    lex: Lexicon
    resolver: ActorResolver
    quotes: list[Quote]
    quote_speaker: dict[int, Mention] = field(default_factory=dict)  # quote index -> speaker
    quote_span: dict[int, Span] = field(default_factory=dict)  # quote index -> statement sentence span
    prev_quote: tuple[int, Mention] | None = None
    salience: dict[str, int] = field(default_factory=dict)  # noun lemma -> uses in the document
    headline: frozenset[str] = frozenset()  # noun lemmas of the headline and title
    learned_spans: dict[tuple[int, int], list] = field(default_factory=dict)  # paragraph -> attribution model's spans
    issues: list[tuple[int, Target]] = field(default_factory=list)  # (sentence end, issue) of the drafts so far
    proposed: list[tuple[int, Target]] = field(default_factory=list)  # (sentence end, issue) proposed or asked for

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.document.text[start:end])



@dataclass
class Draft:
    actor: Mention
    relation: str
    target: Target | None
    qualifiers: tuple[str, ...] = ()
    condition_of: Target | None = None
    addressee: Actor | None = None
    cue: Token | None = None
    reported_by: tuple[Actor, ...] = ()
    confidence: float = 0.7
    quote: int | None = None

