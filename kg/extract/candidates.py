"""Candidates for the learned stages: per sentence, who might take a position
(actor candidates, here) and what it might be about (target candidates, in
``kg.extract.target_candidates``), each with the features the linear models in
``kg.extract.learned`` score.

The rules of ``kg.extract.statements`` still run first; what they found
becomes features here ("the rules read an accusation by this actor"), so the
learned stages decide with the rules' evidence but are not bound by it.
Nothing here names an article: features are dependency labels, lemmas and
lexicon classes.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.actors import FIRST_PERSON, ActorResolver, Mention, ent_of
from kg.extract.descriptions import ACTOR_ENTS, SUBJECT_DEPS, description
from kg.extract.doc_words import children, subtree_ids
from kg.extract.name_runs import longer_name
from kg.extract.valence import tone
from kg.lexicon import Lexicon, fold
from kg.records import Actor, Span, Target, Topic

SKIP_TARGET_POS = {"PRON", "DET", "NUM", "PUNCT", "SYM", "SPACE"}
TIME_ENTS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}


@dataclass
class ActorCand:
    """One actor that may take a position in a sentence, with its evidence."""

    actor: Actor
    mention: Mention
    feats: set[str] = field(default_factory=set)
    token: Token | None = None  # the mention's head in this sentence (None: the quote's speaker)
    rule_drafts: list = field(default_factory=list)  # the rules' drafts for this actor here
    quote: Span | None = None  # the part of a quotation in this sentence its speaker said
    quote_parts: list[Span] = field(default_factory=list)  # every quotation part here credited to it
    speaker: Mention | None = None  # the mention that credits it with that quotation ('said Skelly')
    dense: dict[str, float] = field(default_factory=dict)  # the parser's vectors of what it says
    vec: np.ndarray | None = None  # the same, unit length (for the similarity to targets)
    doc_positions: dict[str, set[str]] = field(default_factory=dict)  # elsewhere: target word -> relations
    apposed: frozenset[int] = frozenset()  # tokens that say who it is, never what it stands for (``apposition``)
    said: frozenset[str] = frozenset()  # the mood of what it says, for the relation stage only (``said_features``)
    decision: tuple | None = field(default=None, compare=False, repr=False)  # (models, ``learned.decided``'s Decision)


@dataclass
class TargetCand:
    """A phrase (or an actor) a position in this sentence may be about."""

    label: str
    target: Target | None  # a vocabulary topic or an actor, else None (a phrase topic is minted later)
    feats: set[str] = field(default_factory=set)
    token: Token | None = None
    vec: np.ndarray | None = None  # the head word's unit vector, once asked for
    denied: bool | None = field(default=None, compare=False, repr=False)  # ``in_denied_act``, once asked for
    chain: tuple[int, ...] | None = field(default=None, compare=False, repr=False)  # ``chain_of``, once asked for
    words: tuple[str, str] | None = field(default=None, compare=False, repr=False)  # ``head_forms``, once asked for
    affiliating: tuple[int, ...] | None = field(default=None, compare=False, repr=False)  # ``target_options.affiliating``

    def as_target(self) -> Target:
        """The statement's target: the topic or actor it names, else a topic of its words."""
        return self.target if self.target is not None else Topic(label=self.label)


@dataclass
class SentenceUnit:
    """What the learned stages see of one sentence."""

    sent: SpacySpan
    span: Span
    actors: list[ActorCand]
    targets: list[TargetCand]
    feats: set[str]  # sentence-level features, shared by every actor candidate
    quotes: list[tuple[Span, bool]] = field(default_factory=list)  # parts of quotations here; credited to someone?


def is_name(t: Token) -> bool:
    """A word of a person's name: no word feature, so that the stages learn
    what is said, not what one person in train was coded saying ("trump",
    "blair"; on train and dev alike actor F1 rose by 0.007-0.008, full F1 held)."""
    return t.ent_type_ == "PERSON"


def clause_features(lex: Lexicon, tok: Token) -> set[str]:
    """Words and tone of the clause whose subject ``tok`` is (without the subject)."""
    verb = governing_verb(tok)
    if verb is None:
        return set()
    own = set(subtree_ids(tok))
    words = [i for i in subtree_ids(verb) if i not in own]
    cw, text = word_rows(tok.doc)
    f = {w for i in words if (w := cw[i]) is not None}
    return f | tone(" ".join([text[i] for i in words]), "c.")


_ROWS: list = [None, None]  # the last document and its rows: extraction runs one document at a time


def word_rows(doc: SpacyDoc) -> tuple[list[str | None], list[str]]:
    """Per token of ``doc``, its clause-word feature (None: punctuation, a stop word,
    a name) and its text, read once per document rather than once per candidate
    subject whose clause holds it (``clause_features``)."""
    if _ROWS[0] is not doc:
        cw = [f"cw:{t.lemma_.lower()}" if t.is_alpha and not t.is_stop and not is_name(t) else None for t in doc]
        _ROWS[0], _ROWS[1] = doc, (cw, [t.text for t in doc])
    return _ROWS[1]


DENSE_SCALE = 3.0


def unit_vector(tokens: list[Token]) -> np.ndarray | None:
    """The mean of the pipeline's token vectors (``doc.tensor``, the tok2vec
    layer the parser reads) over ``tokens``, at unit length; None where the
    pipeline keeps no tensor."""
    if not tokens:
        return None
    tensor = tokens[0].doc.tensor
    if tensor is None or len(tensor.shape) != 2 or tensor.shape[0] != len(tokens[0].doc):
        return None
    # one token (a target's head): its row, the same floats as the mean of one row, without the mean's cost
    if len(tokens) == 1:
        rows = tensor[tokens[0].i]
    else:  # ``.mean(axis=0)`` as numpy computes it (the sum, divided in place by the count), without its Python layer
        rows = _add(tensor[[t.i for t in tokens]], axis=0)
        np.true_divide(rows, np.intp(len(tokens)), out=rows, casting="unsafe")
    v = rows.astype(np.float64)
    norm = float(_add(v * v)) ** 0.5 or 1.0  # (``.sum()``: the same reduction)
    return v / norm


_add = np.add.reduce


def mean_tensor(tokens: list[Token], prefix: str, scale: float = DENSE_SCALE) -> dict[str, float]:
    """``unit_vector`` times ``scale`` as named features: what the words say,
    in a form that generalises past the words seen in training."""
    return dense_of(unit_vector(tokens), prefix, scale)


def dense_of(v: np.ndarray | None, prefix: str, scale: float = DENSE_SCALE) -> dict[str, float]:
    """``mean_tensor`` of a vector ``unit_vector`` made already (a candidate keeps both: the mean once)."""
    if v is None:
        return {}
    return dict(zip(dense_names(prefix, len(v)), round4(v * scale)))


def round4(w: np.ndarray) -> list[float]:
    """``[round(x, 4) for x in w.tolist()]``, the same doubles, in numpy: Python's ``round`` (a correctly
    rounded decimal conversion per number, about a microsecond each) had cost 338k calls per train build.
    Python rounds the exact value of x times 10^4 to the nearest integer k and returns the double nearest
    k / 10^4; numpy's product x * 1e4 is within 1e-11 of that exact value here (|x| <= 3), so its ``rint``
    is the same k wherever the product is not within 1e-6 of a half (there Python's round is asked), and
    the division of k by 1e4, one IEEE operation, is the double nearest k / 10^4."""
    p = w * 10000.0
    out = (np.rint(p) / 10000.0).tolist()
    for i in np.flatnonzero(np.abs(p - np.floor(p) - 0.5) < 1e-6).tolist():
        out[i] = round(float(w[i]), 4)
    return out


@lru_cache(maxsize=16)
def dense_names(prefix: str, n: int) -> tuple[str, ...]:
    """The names of ``mean_tensor``'s features, made once rather than per candidate."""
    return tuple(f"{prefix}{k}" for k in range(n))


def clause_tokens(tok: Token) -> list[Token]:
    verb = governing_verb(tok)
    if verb is None:
        return []
    own = set(subtree_ids(tok))
    return [t for t in verb.subtree if t.i not in own and not t.is_punct]


def bucket(n: int, edges: tuple[int, ...] = (0, 1, 2, 3, 5, 8)) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return "more"


def governing_verb(tok: Token) -> Token | None:
    """The verb a mention is the subject (or agent) of."""
    t = tok
    if t.dep_ == "pobj" and t.head.dep_ == "agent":
        return t.head.head
    if t.dep_ in SUBJECT_DEPS:
        return t.head
    return None


def sentence_features(lex: Lexicon, sent: SpacySpan, in_quote: bool, headline: bool) -> set[str]:
    f: set[str] = set()
    for t in sent:
        if t.is_stop or t.is_punct or not t.is_alpha:
            continue
        lemma = t.lemma_.lower()
        if not is_name(t):
            f.add(f"w:{lemma}")
        rel = lex.verbs.get(lemma) if t.pos_ in {"VERB", "AUX"} else lex.nouns.get(lemma) if t.pos_ == "NOUN" else None
        if rel:
            f.add(f"cue:{rel}")
        if t.pos_ == "ADJ" and lemma in lex.adjectives:
            f.add(f"cue:{lex.adjectives[lemma]}")
        if (ev := lex.evaluations.get(fold(t.text))) is not None:
            f.add(f"eval:{'+' if ev > 0 else '-'}")
        if t.dep_ == "neg":
            f.add("neg")
        if lemma in lex.speech and t.pos_ in {"VERB", "AUX"}:
            f.add("speech")
        if lemma in lex.wrong_verbs or lemma in lex.wrong_nouns:
            f.add("wrong")
    text = sent.text  # (a span's text is joined from its tokens anew on each read: once here, not five times)
    if '"' in text or "“" in text or "”" in text:
        f.add("quotemark")
    if "?" in text:
        f.add("question")
    f |= tone(text, "s.")
    if in_quote:
        f.add("in_quote")
    if headline:
        f.add("headline")
    return f


def verb_features(lex: Lexicon, verb: Token | None, prefix: str) -> set[str]:
    if verb is None:
        return {f"{prefix}none"}
    lemma = verb.lemma_.lower()
    f = {f"{prefix}lemma:{lemma}", f"{prefix}dep:{verb.dep_}"}
    if (rel := lex.verbs.get(lemma)):
        f.add(f"{prefix}cue:{rel}")
    if lemma in lex.speech:
        f.add(f"{prefix}speech")
    if any(c.dep_ == "neg" for c in children(verb)):
        f.add(f"{prefix}neg")
    for c in children(verb):
        if c.dep_ in {"dobj", "ccomp", "xcomp", "prep", "prt"}:
            f.add(f"{prefix}child:{c.dep_}")
            if c.dep_ in {"prep", "prt"}:
                f.add(f"{prefix}prep:{lemma}_{c.lower_}")
            if c.dep_ in {"ccomp", "xcomp"}:
                f.add(f"{prefix}comp:{c.lemma_.lower()}")
    return f


def apposition(lex: Lexicon, tok: Token | None) -> frozenset[int]:
    """The tokens of a phrase that names an actor with an apposition ("Cody Wofsy, an ACLU
    lawyer who argued the case", "The union's head of health, Helga Pile"): they say who the
    actor is, not what it stands for; a clause in it with a cue verb does ("Donald Trump, the
    nominee, who has called the deal a disaster")."""
    if tok is None:
        return frozenset()
    np_ = tok.head if tok.dep_ == "appos" and tok.head.pos_ in {"NOUN", "PROPN"} else tok
    said = {x.i for a in np_.subtree if a.dep_ in {"relcl", "acl"} and (
        a.lemma_.lower() in lex.verbs or a.lemma_.lower() in lex.evaluation_verbs) for x in a.subtree}
    if not any(a.dep_ == "appos" for a in children(np_)) and not any(
            a.dep_ == "appos" for p in affiliations(np_) for a in p.children):
        # a relative clause on a name says who it is too ("Doug Ford, who has clashed with Trump,"),
        # unless a verb in it speaks or takes a position ("Hilton, who has said he backs Brexit,")
        return frozenset(x.i for a in children(np_) if a.dep_ == "relcl" and np_.pos_ == "PROPN"
                         and not any(positional(lex, v) for v in a.subtree) for x in a.subtree)
    return frozenset(x.i for x in np_.subtree if x.i not in said) | hyphen_cut(np_)


def hyphen_cut(np_: Token) -> frozenset[int]:
    """The words of a hyphened title the parser cut off the apposed noun ("The Left party's co-leader,
    Magdalena Biejat": "co" and "-" beside "leader", each with its own phrase): who it is too."""
    doc, k = np_.doc, np_.i
    if k < 2 or doc[k - 1].text != "-" or doc[k - 1].head != np_.head or doc[k - 2].head != np_.head \
            or doc[k - 2].dep_ != np_.dep_:
        return frozenset()
    return frozenset(x.i for t in (doc[k - 2], doc[k - 1]) for x in t.subtree)


def positional(lex: Lexicon, tok: Token) -> bool:
    """``tok`` is a verb that speaks or may take a position."""
    lemma = tok.lemma_.lower()
    return tok.pos_ in {"VERB", "AUX"} and (lemma in lex.verbs or lemma in lex.evaluation_verbs or lemma in lex.speech)


def affiliations(np_: Token) -> list[Token]:
    """The bodies a role noun places its holder in ("a spokesman [for Unison], Britain's biggest
    union"): an apposition on them says who the actor is too."""
    return [p for c in np_.children if c.dep_ == "prep" and c.lower_ in {"for", "of", "at", "from"}
            for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"] if np_.pos_ == "NOUN" else []


@contextmanager
def left_as_it_was(resolver: ActorResolver):
    """Resolve for the candidates without the resolver remembering it: what the
    rules resolve next does not depend on the candidates read."""
    saved = (list(resolver.history), dict(resolver.subject_at), dict(resolver.groups), dict(resolver.people))
    try:
        yield resolver
    finally:
        resolver.history, resolver.subject_at, resolver.groups, resolver.people = saved


def mention_candidates(resolver: ActorResolver, sent: SpacySpan, speaker: Mention | None) -> list[tuple[Token, Mention]]:
    """Subjects, agents and named entities of the sentence, resolved to actors
    (or described, where no name is given). The resolver is left as it was."""
    with left_as_it_was(resolver):
        return _mentions(resolver, sent, speaker)


def _mentions(resolver: ActorResolver, sent: SpacySpan, speaker: Mention | None) -> list[tuple[Token, Mention]]:
    seen: set[int] = set()
    out: list[tuple[Token, Mention]] = []
    for t in sent:
        take = t.dep_ in SUBJECT_DEPS or (t.dep_ == "pobj" and t.head.dep_ == "agent")
        if not take and t.ent_iob_ == "B" and t.ent_type_ in ACTOR_ENTS:
            ent = ent_of(t)
            t = ent.root if ent is not None else t
            take = True
        if not take or t.i in seen or t.pos_ in {"DET", "NUM"}:
            continue
        seen.add(t.i)
        try:
            m = resolver.resolve(t, speaker)
        except (IndexError, ValueError):
            m = None
        if m is None:
            m = description(resolver, t)
        if (m := longer_name(resolver, t, m)) is not None:
            out.append((t, m))
    return out


def actor_features(lex: Lexicon, tok: Token, m: Mention, sent: SpacySpan) -> set[str]:
    f = {f"how:{m.how}", f"kind:{m.actor.kind}", f"dep:{tok.dep_}", f"pos:{tok.pos_}"}
    verb = governing_verb(tok)
    f |= verb_features(lex, verb, "v.")
    if verb is not None and verb.dep_ == "ROOT":
        f.add("subj_of_root")
    if tok.dep_ in {"poss", "compound", "amod"}:
        f.add(f"mod:{tok.head.lemma_.lower()}")
        if (rel := lex.nouns.get(tok.head.lemma_.lower())):
            f.add(f"mod_cue:{rel}")
    if tok.dep_ == "pobj":
        f.add(f"pobj_of:{tok.head.lower_}")
        f.add(f"pobj_head:{tok.head.head.lemma_.lower()}")
    if tok.ent_type_:
        f.add(f"ent:{tok.ent_type_}")
    if tok.lower_ in FIRST_PERSON:
        f.add("first_person")
    f |= clause_features(lex, tok)
    rel_pos = (tok.i - sent.start) / max(1, len(sent))
    f.add(f"at:{int(rel_pos * 4)}")
    return f
