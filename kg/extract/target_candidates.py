"""Target candidates of a sentence and the features of a (actor, target)
pair that the target stage of ``kg.extract.learned`` scores."""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from itertools import repeat

import numpy as np
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.actors import ActorResolver, ent_of
from kg.extract.candidates import (ACTOR_ENTS, TIME_ENTS, ActorCand, TargetCand, bucket, governing_verb,
                                   left_as_it_was, unit_vector)
from kg.extract.mentions import Mention
from kg.extract.linear import LinearModel
from kg.extract.phrases import ancestry, counted, label_of, np_tokens, of_extension, steps
from kg.lexicon import Lexicon
from kg.records import Target, Topic


def phrase_topic(label: str, found: tuple[Topic, list[Token]] | None, head: Token) -> Topic | None:
    """A noun phrase's target: its words, of the vocabulary concept its head
    names ("tougher U.S. sanctions" of sanctions, the words the target stage
    was trained to choose); an alias that only modifies the head names no
    concept ("sanctions relief" is no position on sanctions)."""
    if found is None:
        return None
    if found[1][-1].i != head.i:
        return Topic(label=label)
    topic = found[0]
    return topic if label.casefold() == topic.label.casefold() else topic.named(label)


SAID_IN = {"in", "on", "at", "during", "via", "through", "by"}  # ("told Reuters by telephone")
# verbs that only report ("pledge to", "agree to" name issues: "urged Iran to agree to the deal")
REPORTING = {"say", "tell", "add", "urge", "insist", "stress", "note", "state", "write", "tweet", "post", "explain"}


def said_apart(t: TargetCand) -> bool:
    """The target sits in what the actor went on to say ("rejected the charge and said the government
    had done everything it could to save the company"): no second object of the first act, of the same
    relation as the first (one said apart is read by its own cue). Probes: 5 such dropped on probebbc3,
    probe28a, none a coder's; train: 2 dropped, none a coder's ('said ... and said' kept them: train -0.0002)"""
    tok = t.token
    return tok is not None and any(a.dep_ == "conj" and a.lemma_.lower() in REPORTING and a.i < tok.i
                                   for a in tok.ancestors)


def beside_the_cue(t: TargetCand, cues: list[Token]) -> bool:
    """The target is the verb coordinated with the act's cue ("was studying the proposal but
    demanded guarantees", "was reviewing the report and called for an inquiry"): another act of
    the actor's, not what the cue is about (probe30b: 2 such, none a coder's)."""
    tok = t.token
    return tok is not None and tok.pos_ in {"VERB", "AUX"} and any(
        (cue.dep_ == "conj" and cue.head.i == tok.i) or (tok.dep_ == "conj" and tok.head.i == cue.i) for cue in cues)


def said_before(t: TargetCand) -> bool:
    """The target sits in what the actor said before the act, the act's verb parsed as a conjunct
    of the said clause ("said 27 police officers had been injured and accused protesters of ...",
    "said it had documented 'excessive force' and demanded an investigation"): no second object
    of the act, of the same relation as the first (probe30c: 2 such, none a coder's)."""
    tok = t.token
    if tok is None:
        return False
    for v in (tok, *tok.ancestors):
        if v.dep_ == "ccomp" and v.head.lemma_.lower() in REPORTING:
            return any(c.dep_ == "conj" and c.pos_ == "VERB" and c.i > tok.i and tok not in c.subtree
                       for c in v.children)
    return False


def where_said(lex: Lexicon, sent: SpacySpan) -> set[int]:
    """The tokens of a phrase naming where words are said ("said in a statement", "wrote in
    a post on X", "Speaking on a visit to a factory in Leeds"): no target of what is said."""
    out: set[int] = set()
    for v in sent:  # (one pass: the "according to" phrases below are read in it too)
        if v.lower_ == "according" and any(c.lower_ == "to" and c.dep_ == "prep" for c in v.children):
            out |= {x.i for x in v.subtree}  # "..., he said, according to the Saudi Press Agency": the source, not the issue
        if v.pos_ not in {"VERB", "AUX"} or (v.lemma_.lower() not in lex.speech and v.lemma_.lower() not in {"speak", "talk"}):
            continue
        for heard in v.children:  # "told reporters", "told the BBC", "speaking to Fox News": whom, not what
            if (heard.dep_ in {"dobj", "dative"} and v.lemma_.lower() == "tell") or (
                    heard.dep_ == "prep" and heard.lower_ == "to" and v.lemma_.lower() in {"speak", "talk"}):
                obj = heard if heard.dep_ != "prep" else next((c for c in heard.children if c.dep_ == "pobj"), None)
                if obj is not None and (audience(lex, obj) or hearers(obj)):  # (the words up to its head: a clause may hang on it)
                    out |= {x.i for x in heard.subtree if x.i <= obj.i}
        for prep in v.children:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ == "prep" else None
            if obj is not None and prep.lower_ in SAID_IN and obj.lemma_.lower() in lex.channels:
                out |= {x.i for x in prep.subtree}
    return out


def hearers(obj: Token) -> bool:
    """Unnamed people told something ("told cheering supporters", "told the crowd that ..."): those
    who hear it, not what it is about; (those told to act, "told ministers to ...", are the demand's)."""
    return obj.pos_ == "NOUN" and not obj.ent_type_ and obj.head.lemma_.lower() == "tell" \
        and not any(c.dep_ == "xcomp" for c in obj.head.children)


ONLOOKING = frozenset({"look", "watch", "listen", "cheer", "applaud", "wait"})


def onlookers(sent: SpacySpan) -> set[int]:
    """The words of a clause of people watching the act ("said as reporters looked on", "while
    supporters cheered"): a scene, not what a position is about."""
    out: set[int] = set()
    for v in sent:
        if v.dep_ == "advcl" and v.lemma_.lower() in ONLOOKING and any(
                m.dep_ == "mark" and m.lower_ in {"as", "while"} for m in v.children):
            out |= {x.i for x in v.subtree}
    return out


def audience(lex: Lexicon, tok: Token) -> bool:
    """The phrase headed by ``tok`` names reporters or an outlet (``Lexicon.audience``)."""
    return lex.audience(" ".join(t.text for t in tok.subtree if t.i <= tok.i and t.dep_ not in {"det", "punct"}))


def characterisations(sent: SpacySpan) -> set[int]:
    """The words that say what an object is called ("calling it [a fantastic victory]", "dismissed the
    demand as [wishful thinking]"): the verdict on the object, never what the position is about."""
    out: set[int] = set()
    for v in sent:
        if v.pos_ != "VERB" or not any(c.dep_ == "dobj" for c in v.children):
            continue
        for c in v.children:
            if c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as" and c.i > v.i):
                out |= {x.i for x in c.subtree}
    return out


HARM_NOUNS = frozenset({"blow", "setback"})


def harmed(sent: SpacySpan) -> set[int]:
    """The words of what a harm is done to ("dealt a serious blow to [the peace process]", "a setback
    for [reform]"): the cause hurt, which no stance of the speaker's is against (what dealt it is)."""
    out: set[int] = set()
    for n in sent:
        if n.lemma_.lower() in HARM_NOUNS and n.pos_ == "NOUN":
            holders = [n, n.head] if n.dep_ == "dobj" else [n]  # "dealt a blow [to ...]" hangs on the verb
            for c in (c for h in holders for c in h.children):
                if c.dep_ == "prep" and c.lower_ in {"to", "for"}:
                    out |= {x.i for x in c.subtree}
    return out


REFERRING = {"he", "she", "him", "her", "they", "them"}


def referred_actor(lex: Lexicon, resolver: ActorResolver, t: Token, speaker: Mention | None) -> Target | None:
    """The actor a third-person pronoun or a role phrase stands for ("He is destroying
    this country", "accused the minister of lying"): whom an accusation or praise is
    about where no name is given. The resolver is left as it was."""
    pronoun = t.lower_ in REFERRING and t.dep_ != "poss"  # "her party" is no target "her"
    if not (pronoun or (t.pos_ == "NOUN" and not t.ent_type_ and t.lemma_.lower() in lex.role_nouns)):
        return None
    with left_as_it_was(resolver):
        try:
            m = resolver.resolve(t, speaker)
        except (IndexError, ValueError):
            m = None
    return m.actor if m is not None else None


def target_candidates(lex: Lexicon, resolver: ActorResolver, sent: SpacySpan, topic_of,
                      speaker: Mention | None = None) -> list[TargetCand]:
    """Noun phrases (bare, with their of-phrase), named actors and verbs with
    their objects: what a position in this sentence may be about."""
    out: dict[str, TargetCand] = {}
    venue = where_said(lex, sent) | characterisations(sent) | onlookers(sent) | harmed(sent)

    def add(label: str, target: Target | None, feats: set[str], tok: Token) -> None:
        label = label.strip(" ,.;:'\"“”‘’")
        if not label or len(label.split()) > 8:
            return
        key = label.lower()
        if key in out:
            out[key].feats |= feats
            return
        out[key] = TargetCand(label, target, set(feats), tok)

    for t in sent:
        if t.i in venue:
            continue
        if t.pos_ in {"NOUN", "PROPN"} and t.ent_type_ not in TIME_ENTS:
            if t.dep_ == "compound" or (t.ent_iob_ == "I" and t.head.ent_iob_ == "I" and t.head.i > t.i):
                continue  # only heads
            base = {f"head:{t.lemma_.lower()}", f"tdep:{t.dep_}", f"tpos:{t.pos_}",
                    f"thead:{t.head.lemma_.lower()}"}
            if t.dep_ == "pobj":
                base.add(f"tprep:{t.head.lower_}")
                base.add(f"tprep_head:{t.head.head.lemma_.lower()}")
            if (rel := lex.nouns.get(t.lemma_.lower())):
                base.add(f"is_cue_noun:{rel}")
            if t.ent_type_ in ACTOR_ENTS:
                ent = ent_of(t)
                actor = resolver.entity_actor(ent) if ent is not None else None
                if actor is not None:
                    add(actor.label, actor, base | {"form:actor", f"tkind:{actor.kind}"}, t)
            elif (actor := referred_actor(lex, resolver, t, speaker)) is not None:
                add(actor.label, actor, base | {"form:actor", f"tkind:{actor.kind}", "referred"}, t)
            toks = np_tokens(t)
            found, label = topic_of(toks), label_of(toks)
            add(label, phrase_topic(label, found, t),
                base | {"form:np", f"len:{bucket(len(toks))}"} | ({"vocab"} if found else set()), t)
            ext = of_extension(t)
            if ext is not None:
                add(label_of(toks + ext), None, base | {"form:np_of", f"len:{bucket(len(toks) + len(ext))}"}, t)
        elif t.pos_ == "PRON" and (actor := referred_actor(lex, resolver, t, speaker)) is not None:
            add(actor.label, actor, {f"tdep:{t.dep_}", "tpos:PRON", f"thead:{t.head.lemma_.lower()}", "form:actor",
                                     f"tkind:{actor.kind}", "referred"}, t)
        elif t.pos_ == "VERB" and t.dep_ in {"xcomp", "ccomp", "pcomp", "advcl", "acl", "relcl", "conj"} \
                and t.lemma_.lower() not in REPORTING:  # "said ... and urged ministers to rethink": the act, no issue
            obj = next((c for c in t.children if c.dep_ in {"dobj", "attr"} and c.pos_ in {"NOUN", "PROPN"}), None)
            base = {f"head:{t.lemma_.lower()}", f"tdep:{t.dep_}", "tpos:VERB", f"thead:{t.head.lemma_.lower()}"}
            verb = [t, *(c for c in t.children if c.dep_ == "prt")]  # "stand down", not "stand"
            if obj is not None:
                obj = counted(obj) or obj  # "protect thousands of jobs": protect jobs
                act = light_act(obj)
                add(label_of(act) if act else label_of([*verb, *np_tokens(obj)]), None, base | {"form:verb_obj"}, t)
            add(" ".join(x.text for x in verb), None, base | {"form:verb"}, t)
    return list(out.values())


# nouns that name no issue but the act their infinitive or "of" phrase names ("saw no need to change
# his campaign", "stand little chance of redress", "the perfect opportunity to call attention to poverty")
LIGHT_NOUNS = frozenset({"need", "way", "chance", "opportunity", "ability", "right", "time", "means"})


def light_act(obj: Token) -> list[Token]:
    """The words of the act a light noun object stands for (its infinitive clause or "of" object)."""
    if obj.lemma_.lower() not in LIGHT_NOUNS:
        return []
    for c in obj.children:
        if c.dep_ in {"acl", "relcl"} and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return [x for x in c.subtree if not (x.dep_ == "aux" and x.head == c) and x.dep_ not in {"det", "punct"}]
        if c.dep_ == "prep" and c.lower_ == "of" and (p := next((x for x in c.children if x.dep_ == "pobj"), None)) is not None:
            return np_tokens(p)
    return []


CROSSED = ("tdep:", "form:", "tkind:", "tprep:", "vocab", "path:")


def head_vector(cand: TargetCand) -> np.ndarray | None:
    """The parser's vector of a target's head word, unit length (cached on the candidate)."""
    if cand.vec is None:
        cand.vec = unit_vector([cand.token]) if cand.token is not None else None
        if cand.vec is None:
            cand.vec = np.zeros(0)
    return cand.vec if cand.vec.size else None


def similarity(actor: ActorCand, cand: TargetCand) -> float:
    """Cosine of what the actor's clause says and the target's head word: a
    position is about what its clause is about (train CV full F1 0.156 -> 0.162)."""
    v = head_vector(cand)
    if v is None or actor.vec is None or actor.vec.shape != v.shape:
        return 0.0
    return round(float(actor.vec.dot(v)), 4)  # (``.dot``: the same ddot as ``@``, without the matmul ufunc's overhead)


@dataclass(frozen=True)
class Anchor:
    """What each of an actor's pairs reads of the actor's token, found once per
    actor rather than once per target: the verb it is subject of, its ancestors."""

    verb: Token | None
    up: dict[int, int]  # ``phrases.ancestry`` of the token


def anchor_of(actor: ActorCand) -> Anchor | None:
    return Anchor(governing_verb(actor.token), ancestry(actor.token)) if actor.token is not None else None


def chain_of(cand: TargetCand) -> tuple[int, ...]:
    """The indices of the candidate's word and of its ancestors, upward: read by every actor
    the candidate is paired with, so once per sentence rather than once per pair."""
    if cand.chain is None:
        cand.chain = (cand.token.i, *(t.i for t in cand.token.ancestors))
    return cand.chain


def head_forms(cand: TargetCand) -> tuple[str, str]:
    """The candidate's word and its lemma, lower case: read by every actor it is paired with."""
    if cand.words is None:
        cand.words = (cand.token.lower_, cand.token.lemma_.lower())
    return cand.words


def pair_static(actor: ActorCand, cand: TargetCand, anchor: Anchor | None = None) -> dict[str, float]:
    """Features of a target given the actor, whatever the relation (binary ones
    at 1.0, and the clause-target similarity); ``anchor``: ``anchor_of(actor)``,
    where the caller pairs the actor with many targets."""
    f = set(cand.feats)
    if cand.target is not None and cand.target == actor.actor:
        f.add("is_actor")
    if cand.token is not None:
        f |= {f"doc_pos:{r}" for w in head_forms(cand) for r in actor.doc_positions.get(w, ())}
    if actor.token is not None and cand.token is not None:
        anchor = anchor or anchor_of(actor)
        chain = chain_of(cand)
        f.add(f"path:{bucket(steps(anchor.up, chain))}")
        verb = anchor.verb
        if verb is not None and cand.token.head.i == verb.i:
            f.add(f"child_of_actor_verb:{cand.token.dep_}")
        if verb is not None and verb.i in chain[1:]:
            f.add("under_actor_verb")
        f.add("after_actor" if chain[0] > actor.token.i else "before_actor")
    else:
        f.add("no_actor_token")
    for d in actor.rule_drafts:
        t = d.target
        if t is not None and (t.label.lower() == cand.label.lower() or cand.label.lower() in t.label.lower()):
            f.add("rule_target")
            f.add(f"rule_target:{d.relation}")
    out = dict.fromkeys(f, 1.0)
    sim = similarity(actor, cand)
    if sim:
        out["sim"] = sim
        out[f"sim_b:{int(sim * 4)}"] = 1.0
    return out


def crossing(static: dict[str, float]) -> tuple[tuple[str, ...], bool]:
    """What ``pair_relational`` reads of a target's static features: those it
    crosses with the relation, and whether any position elsewhere was about it
    (read once per target rather than once per relation tried)."""
    return tuple([x for x in static if x.startswith(CROSSED)]), any(map(str.startswith, static, repeat("doc_pos:")))


def pair_relational(relation: str, actor: ActorCand, static: dict[str, float],
                    crossed: tuple[tuple[str, ...], bool] | None = None) -> set[str]:
    """The features that cross a target's static ones with the relation
    (``crossed``: ``crossing(static)``, where the caller has it). ``relational_odds``
    scores these without naming them: a change here goes there too (a test compares them)."""
    names, any_doc = crossed if crossed is not None else crossing(static)
    f = {f"{relation}|{x}" for x in names}
    f.add(f"rel:{relation}")
    if f"doc_pos:{relation}" in static:
        f.add("doc_same_position")  # the rules read this actor's position on it elsewhere: the same
    elif any_doc:
        f.add("doc_other_position")
    if f"rule_target:{relation}" in static:
        f.add("rule_target_same_rel")
    return f


def relational_odds(model: LinearModel, relation: str) -> Callable[[dict[str, float], tuple], float]:
    """``(static, crossed) -> model.log_odds(pair_relational(relation, _, static, crossed),
    bias=False)`` without formatting a feature name per target: the relation's
    weights are looked up once, the crossed ones by the static name. The same
    weights reach ``math.fsum``, an exact sum, so the same log-odds to the bit.
    Built once per model and relation (asked per actor candidate)."""
    key = ("relational_odds", relation)
    odds = model.derived.get(key)
    if odds is None:
        odds = model.derived[key] = _relational_odds(model, relation)
    return odds


def _relational_odds(model: LinearModel, relation: str) -> Callable[[dict[str, float], tuple], float]:
    crossed_w, rel_w = model.crossed_odds(f"{relation}|"), model.weight(f"rel:{relation}")
    same_pos, same_rule = f"doc_pos:{relation}", f"rule_target:{relation}"
    same_w, other_w, rule_w = (model.weight(x) for x in ("doc_same_position", "doc_other_position",
                                                          "rule_target_same_rel"))
    memo: dict[tuple, float] = {}  # the same crossed names recur: a target paired with each actor of its sentence

    def odds(static: dict[str, float], crossed: tuple[tuple[str, ...], bool]) -> float:
        key = (crossed, same_pos in static, same_rule in static)
        z = memo.get(key)
        if z is None:
            names, any_doc = crossed
            get = crossed_w.get
            ws = [get(x, 0.0) for x in names] + [rel_w]
            if key[1]:
                ws.append(same_w)
            elif any_doc:
                ws.append(other_w)
            if key[2]:
                ws.append(rule_w)
            if len(memo) >= 200_000:  # (bounded, for a long-running process)
                memo.clear()
            z = memo[key] = math.fsum(ws)
        return z

    return odds


def pair_features(relation: str, actor: ActorCand, cand: TargetCand) -> dict[str, float]:
    """Features of a target given the actor and relation chosen."""
    static = pair_static(actor, cand)
    return static | dict.fromkeys(pair_relational(relation, actor, static), 1.0)
