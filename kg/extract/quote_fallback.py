"""Credited quotations no kept statement rests on: each still becomes a
statement (the position the learned stages read in it below their threshold,
or else ``says``), so who said what stays in the graph. PolNeAR's speakers are
scored from these."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kg.extract.actors import Mention
from kg.extract.candidates import ActorCand, SentenceUnit, TargetCand
from kg.extract.learned import Models, decided
from kg.extract.quote_stances import asked_about, asked_stance, last_resort, negated_support, read_in_words, support_of_fought
from kg.extract.target_candidates import pair_features
from kg.extract.target_options import own_verb, target_options
from kg.extract.valence import scores
from kg.records import Relation, Span, Statement, Target

SAYS_CONFIDENCE = 0.05


def speaker_in(units: list[SentenceUnit], speaker: Mention, quote: Span) -> tuple[SentenceUnit, ActorCand] | None:
    """The speaker's candidate in the sentence where the quotation starts."""
    for unit in units:
        if unit.span.start <= quote.start < unit.span.end:
            c = next((c for c in unit.actors if c.actor == speaker.actor), None)
            return (unit, c) if c is not None else None
    return None


def said_about(units: list[SentenceUnit], models: Models, speaker: Mention, quote: Span) -> Target | None:
    """What a quotation is about, where no vocabulary topic names it: the target
    stage's choice for its speaker saying it, in the sentence where it starts."""
    found = speaker_in(units, speaker, quote)
    options = [t for t in target_options(*found) if t.token is None or not own_verb(t.token, [speaker.span])] \
        if found is not None else []
    if not options:
        return None
    t = max(options, key=lambda t: models.target.log_odds(pair_features("says", found[1], t)))
    return t.as_target()


def position_read(units: list[SentenceUnit], models: Models, speaker: Mention, quote: Span,
                  sent: Span, kept: list[Statement]) -> tuple[str, Target | None] | None:
    """The position the stages read in the speaker's sentence, for a quotation
    whose statement fell below the threshold: a quote that carries a position is
    no bare ``says`` (whole-pipeline train CV full 0.157 -> 0.161, says P 0.08 ->
    0.11, quotes unchanged). None where they read ``says`` or the position is
    already made (merging would stretch its quotation over a part it does not
    rest on, or lose one of two quotations of the sentence)."""
    found = speaker_in(units, speaker, quote)
    if found is None:
        return None
    d = decided(*found, models)
    if d.relation == "says" or acted_out(d.target, found[0]) or (
            d.target is not None and d.target.token is not None and own_verb(d.target.token, [speaker.span])):
        return None  # (nor a target that is the verb crediting the quotation: "PM Modi warns Pakistan")
    target = d.target.as_target() if d.target is not None else None
    key = target.key if target is not None else None
    if any(st.actor == speaker.actor and st.relation.value == d.relation and st.sentence == sent
           and (st.target.key if st.target else None) == key for st in kept):
        return None
    return d.relation, target


def acted_out(target: TargetCand | None, unit: SentenceUnit) -> bool:
    """A target below the threshold that is a verb's phrase inside a quotation ("create an environment",
    "work something out", "do things", "want the pension"): the speaker's wording, not an issue coders
    file it under; such a quotation goes to the ``says`` reading below. Not a verb in the narrator's words
    between two parts of a quotation ('unlikely" that Sanders can catch Clinton'), nor in a fragment the
    narrator quotes ('spoke about "improving NAFTA"'): the token is looked up in the sentence's own parts
    of quotations, not in the merged quotation, which runs over the narrator's words between its parts."""
    tok = target.token if target is not None and target.target is None else None
    if tok is None or tok.pos_ not in {"VERB", "AUX"} or tok.tag_ == "VBG":
        return False  # a gerund names an issue ("effective at protecting the local libraries")
    return any(part.start <= tok.idx < part.end and len(part.text.split()) > FRAGMENT for part, _ in unit.quotes)


def rests_on(st: Statement, speaker: Mention, whole: Span) -> bool:
    """Whether a kept statement credits the quotation: its speaker's, on most of
    it (at most twice its length), in the sentence the quotation starts in. One
    on a later sentence of a long quotation leaves the sentence it starts in
    unheard, and coders code each sentence."""
    if st.quote is None or st.actor != speaker.actor or not st.sentence.start <= whole.start < st.sentence.end:
        return False
    return on_most_of(st.quote, whole) and st.quote.end - st.quote.start <= 2 * (whole.end - whole.start)


def on_most_of(quote: Span, whole: Span) -> bool:
    """A statement's quote overlaps at least half of the quotation ``whole``."""
    overlap = min(quote.end, whole.end) - max(quote.start, whole.start)
    return overlap * 2 >= whole.end - whole.start


def starts_part(units: list[SentenceUnit] | None, whole: Span, text: str) -> Span:
    """The part of a quotation in the sentence it starts in (the whole where no sentence holds its start)."""
    unit = next((u for u in units or [] if u.span.start <= whole.start < u.span.end), None)
    end = min(whole.end, unit.span.end) if unit is not None else whole.end
    return Span(whole.start, end, text[whole.start:end])


def covers(outer: Span, inner: Span) -> bool:
    """``outer`` holds all of ``inner``."""
    return outer.start <= inner.start and inner.end <= outer.end


def said_alone(text: str, q) -> bool:
    """'"Denver," he answered.': a quotation of one word that opens its sentence and closes
    on its own punctuation is a whole reply, not a word quoted from a sentence ('called it "unfair"')."""
    before = text[:q.outer_start].rstrip()
    if q.content.text[-1:] in {"!", "?"} and before[-1:] in {",", ":"}:
        return True  # '... then asked, "Really?"': a reply after the verb that reports it
    return q.content.text[-1:] in {",", "!", "?"} and (not before or before[-1] in ".!?:\"”\n")


TITLE_SMALL = {"a", "an", "the", "of", "on", "in", "to", "for", "and", "or", "at", "by", "with", "from"}


def quoted_name(whole: Span) -> bool:
    """'on ABC's "Meet the Press."', 'a class, "Perceptions 301,"', 'an alias
    "Richard Windsor,"': a quotation whose every word but the small ones is
    capitalised or a number is a title or a name the writer quotes, not words
    a speaker says: of the 13 such bare "says" on train none matched a coder's
    statement (rules only: train full 0.308 -> 0.310, dev 0.264 -> 0.265)."""
    words = [w.strip(".,;:!?'\"“”‘’()") for w in whole.text.split()]
    words = [w for w in words if w and w.lower() not in TITLE_SMALL]
    return bool(words) and all(w[0].isupper() or w[0].isdigit() for w in words)


def own_reading(ctx, kept: list[Statement], speaker: Mention, start: int, whole: Span, sent: Span, topic_at,
                sdoc) -> tuple | None:
    """A position the quotation's own words carry, read as the rules read an
    unheard quotation: where no topic names what it is about, a party it names
    in a negative tone (accused), else the issue its speaker has just taken a
    standing position on. It comes before the learned stages' reading of the
    speaker's sentence, whose target below their threshold is seldom the
    coders' ("one hand", "past" where the quote opposed "the proposed
    changes"). None where the quote names a topic or carries no position."""
    if topic_at(whole.start, whole.end) is not None or sdoc is None:
        return None
    read = read_in_words(ctx, sdoc, whole, speaker, kept, start, sent, while_heard=True)
    return read if read is not None and read[0] is not Relation.SAYS else None


def repeats_a_position(kept: list[Statement], speaker: Mention, whole: Span, target: Target) -> bool:
    """A bare ``says`` about what its speaker takes a position on, resting on most of the same
    quotation ('"They have been very effective at protecting the libraries," she said. "..."'):
    the position already says it (train full 0.4864 -> 0.4872, quotes the same)."""
    return any(st.actor == speaker.actor and st.relation is not Relation.SAYS and st.target is not None
               and st.target.key == target.key and st.quote is not None and on_most_of(st.quote, whole)
               for st in kept)

# positions on an issue, not on a party (an accusation, a praise, a meeting, a threat's consequence)
ON_AN_ISSUE = frozenset({Relation.SUPPORTS, Relation.OPPOSES, Relation.DEMANDS, Relation.REJECTS, Relation.PROPOSES,
                         Relation.ACCEPTS, Relation.SAYS})


def its_position_there(kept: list[Statement], st: Statement, out: Sequence[Statement] = ()) -> Statement:
    """A bare ``says`` whose quotation names no topic, about what its speaker takes a position on in the
    sentence it starts in: coders file the quotation under that issue, while the fallback's own reading
    takes a phrase beside it (the speaker's "spokesman for World Relief", a place the quote names "Norwich").
    The speaker's most confident kept position on an issue there gives the target. Full F1 train 0.5044 ->
    0.5062 (says P .354 -> .384, R .496 =), dev 0.3212 (=), seeds 0.6553 (=), quotes unchanged; applied also
    where the quote names a topic or answers a question, seeds fell to 0.6485 (train 0.5060). Not where the
    new target would make it the same statement as another quotation's fallback ``says`` there (``out``, the
    fallback's others: '"A," she sang to Clinton, "B"'): the two would be merged and one quotation lose its
    speaker (PolNeAR dev 327 -> 329 when added, train 0.5062 -> 0.5056)."""
    there = [k for k in kept if k.actor == st.actor and k.relation in ON_AN_ISSUE and k.target is not None
             and k.sentence.start == st.sentence.start]
    if st.relation is not Relation.SAYS or not there:
        return st
    target = max(there, key=lambda k: k.confidence).target
    if any(k.actor == st.actor and k.relation is Relation.SAYS and k.sentence.start == st.sentence.start
           and k.target is not None and k.target.key == target.key and k.quote != st.quote for k in out):
        return st
    return replace(st, target=target)


def unheard_quotes(ctx, kept: list[Statement], merged: dict[int, Span], topic_at,
                   units: list[SentenceUnit] | None = None, models: Models | None = None,
                   sdoc=None) -> list[Statement]:
    """A statement for each credited quotation that no kept statement of its
    speaker rests on (most of it, at most twice its length): the position the
    stages read in it, below their threshold, or else ``says``; who said what
    stays in the graph.
    Low confidence (``SAYS_CONFIDENCE``): a filter on confidence drops them first."""
    out, pending = [], []
    for qi, speaker in ctx.quote_speaker.items():
        q = ctx.quotes[qi]
        whole = merged.get(qi, q.content)
        if (len(whole.text.split()) < 2 or quoted_name(whole)) and not said_alone(ctx.document.text, q):
            continue  # a fragment, or a title or name the writer quotes ("on ABC's "Meet the Press."")
        sent = ctx.quote_span.get(qi) or whole
        first = starts_part(units, whole, ctx.document.text)
        if any(rests_on(st, speaker, whole) for st in kept):
            continue
        if any(rests_on(st, speaker, first) and covers(st.sentence, sent) for st in kept):
            continue  # a run of quotations whose first part a position rests on, in the sentence its statement
            # would take: no further bare "says" ("We strongly oppose the scheme. ..."); that statement's
            # ``quotation`` is the whole run (``document.of_its_run``), the later sentences ``unheard_sentences``'
        asked = asked_about(ctx, sdoc, sent, kept + out, speaker.actor, q.content) if sdoc is not None else None
        own = None if asked is not None else own_reading(ctx, kept + out, speaker, q.content.start, whole, sent,
                                                         topic_at, sdoc)
        read = None
        if own is None and units and models:
            read = position_read(units, models, speaker, whole, sent, kept + out)
            if read is not None and read[1] is None:
                read = None  # a position on nothing named ("This is meaningful"): who said it, below, stays
        if read is not None:
            # the position is read in the sentence the quotation starts in, and rests on its part there
            inside = sent.start <= whole.start and whole.end <= sent.end
            part = whole if inside else ctx.span(max(q.content.start, sent.start), min(q.content.end, sent.end))
            relation = support_of_fought(sdoc, part, negated_support(sdoc, part, Relation(read[0]), read[1]), read[1])
            out.append(Statement(doc_id=ctx.document.id, sentence=sent, actor=speaker.actor, relation=relation,
                                 target=read[1], actor_span=speaker.span, quote=part, confidence=SAYS_CONFIDENCE))
            if part == whole:
                continue
            # and who said the whole of it, beyond this sentence: a bare "says" below
        # what it is about: what the words around it say, an issue it names, a party it names, the issue its
        # speaker has just taken a position on, one named around it, the target stage's choice, the next issue
        relation, target = own or (asked_stance(whole, asked), asked or topic_at(whole.start, whole.end))
        named = target is not None
        if target is None and sdoc is not None and (read := read_in_words(ctx, sdoc, whole, speaker, kept + out,
                                                                          q.content.start, sent, True)) is not None:
            relation, target = read
        target = target or topic_at(sent.start, sent.end)
        if target is None and units is not None and models is not None:
            target = said_about(units, models, speaker, whole)
        relation, target = last_resort(ctx, sdoc, kept + out, speaker.actor, q.content, whole, sent, relation, target)
        if target is None:
            relation = Relation.SAYS  # no position on nothing named
        elif relation is Relation.SAYS and repeats_a_position(kept + out, speaker, whole, target):
            continue
        st = Statement(doc_id=ctx.document.id, sentence=sent, actor=speaker.actor, relation=relation, target=target,
                       actor_span=speaker.span, quote=whole, confidence=SAYS_CONFIDENCE)
        out.append(st)
        if not named:
            pending.append(len(out) - 1)
    for i in pending:  # once every quotation has its statement, so that none is taken into another's
        out[i] = its_position_there(kept, out[i], out[:i] + out[i + 1:])
    return [st for st in (no_accusation(st) for st in out) if not says_its_position(kept, st)]


MOURNS = ("mourn", "condolence", "griev", "grief", "rest in peace", "passed away")


def no_accusation(st: Statement) -> Statement:
    """An accusation the fallback reads (the learned stages below their threshold, a party the quote
    names, or the speaker's earlier accusation carried on) in a quotation whose own words are warm or
    mourn ('said East Africa had lost "a true pan-Africanist"', '"We mourn a giant of our democracy"',
    '"He was the most valuable player"'): no coder reads an accusation there; it is what the quote is
    about (``says``). Train: the 7 fallback accusations in a quote of positive tone were all wrong."""
    if st.relation is not Relation.ACCUSES or st.quote is None:
        return st
    text = st.quote.text.lower()
    if warm(text) or any(w in text for w in MOURNS):
        return replace(st, relation=Relation.SAYS)
    return st


def warm(text: str) -> bool:
    """Warm words, clearly: VADER's score above 0 with no negative word, or high (0.5) where there are
    some ("we have lost a true friend"). A reproach in words VADER half likes is not warm: "He has lost
    the trust of Greek society" scores 0.25 on 'trust' against 'lost' (probe29c lost a right accusation)."""
    sc = scores(text)
    return sc["compound"] >= 0.5 or (sc["compound"] > 0 and sc["neg"] == 0)


def says_its_position(kept: list[Statement], st: Statement) -> bool:
    """A bare ``says`` on the very target its speaker takes a position on in the same sentence
    ('Trump had called NAFTA a "disaster" and promised to "rip up"' rejects NAFTA; 'Will described
    Trump as "stupendously un-conservative"' opposes him): the narrator's words around the quotation
    carry the position, and the ``says`` beside it is one statement too many (train: 13 of 23 such
    were wrong where the position was right). Only where the quotation is a few words the narrator
    quotes in passing, or the position rests on part of it: a full quotation of its own keeps its
    speaker ('"Promise mama ...," Jones sang to Clinton, "I just want to know ..."')."""
    q = st.quote
    if st.relation is not Relation.SAYS or st.target is None or q is None:
        return False
    return any(k.actor == st.actor and k.relation is not Relation.SAYS and k.target is not None
               and k.target.key == st.target.key and k.sentence.start == st.sentence.start
               and (len(q.text.split()) <= FRAGMENT or k.quote is not None and k.quote.start < q.end
                    and q.start < k.quote.end) for k in kept)


FRAGMENT = 5  # words: a phrase quoted in passing ("rip up", "a friend", "stupendously un-conservative")


def quoted_in_passing(st: Statement, stmts: Sequence[Statement], text: str) -> bool:
    """A bare ``says`` on a few words the narrator quotes inside a sentence in which its speaker takes a
    position ('praised the plan as a "bold step" toward "real reform"', 'spoke about "improving NAFTA"'):
    the position is what the sentence reports, the phrase no quotation of its own, whatever target either
    reads (``says_its_position`` asks for the same one). Not a quotation opening the sentence, nor one
    after a colon or comma ('added: "I don't think he will."'), which is said on its own. Train full
    0.5121 -> 0.5129 (4 dropped, none right), dev 0.3311 -> 0.3316 (3, none right), quotes unchanged."""
    q = st.quote
    if st.relation is not Relation.SAYS or q is None or len(q.text.split()) > FRAGMENT \
            or q.start <= st.sentence.start:
        return False
    before = text[st.sentence.start:q.start].rstrip(" \t\n\"“”'‘’`")
    if not before or before[-1] in ":,.!?":  # after a reporting verb's colon or comma, or opening a sentence
        return False
    return any(k is not st and k.actor.label == st.actor.label and k.relation is not Relation.SAYS
               and k.sentence.start == st.sentence.start for k in stmts)


def unheard_sentences(ctx, kept: list[Statement], units: list[SentenceUnit], models: Models,
                      topic_at) -> list[Statement]:
    """A statement for each later sentence of a credited quotation on which no
    kept statement of its speaker rests ('"... John McCain has forgotten that.
    They have gone far enough. I'll stop DC at the bathroom door."'): coders
    code each sentence, and ``unheard_quotes`` hears only the one it starts in.
    The position the stages read for the speaker there, else ``says`` about the
    issue the sentence names; low confidence, as ``unheard_quotes``."""
    out: list[Statement] = []
    for qi, speaker in ctx.quote_speaker.items():
        q = ctx.quotes[qi].content
        for unit in units:
            a, b = max(q.start, unit.span.start), min(q.end, unit.span.end)
            if unit.span.start <= q.start or b - a < 0.5 * len(unit.span.text.strip()) \
                    or len(ctx.document.text[a:b].split()) < 3:
                continue  # the sentence it starts in (unheard_quotes), one mostly outside it, or a fragment
            if any(st.actor == speaker.actor and st.sentence.start < unit.span.end and unit.span.start < st.sentence.end
                   for st in kept + out):
                continue
            c = next((c for c in unit.actors if c.actor == speaker.actor), None)
            relation, target = Relation.SAYS, None
            if c is not None:
                d = decided(unit, c, models)
                if d.relation != "says":
                    relation, target = Relation(d.relation), d.target.as_target() if d.target is not None else None
            target = target or topic_at(a, b)
            if target is None:
                relation = Relation.SAYS
            out.append(no_accusation(Statement(doc_id=ctx.document.id, sentence=unit.span, actor=speaker.actor,
                                               relation=relation, target=target, actor_span=speaker.span,
                                               quote=ctx.span(a, b), confidence=SAYS_CONFIDENCE)))
    return out


def one_says_a_quote(stmts: list[Statement]) -> list[Statement]:
    """One bare ``says`` for one quotation of one speaker in one sentence: the most confident (the
    learned stages' reading, or the fallback's). A quote said once is coded once, under one topic; a
    second ``says`` of the same words about another phrase of it ('"You cannot clean a hospital
    properly on the cheap"' about "clean hospital" and "hospital") is one statement too many, and
    the quote keeps its speaker in the one kept (the two may file the speaker under different kinds,
    so the label decides). Not where the two rest on different spans of the run (``quotation``) or
    sentences: one on the whole run of a speaker's quotation keeps it (PolNeAR dev lost a speaker). Train full 0.5201 -> 0.5205 (2 dropped, none right), dev and seeds
    unchanged (none such), quotes unchanged (PolNeAR dev speakers 325 of 359 kept); probes pooled bbc2004 0.6274 -> 0.6280, news2025
    0.5497 -> 0.5500, none fell."""
    def key(st: Statement) -> tuple:
        whole = st.quotation or st.quote
        return st.actor.label, st.sentence.start, st.sentence.end, st.quote.start, st.quote.end, whole.start, whole.end

    best: dict[tuple, Statement] = {}
    for st in stmts:
        if st.relation is Relation.SAYS and st.quote is not None:
            k = key(st)
            if k not in best or st.confidence > best[k].confidence:
                best[k] = st
    return [st for st in stmts if st.relation is not Relation.SAYS or st.quote is None or best[key(st)] is st]
