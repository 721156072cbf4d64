"""Quotations whose speaker the reporting verbs next to them do not name, read from the sentences
around them: 'Kemp said the poster had been misunderstood, he argued. "Concern has been expressed ..."
A Labour spokesman later said the timing was not affected.' The quotation is Kemp's, who was reported
speaking just before it, not the spokesman's, who reports words of his own after it."""
from __future__ import annotations

import bisect

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.actors import Mention
from kg.extract.candidates import left_as_it_was
from kg.extract.context import Context
from kg.extract.mentions import PRONOUN_GENDER
from kg.extract.quotes import Quote
from kg.extract.subjects import subject_of


def reports_own(ctx: Context, sdoc: Doc, speaker: Mention, q: Quote) -> bool:
    """``speaker`` is named after the quotation as the subject of a reporting verb with a reported
    clause of its own ('"..." A Labour spokesman later said the timing was not affected'): those
    words are his, the quotation before them is not."""
    if speaker.span.start < q.outer_end:
        return False
    span = sdoc.char_span(speaker.span.start, speaker.span.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    subj = span.root
    verb = subj.head
    if subj.dep_ != "nsubj" or verb.lemma_.lower() not in ctx.lex.speech:
        return False
    return any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def reported_before(ctx: Context, sents: list[SpacySpan], q: Quote) -> Mention | None:
    """The person reported speaking in the sentence right before a quotation that opens its own
    sentence in the same paragraph ('... as a hypnotist, he argued. "Concern has been ..."')."""
    starts = [s.start_char for s in sents]
    i = bisect.bisect_right(starts, q.outer_start) - 1
    if i <= 0 or ctx.document.text[sents[i].start_char:q.outer_start].strip():
        return None
    prev = sents[i - 1]
    if "\n" in ctx.document.text[prev.end_char:q.outer_start] or any(
            prev.start_char <= o.outer_start < prev.end_char for o in ctx.quotes):
        return None
    for verb in (prev.root, *(c for c in prev.root.children if c.dep_ == "conj")):
        if verb.lemma_.lower() not in ctx.lex.speech or verb.pos_ not in {"VERB", "AUX"}:
            continue
        subj = subject_of(verb)
        if subj is None or subj.dep_ != "nsubj":
            continue
        with left_as_it_was(ctx.resolver):  # a sentence read already: the resolver remembers nothing twice
            m = ctx.resolver.resolve(subj)
        if m is not None and m.actor.kind == "person":
            return m
    return None


def other_voice(ctx: Context, subjects: list[Token], prev: Mention) -> bool:
    """A reporting verb of the quotation's own sentences has "she" for its subject where the previous
    quotation's speaker is a man, or "he" for a woman ('"... build bridges," he wrote. On Sunday she said
    that she would "of course" ...'): the quotation is someone else's, though the article lost who."""
    gender = ctx.resolver.gender_of(prev.actor.label) if prev.actor.kind == "person" else None
    return gender is not None and any(PRONOUN_GENDER.get(s.lower_, gender) != gender for s in subjects)


def cue_of_its_own(gap: str, asked: bool) -> bool:
    """A quotation past a line break from the previous one whose own sentence has a reporting cue the
    rules could not name a speaker for (``asked``: 'A federal lawsuit was filed ... alleging that police
    used ... a "permissible proxy for criminality."', 'the court ... ruling that it could not accept
    "national security"'): the narrator's new paragraph reports another voice, not the previous
    quotation's speaker going on (full F1 dev 0.3219 -> 0.3238, train 0.5109 -> 0.5117: 11 dev
    statements fewer; quotes train 509 -> 510, dev and PolNeAR dev the same)."""
    return asked and "\n" in gap
