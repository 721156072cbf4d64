"""The learned stages: actor → relation → target, over the candidates of
``kg.extract.candidates``, scored by the linear models of
``kg/data/statement_model.json`` (fitted on the train gold by ``kg train``).

1. actor: does this candidate take a position in this sentence?
2. relation: which of the twelve, given the actor and the sentence?
3. target: which candidate phrase is it about, given actor and relation?

A statement's confidence is the product of the three probabilities.
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span as SpacySpan

from kg.extract.actors import TITLES, Mention
from kg.extract.candidates import (ActorCand, SentenceUnit, TargetCand, actor_features, bucket, clause_tokens,
                                   governing_verb, mean_tensor, mention_candidates, sentence_features, tone, unit_vector,
                                   verb_features)
from kg.extract.linear import LinearModel, load, sigmoid
from kg.extract.speakers import trim
from kg.extract.target_candidates import pair_features, pair_relational, pair_static, target_candidates
from kg.extract.targets import find_topic
from kg.records import Actor, Document, Relation, Span, Statement

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "statement_model.json"


@dataclass
class Models:
    actor: LinearModel
    relation: LinearModel
    target: LinearModel
    threshold: float = 0.5  # the confidence a statement needs to be kept
    confidence: LinearModel | None = None


@lru_cache(maxsize=4)
def load_models(path: Path = MODEL_PATH) -> Models | None:
    if not path.exists():
        return None
    m, meta = load(path)
    return Models(m["actor"], m["relation"], m["target"], float(meta.get("threshold", 0.5)), m.get("confidence"))


def quote_parts_in(ctx, s: SpacySpan) -> list[tuple[int, Span]]:
    """The quotations overlapping sentence ``s``: (quote index, the part inside ``s``)."""
    out = []
    for qi, q in enumerate(ctx.quotes):
        a, b = max(q.content.start, s.start_char), min(q.content.end, s.end_char)
        if b - a >= 3:
            out.append((qi, ctx.span(a, b)))
    return out


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
    for c in cands.values():
        said: list = []
        if c.quote is not None and ("speaker" in c.feats):
            said = [t for t in s if c.quote.start <= t.idx < c.quote.end and not t.is_punct]
        elif c.token is not None:
            said = clause_tokens(c.token)
        said = said or [t for t in s if not t.is_punct]
        c.vec = unit_vector(said)
        c.dense = mean_tensor(said, "d")
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
        found = find_topic(lex, toks)
        return lex.topics[found[0]] if found else None

    targets = target_candidates(lex, res, s, topic_of)
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
                if d.relation != "says":
                    rels[c.actor.label].append((k, d.relation))
                    positions[c.actor.label] += [(k, w, d.relation) for w in about]
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


def actor_vector(unit: SentenceUnit, c: ActorCand) -> set[str]:
    f = set(c.feats) | unit.feats
    for other in unit.actors:
        if other is not c:
            f |= {f"other_{x}" for x in other.feats if x.startswith("rule:") or x == "speaker"}
    if len(unit.actors) == 1:
        f.add("only_actor")
    return f


CONJOINED = ("v.cue:", "c.cue:", "rule:", "v.lemma:", "c.lemma:")
CUES = ("v.cue:", "c.cue:", "rule:")


def relation_vector(unit: SentenceUnit, c: ActorCand) -> dict[str, float]:
    """The actor's features, with cues conjoined with negation and with the tone
    of what is said: 'did not support' and 'supports ... "a disgrace"' are no
    support (train CV full 0.155 -> 0.162, relation given actor 0.568 -> 0.579 on dev)."""
    f = actor_vector(unit, c)
    if "v.neg" in f or "c.neg" in f:
        f |= {f"{x}&neg" for x in f if x.startswith(CONJOINED)}
    tones = [x for x in f if x.startswith(("q.tone:", "c.tone:"))]
    f |= {f"{a}&{b}" for a in f if a.startswith(CUES) for b in tones}
    return dict.fromkeys(f, 1.0) | c.dense


def names_the_actor(label: str, actor: Actor) -> bool:
    """'Trump', 'Mr Howard', 'Donald' for Donald Trump: a label of the actor's
    own name words (titles aside) is the actor, never its target."""
    words = {w.strip(".,'’").lower() for w in label.split()} - TITLES - {"s", ""}
    return bool(words) and words <= {w.strip(".,").lower() for w in actor.label.split()}


def target_options(unit: SentenceUnit, c: ActorCand) -> list[TargetCand]:
    return [t for t in unit.targets if not (isinstance(t.target, Actor) and t.target.label == c.actor.label)
            and not names_the_actor(t.label, c.actor)]


@dataclass
class Decision:
    """The three stages' choices for one actor candidate, with their probabilities."""

    unit: SentenceUnit
    cand: ActorCand
    p_actor: float
    relation: str
    p_relation: float
    target: TargetCand | None
    p_target: float
    rank: int = 0  # among the sentence's decisions by p_actor (0: the likeliest actor)
    second: "Decision | None" = None  # the actor's next position in the sentence, about another target
    first_relation: str | None = None  # set on a second: the relation of the actor's first

    @property
    def is_second(self) -> bool:
        return self.first_relation is not None


def _ruled(c: ActorCand, options: list[TargetCand], rp: dict[str, float], models: Models, d) -> tuple:
    tc = next((t for t in options if d.target is not None and t.label.lower() == d.target.label.lower()), None)
    pt = models.target.p_true(pair_features(d.relation, c, tc)) if tc is not None else 0.0
    return d.relation, rp.get(d.relation, 0.0), tc, pt


def decide(unit: SentenceUnit, c: ActorCand, models: Models, joint: int = 3) -> Decision:
    """Relation and target chosen together among the ``joint`` likeliest
    relations (an accusation is about an actor, an opposition about an
    issue), unless a rule read the actor's act. The next best choice about
    another target rides along as ``second``: a third of the gold's statements
    share their sentence and actor with another ('accuses Labour', 'opposes
    tuition fees')."""
    pa = models.actor.p_true(actor_vector(unit, c))
    rp = models.relation.proba(relation_vector(unit, c))
    options = target_options(unit, c)
    statics = [(t, st, models.target.log_odds(st)) for t in options for st in [pair_static(c, t)]]
    scored = []
    ruled = {d.relation for d in c.rule_drafts}
    for relation in set(sorted(rp, key=rp.get, reverse=True)[:joint]) | ruled:
        for t, st, z in statics:
            p = sigmoid(z + models.target.log_odds(pair_relational(relation, c, st), bias=False))
            scored.append((rp.get(relation, 0.0) * max(p, 0.05), relation, rp.get(relation, 0.0), t, p))
        scored.append((rp.get(relation, 0.0) * 0.05, relation, rp.get(relation, 0.0), None, 0.0))
    scored.sort(key=lambda x: -x[0])
    _, relation, pr, target, pt = scored[0] if scored else (0.0, "says", 0.0, None, 0.0)
    drafts = [x for x in c.rule_drafts if x.relation != "says"] or c.rule_drafts[:1]
    if drafts:
        # where a rule read this actor's act, its relation and target stand (they
        # beat the learned choice on held-out train articles: full F1 0.138 -> 0.154);
        # the learned stages still decide whether the statement is kept
        relation, pr, target, pt = _ruled(c, options, rp, models, drafts[0])
    first = Decision(unit, c, pa, relation, pr, target, pt)
    key = target.label.lower() if target is not None else None
    other = next((_ruled(c, options, rp, models, d) for d in drafts[1:]
                  if d.target is not None and d.target.label.lower() != key), None)
    if other is None:
        other = next(((r, p_r, t, p_t) for _, r, p_r, t, p_t in scored
                      if t is not None and t.label.lower() != key), None)
    if other is not None:
        first.second = Decision(unit, c, pa, *other, first_relation=relation)
    return first


def logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def confidence_features(d: Decision) -> dict[str, float]:
    """What the calibrator reads: the stages' log-odds, the relation, and
    whether the rules agree."""
    f = {"la": logit(d.p_actor) / 4, "lr": logit(d.p_relation) / 4, "lt": logit(d.p_target) / 4,
         f"rel:{d.relation}": 1.0}
    if any(x.relation == d.relation for x in d.cand.rule_drafts):
        f["rule_agrees"] = 1.0
    if d.is_second:
        f["second"] = 1.0
        f[f"second:{'same' if d.relation == d.first_relation else 'other'}_relation"] = 1.0
        if any(x.relation == d.relation for x in d.cand.rule_drafts):
            f["second:ruled"] = 1.0
    if d.target is not None and d.target.target is not None:
        f["target_named"] = 1.0
    f[f"rank:{min(d.rank, 2)}"] = 1.0
    return f


def confidence_of(d: Decision, models: Models) -> float:
    """Calibrated on held-out train predictions where ``kg train`` fitted a
    calibrator; else the product of the stages' probabilities."""
    if models.confidence is not None:
        return models.confidence.p_true(confidence_features(d))
    return d.p_actor * d.p_relation * max(d.p_target, 0.05)


def decisions(units: list[SentenceUnit], models: Models, min_actor: float = 0.0) -> list[Decision]:
    out = []
    for unit in units:
        here = [decide(unit, c, models) for c in unit.actors]
        for k, d in enumerate(sorted(here, key=lambda d: -d.p_actor)):
            d.rank = k  # the calibrator reads it: a sentence seldom holds a third actor's position
            if d.second is not None:
                d.second.rank = k
        out += [x for d in here if d.p_actor >= min_actor for x in (d, d.second) if x is not None]
    return out


def decode(document: Document, units: list[SentenceUnit], models: Models, *,
           threshold: float | None = None) -> list[Statement]:
    """The statements whose confidence reaches the threshold (chosen by
    ``kg train`` for the best cross-validated full F1)."""
    threshold = models.threshold if threshold is None else threshold
    out = []
    for d in decisions(units, models):
        conf = confidence_of(d, models)
        if conf >= threshold:
            out.append(make_statement(document, d.unit, d.cand, d.relation, d.target, conf))
    return out


def nearest(parts: list[Span], at: int) -> Span:
    """Of one speaker's quotation fragments in a sentence, the one a target at ``at`` lies in or nearest."""
    return min(parts, key=lambda q: 0 if q.start <= at < q.end else min(abs(at - q.start), abs(at - q.end)))


def voiced(unit: SentenceUnit, subject) -> Span | None:
    """The quotation inside the clause whose subject the actor is: the one
    who "called it 'shameful'" or "fear it could allow 'killing by omission'"
    voices those words, whoever else the sentence credits with a quotation."""
    verb = governing_verb(subject)
    if verb is None or not unit.quotes:
        return None
    toks = list(verb.subtree)
    a, b = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    inside = [q for q, _ in unit.quotes if a <= q.start and q.end <= b]
    return max(inside, key=lambda q: len(q.text)) if inside else None


def make_statement(document: Document, unit: SentenceUnit, c: ActorCand, relation: str, t: TargetCand | None,
                   confidence: float) -> Statement:
    target = None
    if t is not None:
        target = t.as_target()
    same = next((d for d in c.rule_drafts if d.relation == relation), None)
    cue = None
    if same is not None and same.cue is not None:
        a = same.cue.idx
        cue = Span(a, a + len(same.cue.text), document.text[a:a + len(same.cue.text)])
    quote = c.quote if "speaker" in c.feats or "quote_here" in c.feats else None
    if quote is not None and quote == c.quote and len(c.quote_parts) > 1 and t is not None and t.token is not None:
        quote = nearest(c.quote_parts, t.token.idx)  # 'called it "shameful" and called on leaders "not to ..."'
    if quote is None and c.token is not None:
        quote = voiced(unit, c.token)
    if quote is None and c.token is not None and c.mention.how != "pronoun":
        # the subject of a reporting verb said the sentence's quotation; one the
        # rules credited to no one rests on the position of the one named here
        # ('Critics fear it could allow "killing by omission"')
        parts = [q for q, credited in unit.quotes if "v.speech" in c.feats or not credited]
        quote = max(parts, key=lambda q: len(q.text)) if parts else None
    # a statement resting on a quotation names its speaker where the quotation is credited ('said Skelly', not "I")
    actor_span = c.speaker.span if quote is not None and c.speaker is not None and quote == c.quote else c.mention.span
    return Statement(doc_id=document.id, sentence=unit.span, actor=c.actor, relation=Relation(relation),
                     target=target, actor_span=actor_span,
                     condition_of=same.condition_of if same is not None else None,
                     addressee=same.addressee if same is not None else None,
                     quote=quote, confidence=round(confidence, 3), cue=cue,
                     reported_by=same.reported_by if same is not None else ())
