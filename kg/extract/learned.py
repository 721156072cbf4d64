"""The learned stages: actor → relation → target, over the candidates of
``kg.extract.candidates`` (read per sentence by ``kg.extract.units``), scored by the linear models of
``kg/data/statement_model.json`` (fitted on the train gold by ``kg train``).

1. actor: does this candidate take a position in this sentence?
2. relation: which of the twelve, given the actor and the sentence?
3. target: which candidate phrase is it about, given actor and relation?

A statement's confidence is the product of the three probabilities.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.extract.article_issue import DOUBTED
from kg.extract.candidates import ActorCand, SentenceUnit, TargetCand, governing_verb
from kg.extract.coordinated_acts import second_act
from kg.extract.linear import LinearModel, load, logit, sigmoid
from kg.extract.modality import in_if_clause
from kg.extract.neutral_reports import neutral_act_of
from kg.extract.position_features import without_position
from kg.extract.spoken_of import spoken_of
from kg.extract.target_candidates import (anchor_of, beside_the_cue, crossing, pair_features, pair_static,
                                         relational_odds, said_apart, said_before)
from kg.extract.target_options import target_options
from kg.extract.wrongdoers import wrongdoer
from kg.records import Actor, Document, Relation, Span, Statement, as_concept

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


def relation_vector(unit: SentenceUnit, c: ActorCand, actor: set[str] | None = None) -> dict[str, float]:
    """The actor's features, with cues conjoined with negation and with the tone
    of what is said: 'did not support' and 'supports ... "a disgrace"' are no
    support (train CV full 0.155 -> 0.162, relation given actor 0.568 -> 0.579 on dev);
    and the mood of what is said (``said_features``: "we must" demands, "they are liars" accuses).
    ``actor``: ``actor_vector(unit, c)``, where the caller has it already (it is left as it is)."""
    f = without_position(actor if actor is not None else actor_vector(unit, c)) | c.said
    if "v.neg" in f or "c.neg" in f:
        f |= {f"{x}&neg" for x in f if x.startswith(CONJOINED)}
    tones = [x for x in f if x.startswith(("q.tone:", "c.tone:"))]
    f |= {f"{a}&{b}" for a in f if a.startswith(CUES) for b in tones}
    return dict.fromkeys(f, 1.0) | c.dense


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
    further: "list[Decision]" = field(default_factory=list)  # the rest of a list the rules read (``listed_beyond``)

    @property
    def is_second(self) -> bool:
        return self.first_relation is not None


def _ruled(c: ActorCand, options: list[TargetCand], rp: dict[str, float], models: Models, d) -> tuple:
    tc = next((t for t in options if d.target is not None and t.label.lower() == d.target.label.lower()), None)
    pt = models.target.p_true(pair_features(d.relation, c, tc)) if tc is not None else 0.0
    return d.relation, rp.get(d.relation, 0.0), tc, pt


def rule_targets_left_out(unit: SentenceUnit, c: ActorCand, options: list[TargetCand]) -> list[TargetCand]:
    """The actor's rule targets that ``target_options`` leaves out: the rule read them on purpose
    (the apposition "one of the fiercest critics of the plans" opposes the plans, "denied that it
    planned a U-turn" rejects the U-turn), so its reading keeps its target, not none."""
    mine = {d.target.label.lower() for d in c.rule_drafts if d.target is not None}
    kept = {id(t) for t in options}
    return [t for t in unit.targets if id(t) not in kept and t.label.lower() in mine]


def same_head(a: TargetCand, b: TargetCand | None) -> bool:
    """Two phrases of one noun ("stance" and "prime minister's stance on
    Ukraine"): one target, which a second decision would only repeat."""
    return b is not None and a.token is not None and b.token is not None and a.token.i == b.token.i


LINKING = {"the", "a", "an", "of", "on", "in", "to", "for", "and", "with", "by", "at", "s"}


def nested(a: TargetCand, b: TargetCand | None) -> bool:
    """One phrase's words all inside the other's ("incident" and "incident as
    a blatant act", "African debt relief" and "back African debt relief"):
    the same act read twice, when the relation is the same too."""
    if b is None:
        return False
    wa, wb = ({w for w in re.findall(r"\w+", t.label.lower()) if w not in LINKING} for t in (a, b))
    return bool(wa and wb) and (wa <= wb or wb <= wa)


PLACES = frozenset({"GPE", "LOC", "FAC"})


def venue(t: TargetCand | None) -> bool:
    """A place named as where something happens ("met Putin in Alaska", "talks at the White House"):
    the object of "in"/"at", a place name."""
    tok = t.token if t is not None else None
    return (tok is not None and tok.ent_type_ in PLACES and tok.dep_ == "pobj"
            and tok.head.lower_ in ("in", "at"))


def another_meeting(first: str, relation: str, t: TargetCand, met: TargetCand | None = None) -> bool:
    """A second consultation, of no actor, beside the first ("met Prescott at the conference in
    Gateshead", "visited Ms Essex to lobby for increased funds"): the meeting's place or purpose,
    not a second party met (train: 5 of 6 such were wrong); nor the place where a party named is met
    ("met Putin in Alaska" consults no Alaska; train/dev: none such built, a general error)."""
    if first != relation or relation != "consults":
        return False
    return not isinstance(t.target, Actor) or (venue(t) and met is not None and not venue(met))


def decide(unit: SentenceUnit, c: ActorCand, models: Models, joint: int = 3) -> Decision:
    """Relation and target chosen together among the ``joint`` likeliest
    relations (an accusation is about an actor, an opposition about an
    issue), unless a rule read the actor's act. The next best choice about
    another target rides along as ``second``: a third of the gold's statements
    share their sentence and actor with another ('accuses Labour', 'opposes
    tuition fees')."""
    fa = actor_vector(unit, c)  # (made once: the relation's features start from the actor's)
    pa = models.actor.p_true(fa)
    rp = models.relation.proba(relation_vector(unit, c, fa))
    options = target_options(unit, c)
    ruleable = options + rule_targets_left_out(unit, c, options)
    anchor = anchor_of(c)  # what every pair reads of the actor token, read once
    statics = [(t, st, models.target.log_odds(st), crossing(st)) for t in options for st in [pair_static(c, t, anchor)]]
    scored = []
    ruled = {d.relation for d in c.rule_drafts}
    for relation in set(sorted(rp, key=rp.get, reverse=True)[:joint]) | ruled:
        odds, pr = relational_odds(models.target, relation), rp.get(relation, 0.0)
        for t, st, z, cr in statics:
            p = sigmoid(z + odds(st, cr))
            scored.append((pr * max(p, 0.05), relation, pr, t, p))
        scored.append((pr * 0.05, relation, pr, None, 0.0))
    scored.sort(key=lambda x: -x[0])
    _, relation, pr, target, pt = scored[0] if scored else (0.0, "says", 0.0, None, 0.0)
    drafts = [x for x in c.rule_drafts if x.relation != "says"] or c.rule_drafts[:1]
    if drafts:
        # where a rule read this actor's act, its relation and target stand (they beat the learned choice on
        # held-out train articles: full F1 0.138 -> 0.154); the learned stages still decide whether it is kept
        relation, pr, target, pt = _ruled(c, ruleable, rp, models, drafts[0])
    elif relation == "accuses" and (doer := wrongdoer(unit, c, options)) is not None and doer is not target:
        target = doer  # the party the words say acts, where the stage took a victim or a bystander (``wrongdoers``)
    first = Decision(unit, c, pa, relation, pr, target, pt)
    key = target.label.lower() if target is not None else None
    # another act the rules read ("agreed to release the hostages ... but demanded guarantees")
    # before the same act's further object ("... and the bodies of 18 others")
    rest = sorted(drafts[1:], key=lambda d: d.relation == relation)
    # (or the same target under another relation: "trashing Trump ... and accusing him of" opposes and accuses him)
    other = next((_ruled(c, ruleable, rp, models, d) for d in rest
                  if d.target is not None and (d.target.label.lower() != key or d.relation != relation)), None)
    if other is None:
        other = second_act(c, rp, models.target, next(((r, p_r, t, p_t) for _, r, p_r, t, p_t in scored
                      if t is not None and t.label.lower() != key and not same_head(t, target)), None))
        if other is not None and another_meeting(relation, other[0], other[2], target):
            other = None
        cues = [d.cue for d in drafts if d.cue is not None]
        if other is not None and other[0] == relation and (nested(other[2], target) or said_apart(other[2])
                                                           or beside_the_cue(other[2], cues)
                                                           or said_before(other[2])):
            other = None  # the same act read twice, or what the actor said after it
    if other is not None:
        first.second = Decision(unit, c, pa, *other, first_relation=relation)
        # each party met in the second act too ("condemned the test and spoke to Park and Abe"); other lists
        # of a second act stay at two (dev: a third demand beside another act was wrong)
        kinds = {relation} | apart(relation, other[0], rest)
        first.further = [Decision(unit, c, pa, *_ruled(c, ruleable, rp, models, d), first_relation=relation)
                         for d in listed_beyond(rest, kinds, {key, other[2].label.lower() if other[2] else None})]
    return first


MEETINGS = frozenset({"consults"})


def apart(first: str, second: str, rest: list) -> set[str]:
    """A meeting is an act apart from the actor's stances ("pledged aid, praised ... and met Zelensky"):
    it takes no place of the two acts a decision keeps, so a meeting the rules read is kept beside two
    stances, and a third act beside a meeting and another (dev/train unchanged, seeds 0.6575 -> 0.6599)."""
    kinds = set(MEETINGS)
    if first in MEETINGS or second in MEETINGS:
        nxt = next((d.relation for d in rest if d.relation not in MEETINGS | {first, second}
                    and d.relation != "says" and d.target is not None), None)
        if nxt is not None:
            kinds.add(nxt)
    return kinds


def decided(unit: SentenceUnit, c: ActorCand, models: Models) -> Decision:
    """``decide``, once per candidate and models: the decoder decides every candidate, and the
    quotation fallbacks ask again for their speakers' (read only for relation and target)."""
    if c.decision is None or c.decision[0] is not models:
        c.decision = (models, decide(unit, c, models))
    return c.decision[1]


def listed_beyond(drafts: list, relations: set[str], taken: set[str | None]) -> list:
    """The rules' further targets of one act past the two a decision keeps ("backed choice in
    schools, wider home ownership and changes to the welfare system"): each item of a list
    is its own statement, the third as much as the second."""
    out, seen = [], set(taken)
    for d in drafts:
        label = d.target.label.lower() if d.target is not None else None
        if d.relation in relations and label is not None and label not in seen:
            seen.add(label)
            out.append(d)
    return out


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
        here = [decided(unit, c, models) for c in unit.actors]
        for k, d in enumerate(sorted(here, key=lambda d: -d.p_actor)):
            d.rank = k  # the calibrator reads it: a sentence seldom holds a third actor's position
            for x in (d.second, *d.further):
                if x is not None:
                    x.rank = k
        out += [x for d in here if d.p_actor >= min_actor for x in (d, d.second, *d.further) if x is not None]
    return out


ISSUE_STANCES = frozenset({"supports", "accepts", "demands", "proposes", "rejects", "opposes"})


def ruled_here(d: Decision) -> bool:
    """A rule read this very statement: the actor's relation about the same target."""
    label = d.target.label.lower() if d.target is not None else None
    return any(x.relation == d.relation and (x.target.label.lower() if x.target is not None else None) == label
               for x in d.cand.rule_drafts)


def unasserted(d: Decision) -> bool:
    """A stance on an issue that no rule read, about a phrase inside an if-clause: "would back
    the budget if ministers agreed to scrap the tax" supports no scrapping (the guidelines code
    no act inside an if-clause; a condition is the rules' to read). Train: 3 such kept, 1 right
    (two come back as a quotation's fallback reading); dev full F1 0.2971 -> 0.2975."""
    t = d.target.token if d.target is not None else None
    return t is not None and d.relation in ISSUE_STANCES and in_if_clause(t) and not ruled_here(d)


def neutral_report(d: Decision) -> bool:
    """An accusation no rule read of one whose plain act the actor reports (``neutral_reports``)."""
    return d.relation == "accuses" and d.target is not None and not ruled_here(d) \
        and neutral_act_of(d.target.token, d.cand.token, d.unit.quotes)


# acts a rule reads with one target: the model's guess at another for the same act is a word of its
# complement ("accused Mr Blair of failing to tell the truth about the legal advice": the advice is not
# accused); dev full 0.3368 -> 0.3386, train 0.5201 -> 0.5228, seeds 0.6599 -> 0.6690 with them dropped
ONE_TARGET = frozenset({"accuses", "supports"})


def second_guess(d: Decision) -> bool:
    """A second target the model guessed for the act a rule read, under the same relation."""
    return d.is_second and d.relation == d.first_relation and d.relation in ONE_TARGET and not ruled_here(d) \
        and any(x.relation == d.relation and x.cue is not None for x in d.cand.rule_drafts)


def decode(document: Document, units: list[SentenceUnit], models: Models, *,
           threshold: float | None = None, doubted: set[int] | None = None) -> list[Statement]:
    """The statements whose confidence reaches the threshold (chosen by
    ``kg train`` for the best cross-validated full F1); ``doubted`` collects the ids of those whose
    target the target stage doubts (``article_issue.DOUBTED``)."""
    threshold = models.threshold if threshold is None else threshold
    out = []
    for d in decisions(units, models):
        conf = confidence_of(d, models)
        if conf >= threshold and not (unasserted(d) or second_guess(d) or neutral_report(d) or spoken_of(d)):
            out.append(make_statement(document, d.unit, d.cand, d.relation, d.target, conf))
            if doubted is not None and d.p_target < DOUBTED:
                doubted.add(id(out[-1]))
    return out


def nearest(parts: list[Span], at: int) -> Span:
    """Of one speaker's quotation fragments in a sentence, the one a target at ``at`` lies in or nearest."""
    return min(parts, key=lambda q: 0 if q.start <= at < q.end else min(abs(at - q.start), abs(at - q.end)))


def worded(parts: list[Span], label: str) -> Span | None:
    """Of one speaker's quotation fragments, the one holding most of ``label``'s words (None: none holds any)."""
    words = set(label.lower().split())
    best = max(parts, key=lambda q: len(words & set(q.text.lower().strip(' ,.;:"').split())))
    return best if words & set(best.text.lower().strip(' ,.;:"').split()) else None


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
    if quote is not None and quote == c.quote and len(c.quote_parts) > 1 and t is not None:
        # 'called it "shameful" and called on leaders "not to ..."'; a rule's target no candidate
        # phrase has ("keep library open") has no token: the fragment that holds its words
        quote = nearest(c.quote_parts, t.token.idx) if t.token is not None else worded(c.quote_parts, t.label) or quote
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
                     condition_of=as_concept(same.condition_of) if same is not None else None,
                     addressee=same.addressee if same is not None else None,
                     quote=quote, confidence=round(confidence, 3), cue=cue,
                     reported_by=same.reported_by if same is not None else ())
