"""One parsed document → its statements: the rules sentence by sentence, then
the learned stages over their candidates (or the rules' drafts alone)."""
from __future__ import annotations

import logging
import re
from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan

from kg.extract.actors import ActorResolver
from kg.extract.article_issue import on_the_issue
from kg.extract.bare_cue_targets import bare_asking, empty_warning
from kg.extract.context import PROPOSING, Context, Draft
from kg.extract.doc_words import sentence_hooks
from kg.extract.quote_fallback import one_says_a_quote, quoted_in_passing, quoted_name, said_alone
from kg.extract.quote_spans import QUOTE_MARKS, at_its_words, unmarked
from kg.extract.quote_stances import asked_about, asked_stance, last_resort, read_in_words
from kg.extract.quotes import Quote, find_quotes, in_passing
from kg.extract.speakers import attribute_quotes, quote_groups, trim
from kg.extract.spelling import one_spelling
from kg.extract.statements import SentenceExtractor
from kg.extract.targets import find_topic
from kg.lexicon import Lexicon, fold
from kg.records import Actor, Document, Relation, Span, Statement, Topic, as_concept

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from kg.extract.learned import Models


def sentence_drafts(ctx: Context, s: SpacySpan) -> list[Draft]:
    """The sentence's drafts; a sentence whose rules chase their own references in a circle (a noun's cue
    leading to a verb whose "it" leads back to the noun) loses its own drafts, not the document's or the build's."""
    try:
        return SentenceExtractor(ctx, s).run()
    except RecursionError:
        log.warning("%s: sentence at %d skipped (its rules recursed without end)", ctx.document.id, s.start_char)
        return []


def extract_document(document: Document, sdoc: SpacyDoc, lex: Lexicon, *, learned: bool = True,
                     units: list | None = None, models: Models | None = None) -> tuple[list[Statement], int]:
    """All statements of one parsed document, and its number of sentences.
    The rules run first; with ``learned`` (and a fitted model: ``models``, or
    kg's own) the learned stages decide the statements from their candidates,
    the rules' findings among their features. ``units`` collects those
    candidates (for training)."""
    from kg.extract.learned import decode, load_models
    from kg.extract.units import collect_unit, document_features
    from kg.extract.quote_fallback import unheard_quotes, unheard_sentences
    from kg.extract.unheard_reports import unheard_reports
    from kg.extract.said_subject import of_its_subject, on_what_it_is
    from kg.extract.said_back import said_back
    from kg.extract.messengers import relayed

    lex = lex.for_text(document.text)
    sentence_hooks(sdoc)

    models = (models or load_models()) if learned else None
    units = units if units is not None else []
    date = document.published or guess_date(document.text)
    resolver = ActorResolver(lex=lex, text=document.text, date=date)
    ctx = Context(document=document, lex=lex, resolver=resolver, quotes=find_quotes(document.text, lex))
    resolver.quoted = [(q.content.start, q.content.end) for q in ctx.quotes]
    sents = list(sdoc.sents)
    ctx.salience, ctx.headline = salience(sdoc, sents, document.title)
    for s in sents:  # names and roles first, so "Putin" early resolves through a later full name too
        resolver.learn_sentence(s)
    drafts: list[tuple[SpacySpan, Draft]] = []
    quote_done: set[int] = set()
    for s in sents:
        resolver.observe(s)
        # speakers of quotes that start in this sentence
        which = [qi for qi, q in enumerate(ctx.quotes) if s.start_char <= q.outer_start < s.end_char]
        if which:
            attribute_quotes(ctx, sents, which)
        here = sentence_drafts(ctx, s)
        ctx.issues += [(s.end_char, d.target) for d in here if isinstance(d.target, Topic)
                       and d.relation != "conditions"]  # a condition is not the issue a position takes up
        ctx.proposed += [(s.end_char, d.target) for d in here if isinstance(d.target, Topic) and d.relation in PROPOSING]
        for d in here:
            drafts.append((s, d))
            if d.quote is not None and (sp := ctx.quote_speaker.get(d.quote)) is not None and sp.actor == d.actor.actor:
                quote_done.add(d.quote)  # the speaker's own position rests on the quote; a third party's does not
        units.append(collect_unit(ctx, s, here, headline=s.start == 0))
    # a quote whose speaker takes a position in the same sentence rests on that
    # statement ("calling it a "positive sign" but insisting ..."), not on a bare "says"
    def governs(d: Draft, q: Quote) -> bool:
        """The quote lies in the phrase of the draft's cue."""
        return d.cue is not None and d.cue.left_edge.idx <= q.content.start < d.cue.right_edge.idx + len(d.cue.right_edge)

    for qi, speaker in ctx.quote_speaker.items():
        if qi in quote_done:
            continue
        q = ctx.quotes[qi]
        mine = [(s, d) for s, d in drafts if d.quote is None and s.start_char <= q.outer_start < s.end_char
                and d.actor.actor == speaker.actor and d.relation != "says"]
        for s, d in mine:
            alone = sum(s.start_char <= o.outer_start < s.end_char for o in ctx.quotes) == 1
            if governs(d, q) or alone:
                d.quote = qi
                quote_done.add(qi)
    merged = quote_groups(ctx)
    # a further quote inside the phrase of a position its speaker takes
    # ('desires "serious negotiations" aimed at "a lasting peace"') is part of that report
    for qi, speaker in ctx.quote_speaker.items():
        q = ctx.quotes[qi]
        if qi not in quote_done and qi not in merged and any(
                d.quote is not None and d.quote != qi and d.actor.actor == speaker.actor and d.relation != "says"
                and s.start_char <= q.outer_start < s.end_char and governs(d, q) for s, d in drafts):
            quote_done.add(qi)
    document_features(units)
    if models is not None:
        doubted: set[int] = set()
        kept = decode(document, units, models, doubted=doubted)
        kept += unheard_quotes(ctx, kept, merged, lambda a, b: topic_in(ctx, sdoc, a, b), units, models, sdoc)
        kept += unheard_sentences(ctx, kept, units, models, lambda a, b: topic_in(ctx, sdoc, a, b))
        kept += unheard_reports(document, kept, units, models, doubted)
        kept = of_its_subject(ctx, sdoc, kept)
        kept = said_back(relayed(lex, sdoc, on_the_issue(kept, document.text, doubted)), document.text,
                         lambda st: on_what_it_is(ctx, sdoc, st))
        return finished(lex, kept, document.text, ctx, sents, merged), len(sents)
    parts = quote_parts(ctx, drafts, merged)
    out: list[Statement] = []
    for s, d in drafts:
        out.append(to_statement(ctx, s, d, merged, parts))
    # quotes with no position: the speaker "says" something
    names: list[Statement] = []  # a quoted title or name: dropped once the rest have read their targets
    for qi, speaker in ctx.quote_speaker.items():
        if qi in quote_done:
            continue
        q = ctx.quotes[qi]
        if len(q.content.text.split()) < 2 and qi not in merged and not said_alone(document.text, q):
            continue
        sent_span = ctx.quote_span.get(qi) or q.content
        # what the quotation is about: what the words around it say it is about, else an issue it names, else
        # a party it names, else the issue its speaker has just taken a position on, else one named around it
        target = asked_about(ctx, sdoc, sent_span, out, speaker.actor, q.content)
        relation = asked_stance(merged.get(qi, q.content), target)
        target = target or topic_in(ctx, sdoc, q.content.start, q.content.end)
        if target is None and (read := read_in_words(ctx, sdoc, merged.get(qi, q.content), speaker, out,
                                                     q.content.start, sent_span)) is not None:
            relation, target = read
        target = target or topic_in(ctx, sdoc, sent_span.start, sent_span.end) or issue_before(drafts, sent_span.start)
        relation, target = last_resort(ctx, sdoc, out, speaker.actor, q.content, merged.get(qi, q.content), sent_span,
                                       relation, target)
        out.append(Statement(doc_id=document.id, sentence=sent_span, actor=speaker.actor, relation=relation,
                             target=target, actor_span=speaker.span, quote=merged.get(qi, q.content), confidence=0.5,
                             cue=None))
        if relation is Relation.SAYS and quoted_name(merged.get(qi, q.content)) and not said_alone(document.text, q) \
                and q.outer_start != q.content.start:  # (words with no marks after a name's colon are no title)
            names.append(out[-1])
    # dropped only now: the statements above still read their targets from it
    out = [st for st in out if all(st is not n for n in names)]
    return finished(lex, out, document.text, ctx, sents, merged), len(sents)


def finished(lex: Lexicon, stmts: list[Statement], text: str, ctx: Context | None = None,
             sents: list[SpacySpan] | None = None, merged: dict[int, Span] | None = None) -> list[Statement]:
    """A document's statements as a build keeps them: no interview filed as a
    consultation, one spelling per actor, one statement per reading, each
    quote the quoted words the statement rests on (``in_its_sentence``)."""
    out = dedupe(one_spelling([st for st in stmts if not interview(lex, st) and not no_comment(lex, st)
                               and not anonymity(st)], text))
    if ctx is None or not sents:
        return out
    out = [st for st in out if not bare_asking(lex, st, out, sents) and not empty_warning(lex, st, sents)]
    bounds = [(s.start_char, s.end_char) for s in sents]
    pieces = [q.content for q in ctx.quotes]
    # a run ends before a piece the narrator quotes in passing (``its_run``); runs a statement of their speaker
    # already carries whole (a bare "says" beside a position on a part) stay its
    cut = {(span.start, span.end): its_run(ctx, qi, span) for qi, span in (merged or {}).items()}
    out = [short(st, cut) for st in out]
    carried = {(st.actor, sp.start, sp.end) for st in out for sp in (st.quote, st.quotation) if sp is not None}
    runs = {span.start: span for span in cut.values()}
    out = [at_its_words(in_its_sentence(of_its_run(st, runs, carried), bounds, pieces, text), bounds, text)
           for st in out]
    return one_says_a_quote([st for st in out if not quoted_in_passing(st, out, text)])


def of_its_run(st: Statement, runs: dict[int, Span], carried: set[tuple]) -> Statement:
    """A statement on the first piece of a speaker's run ('"A," X said. "B."', ``quote_groups``) was said
    as part of the whole run: its ``quotation``, for the quotation's offsets, where attribution corpora
    mark the run as one quotation."""
    run = runs.get(st.quote.start) if st.quote is not None and st.quotation is None else None
    if run is None or run.end <= st.quote.end or (st.actor, run.start, run.end) in carried:
        return st
    return replace(st, quotation=run)


def short(st: Statement, cut: dict[tuple[int, int], Span]) -> Statement:
    """A statement on a whole run, up to the piece quoted in passing (``its_run``)."""
    run = cut.get((st.quote.start, st.quote.end)) if st.quote is not None else None
    return st if run is None or run.end == st.quote.end else replace(st, quote=run)


def its_run(ctx: Context, qi: int, run: Span) -> Span:
    """A speaker's run (``quote_groups``) up to a piece the narrator quotes in passing ('"We need change,"
    the senator said, arguing that he will bring a "common-sense" approach'): attribution corpora mark
    the first quote alone, and a statement on it keeps its own offsets (PolNeAR dev quotes 324 -> 325)."""
    text = ctx.document.text
    end = ctx.quotes[qi].content.end
    for q in ctx.quotes[qi + 1:]:
        if q.content.start >= run.end or in_passing(text, q):
            break
        end = q.content.end
    return ctx.span(run.start, end)


def in_its_sentence(st: Statement, bounds: list[tuple[int, int]], pieces: list[Span], text: str) -> Statement:
    """A statement resting on a quotation that runs past its sentence rests on
    the quoted words from its sentence (where the quotation starts, or the
    statement's own if later) to the closing mark: never the reporting clause
    after it and the pieces beyond ('"I apologize to nobody for that," the
    senator said ... "When we ..."'). A sentence end inside one quoted passage
    does not cut it (train: rules alone, quotes 415 -> 424 of 624 against a cut
    at the sentence end; dev 339 -> 352). The whole stays as ``quotation``: who
    said what, for the quotation's offsets."""
    q = st.quote
    if q is None:
        return st
    at = max(q.start, st.sentence.start)
    b0, b1 = next(((s, e) for s, e in bounds if s <= at < e), (q.start, q.end))
    if b0 <= q.start and q.end <= b1:
        return st
    a = max(q.start, b0)
    piece = next((p for p in pieces if p.start <= a < p.end), None) or next(
        (p for p in sorted(pieces, key=lambda p: p.start) if a <= p.start < q.end), None)
    if piece is None:
        return st
    a, z = unmarked(text, max(a, piece.start), min(piece.end, q.end))
    if len(text[a:z].split()) < 2 or text[a:z] == text[q.start:q.end].strip(QUOTE_MARKS):
        return st
    return replace(st, quote=Span(a, z, text[a:z]), quotation=st.quotation or q)


def no_comment(lex: Lexicon, st: Statement) -> bool:
    """A statement of a sentence that only says someone did not comment ("The White House did
    not immediately respond to a request for comment"): it files the request as the target."""
    said = fold(st.sentence.text)
    return any(phrase in said for phrase in lex.no_comment)


# what a source asks for when it will not be named ("an official said, requesting anonymity")
UNNAMING = frozenset({"anonymity", "anonymous", "not be named", "be named", "not be identified", "be identified",
                      "remain anonymous", "not to be named", "not to be identified", "condition of anonymity"})


def anonymity(st: Statement) -> bool:
    """A statement whose target is the anonymity a source asked for ("said a diplomat who requested
    anonymity"): the news convention of an unnamed source, no position (probe31a, 2025 news)."""
    return st.target is not None and not isinstance(st.target, Actor) and fold(st.target.label) in UNNAMING


def interview(lex: Lexicon, st: Statement) -> bool:
    """A "consults" statement whose target is whom the actor talked to in an
    interview ("Speaking to Breitbart News", "told reporters"): news coders
    file no consultation there, and PolNeAR train articles had 12 such."""
    if st.relation is not Relation.CONSULTS or st.target is None:
        return False
    return (isinstance(st.target, Actor) and st.target.kind == "media") or lex.audience(st.target.label)


def salience(sdoc: SpacyDoc, sents: list[SpacySpan], title: str | None) -> tuple[dict[str, int], frozenset[str]]:
    """How often each noun (or verb) lemma is used in the document, and the lemmas
    of its headline (first sentence) and title: an article's issues recur."""
    counts: dict[str, int] = defaultdict(int)
    for t in sdoc:
        if t.pos_ in {"NOUN", "PROPN", "VERB"} and t.is_alpha:
            counts[t.lemma_.lower()] += 1
    head = {t.lemma_.lower() for t in sents[0] if t.is_alpha} if sents else set()
    if title:
        head |= {w.lower() for w in re.findall(r"[A-Za-z]+", title)}
    return dict(counts), frozenset(head)


def topic_in(ctx: Context, sdoc: SpacyDoc, start: int, end: int) -> Topic | None:
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    found = find_topic(ctx.lex, list(span))
    return found[0] if found else None


def quote_parts(ctx: Context, drafts: list[tuple[SpacySpan, Draft]], merged: dict[int, Span]) -> dict[tuple[int, int], Span]:
    """The part of a quotation each position rests on, where one quotation
    carries positions in several of its sentences ('"If he is serious about
    peace ... No more ifs and buts ... If he turns his back on peace, we will
    respond."'): the quotation is cut at the sentences holding the positions'
    cues, a sentence without one staying with the part before it (the first
    part also takes the sentences before it). Keys: (quote index, start of the
    cue's sentence within the quote). A quotation with positions in one
    sentence only rests whole on them."""
    starts: dict[int, set[int]] = defaultdict(set)
    for s, d in drafts:
        if d.quote is None or d.quote in merged or d.relation == "says" or d.cue is None:
            continue
        q = ctx.quotes[d.quote].content
        if q.start <= d.cue.idx < q.end:
            starts[d.quote].add(max(s.start_char, q.start))
    text = ctx.document.text
    out: dict[tuple[int, int], Span] = {}
    for qi, found in starts.items():
        if len(found) < 2:
            continue
        q = ctx.quotes[qi].content
        cuts = sorted(found)
        bounds = [q.start, *cuts[1:], q.end]
        for k, cut in enumerate(cuts):
            a, b = trim(text, bounds[k], bounds[k + 1])
            out[(qi, cut)] = ctx.span(a, b)
    return out


def issue_before(drafts: list[tuple[SpacySpan, Draft]], start: int, reach: int = 600) -> Topic | None:
    """The issue under discussion where a quote names none: the vocabulary topic
    of the last position taken in the few sentences before it (a quote is coded
    as about something, and news quotes comment on the issue just reported)."""
    for s, d in reversed(drafts):
        if s.end_char <= start and start - s.end_char <= reach:
            for t in (d.target, d.condition_of):
                if isinstance(t, Topic) and t.in_vocabulary:
                    return t
        elif s.end_char <= start:
            return None
    return None


def to_statement(ctx: Context, s: SpacySpan, d: Draft, merged: dict[int, Span] | None = None,
                 parts: dict[tuple[int, int], Span] | None = None) -> Statement:
    text = ctx.document.text
    if d.quote is not None and d.quote in ctx.quote_span:
        sent = ctx.quote_span[d.quote]
    else:
        a, b = trim(text, s.start_char, s.end_char)
        sent = ctx.span(a, b)
    quote = ctx.quotes[d.quote].content if d.quote is not None else None
    if d.quote is not None and merged and d.quote in merged:
        quote = merged[d.quote]
    if d.quote is not None and parts and quote is not None:
        quote = parts.get((d.quote, max(s.start_char, quote.start)), quote)
    actor_span = d.actor.span
    sp = ctx.quote_speaker.get(d.quote) if d.quote is not None else None
    if sp is not None and (d.actor.how == "speaker" or (d.actor.how == "pronoun" and sp.actor == d.actor.actor)):
        actor_span = sp.span  # the statement rests on the quote: its speaker's mention ('said Skelly', not a later "he")
    cue = ctx.span(d.cue.idx, d.cue.idx + len(d.cue.text)) if d.cue is not None else None
    return Statement(doc_id=ctx.document.id, sentence=sent, actor=d.actor.actor, relation=Relation(d.relation),
                     target=d.target, actor_span=actor_span, condition_of=as_concept(d.condition_of), addressee=d.addressee,
                     quote=quote, qualifiers=d.qualifiers, confidence=round(d.confidence, 2), cue=cue,
                     reported_by=d.reported_by)


def dedupe(stmts: list[Statement]) -> list[Statement]:
    """One statement per (sentence, actor, relation, target): the most confident
    (two phrases of one vocabulary topic, "truce" and "ceasefire", are one target)."""
    best: dict[tuple, Statement] = {}
    for st in stmts:
        key = (st.sentence.start, st.sentence.end, st.actor.label, st.relation,
               st.target.key if st.target else None)
        old = best.get(key)
        if old is None:
            best[key] = st
            continue
        win, lose = (st, old) if (st.confidence, st.quote is not None) > (old.confidence, old.quote is not None) \
            else (old, st)
        if lose.quote is not None and (win.quote is None or (lose.quote.start <= win.quote.start
                                                               and win.quote.end <= lose.quote.end)):
            win = replace(win, quote=lose.quote)  # the whole quotation it rests on, not a part of it
        best[key] = win
    return sorted(best.values(), key=lambda st: (st.sentence.start, st.actor_span.start if st.actor_span else 0,
                                                  st.relation.value))


def guess_date(text: str) -> str | None:
    """An article date from its text when no sidecar gives one: the first
    full date in the first lines, else None (roles then come from the text)."""
    import re

    months = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                           "september", "october", "november", "december"], 1)}
    head = text[:600]
    m = re.search(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
                  r"\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b", head)
    if m:
        return f"{m.group(3)}-{months[m.group(1).lower()]:02d}-{int(m.group(2)):02d}"
    m = re.search(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b", head)
    if m:
        return m.group(0)
    return None
