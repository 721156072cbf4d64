"""What the learned stages read of an article: per sentence, its actor and
target candidates with their features (``collect_unit``, while the rules'
resolver is at that sentence), then what the article's other sentences say
of each (``document_features``). ``kg.extract.learned`` decides from them."""
from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.actors import Mention
from kg.extract.candidates import (ActorCand, SentenceUnit, TargetCand, actor_features, apposition, bucket,
                                   clause_tokens, dense_of, mention_candidates, sentence_features,
                                   unit_vector, verb_features)
from kg.extract.position_features import discourse_features, sentence_position_features
from kg.extract.refrained_acts import refrains
from kg.extract.said_features import said_features
from kg.extract.speakers import trim
from kg.extract.subjects import headline_passive
from kg.extract.target_candidates import target_candidates
from kg.extract.targets import find_topic
from kg.records import Span
from kg.extract.valence import tone


def quote_parts_in(ctx, s: SpacySpan) -> list[tuple[int, Span]]:
    """The quotations overlapping sentence ``s``: (quote index, the part inside ``s``)."""
    out = []
    for qi, q in enumerate(ctx.quotes):
        a, b = max(q.content.start, s.start_char), min(q.content.end, s.end_char)
        if b - a >= 3:
            out.append((qi, ctx.span(a, b)))
    return out


def speaker_token(s: SpacySpan, speaker: Mention | None) -> Token | None:
    """The head of the name a quotation is credited to in this sentence ('said Matthew Soerens,
    spokesman for World Relief'): its apposition says who speaks, where the candidate's own
    token is a pronoun of the quotation ("We're saddened")."""
    if speaker is None:
        return None
    span = s.doc.char_span(speaker.span.start, speaker.span.end, alignment_mode="expand")
    return span.root if span is not None and s.start <= span.root.i < s.end else None


def collect_unit(ctx, s: SpacySpan, drafts: list, headline: bool) -> SentenceUnit:
    """The candidates of one sentence, read while the resolver is at it."""
    lex, res = ctx.lex, ctx.resolver
    parts = quote_parts_in(ctx, s)
    speaker: Mention | None = None
    speaker_quote: Span | None = None
    for qi, part in parts:
        sp = ctx.quote_speaker.get(qi)
        if sp is not None and (speaker_quote is None or len(part.text) > len(speaker_quote.text)):
            speaker, speaker_quote = sp, part
    in_quote = bool(parts) and sum(len(p.text) for _, p in parts) >= 0.5 * len(s.text.strip())
    sfeats = sentence_features(lex, s, in_quote, headline)
    cands: dict[str, ActorCand] = {}

    def cand_for(m: Mention, tok) -> ActorCand:
        c = cands.get(m.actor.label)
        if c is None:
            c = cands[m.actor.label] = ActorCand(m.actor, m, token=tok)
        elif c.token is None and tok is not None:
            c.token, c.mention = tok, m
        return c

    for tok, m in mention_candidates(res, s, speaker):
        if tok.dep_ == "nsubj" and headline_passive(tok.head):
            continue  # "Blair urged to publish ...", "Blair criticised by MPs": acted on, not acting
        c = cand_for(m, tok)
        c.feats |= actor_features(lex, tok, m, s)
    if speaker is not None:
        c = cand_for(speaker, None)
        c.speaker = speaker
        c.feats |= {"speaker", "speaker_in_quote" if in_quote else "speaker_part_quote"}
        c.quote = speaker_quote
        if speaker_quote is not None:
            c.feats |= tone(speaker_quote.text, "q.")
    for d in drafts:
        tok = None
        span = s.doc.char_span(d.actor.span.start, d.actor.span.end, alignment_mode="expand")
        if span is not None and s.start <= span.root.i < s.end:
            tok = span.root
        c = cand_for(d.actor, tok)
        if tok is not None and not any(f.startswith("dep:") for f in c.feats):
            c.feats |= actor_features(lex, tok, d.actor, s)
        c.rule_drafts.append(d)
        c.feats |= {"rule", f"rule:{d.relation}"}
        if d.cue is not None:
            c.feats |= {f"rule_cue:{d.cue.lemma_.lower()}"}
            c.feats |= verb_features(lex, d.cue, "c.")
        if d.quote is not None:
            c.feats.add("rule_quote")
    sentence_position_features(lex.speech, list(cands.values()), [part for _, part in parts])
    for c in cands.values():
        said: list = []
        if c.quote is not None and ("speaker" in c.feats):
            said = [t for t in s if c.quote.start <= t.idx < c.quote.end and not t.is_punct]
        elif c.token is not None:
            said = clause_tokens(c.token)
        c.said = frozenset(said_features(lex, said, "speaker" in c.feats and c.quote is not None))
        said = said or [t for t in s if not t.is_punct]
        c.apposed = apposition(lex, c.token) | apposition(lex, speaker_token(s, c.speaker))
        c.vec = unit_vector(said)
        c.dense = dense_of(c.vec, "d")
        if c.actor.kind:
            c.feats.add(f"kind:{c.actor.kind}")
        if c.actor.members:
            c.feats.add("group")
        if c.actor.label == (speaker.actor.label if speaker else None):
            c.quote = speaker_quote
        c.quote_parts = [part for qi, part in parts
                         if (sp := ctx.quote_speaker.get(qi)) is not None and sp.actor.label == c.actor.label]
        if speaker_quote is not None:
            # every candidate of a sentence with a credited quotation hears its tone (only the
            # speaker's: train CV 0.186 -> 0.183)
            c.feats |= tone(speaker_quote.text, "q.")
            c.feats.add("quote_here")

    def topic_of(toks):
        return find_topic(lex, toks)

    targets = target_candidates(lex, res, s, topic_of, speaker)
    known = {t.label.lower(): t for t in targets}
    for c in cands.values():
        for d in c.rule_drafts:
            if d.target is None:
                continue
            tc = known.get(d.target.label.lower())
            if tc is None:
                tc = known[d.target.label.lower()] = TargetCand(d.target.label, d.target, {"form:rule"}, None)
                targets.append(tc)
            tc.feats |= {"from_rule", f"from_rule:{d.relation}"}
    for t in targets:
        if t.token is not None:
            lemma = t.token.lemma_.lower()
            t.feats.add(f"df:{bucket(ctx.salience.get(lemma, 0), (1, 2, 3, 5, 8, 13))}")
            if lemma in ctx.headline:
                t.feats.add("in_headline")
            words = [w.lower() for w in t.label.split()]
            shared = sum(w in ctx.headline for w in words)
            if shared:
                t.feats.add(f"headline_words:{bucket(shared, (1, 2))}")
    a, b = trim(ctx.document.text, s.start_char, s.end_char)
    return SentenceUnit(sent=s, span=ctx.span(a, b), actors=list(cands.values()), targets=targets, feats=sfeats,
                        quotes=[(part, qi in ctx.quote_speaker) for qi, part in parts])


def document_features(units: list[SentenceUnit]) -> None:
    """What the rules read in the article's other sentences, on each
    candidate: the relations of the actor's positions there ('doc_rule:opposes':
    an actor keeps its stance through an article, and its quotes say it again;
    'near_rule:' for those within two sentences),
    by the words of their targets (crossed with the relation by the target
    stage), and whether a target's head word is what any position there was
    about (train CV full 0.177 -> 0.186, dev 0.183 -> 0.195)."""
    rels: dict[str, list[tuple[int, str]]] = defaultdict(list)
    positions: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    words: list[tuple[int, str]] = []
    for k, unit in enumerate(units):
        for c in unit.actors:
            for d in c.rule_drafts:
                about = [w for w in d.target.label.lower().split() if len(w) > 2] if d.target is not None else []
                words += [(k, w) for w in about]
                if d.relation != "says":  # a demand to refrain stands against the act, as the rules once read it
                    rel = "opposes" if refrains(d.relation, d.target) else d.relation
                    rels[c.actor.label].append((k, rel))
                    positions[c.actor.label] += [(k, w, rel) for w in about]
    for k, unit in enumerate(units):
        for c in unit.actors:
            c.feats |= {f"doc_rule:{r}" for k2, r in rels.get(c.actor.label, ()) if k2 != k}
            c.feats |= {f"near_rule:{r}" for k2, r in rels.get(c.actor.label, ()) if 0 < abs(k2 - k) <= 2}
            for k2, w, r in positions.get(c.actor.label, ()):
                if k2 != k:
                    c.doc_positions.setdefault(w, set()).add(r)
        elsewhere = {w for k2, w in words if k2 != k}
        for t in unit.targets:
            if t.token is not None and (t.token.lower_ in elsewhere or t.token.lemma_.lower() in elsewhere):
                t.feats.add("doc_rule_target")
    discourse_features(units)
