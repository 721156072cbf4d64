"""Whose act a coordinated verb is: the conjunct the small model hangs on the wrong verb
("expects Russia to confirm a truce and declared its readiness"), the reporter's own act after
"and" hung on the reported clause ('said the conditions were "unacceptable" and called on Berlin
to drop them'), and a conjunct that shares the first verb's "will"."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import to_come


def conj_head(t: Token) -> Token:
    """The verb a conjunct is coordinated with. The small model hangs a finite
    verb on an infinitive ("expects Russia to confirm a truce and declared its
    readiness"): then the conjunct belongs to the finite verb above."""
    h = t.head
    if t.tag_ in {"VBD", "VBZ", "VBP"} and h.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in h.children):
        while h.head != h and h.tag_ in {"VB", "VBG"}:
            h = h.head
    return h


REPORTERS_ACTS = {"call", "urge", "demand", "ask", "add", "warn", "insist", "accuse", "argue", "press", "vow",
                  "threaten", "pledge", "promise"}  # "said the test was a response and threatened to ..."


def bare_verb(verb: Token) -> bool:
    """A conjunct with no auxiliary and no subject of its own: it shares the first verb's
    (or, hung wrongly, belongs to the verb above it)."""
    return not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children)


def reported_above(h: Token) -> Token | None:
    """The reported clause (a ccomp) a noun's clause sits in: "said it had [evidence that ...]"."""
    if h.dep_ not in {"acl", "relcl"}:
        return None
    top = h
    while top.dep_ in {"acl", "relcl", "dobj", "pobj", "prep", "conj", "attr", "xcomp"} and top.head != top:
        top = top.head
    return top if top.dep_ == "ccomp" else None


def bound_reporter(t: Token) -> Token | None:
    """"said Mr Blair was out of touch and accused him of ...", "said Mr Kilroy-Silk was welcome to go
    and accused him": "him" cannot be the one who accuses, so the reported clause's named subject is not;
    the reporter is (the act after "and" in the reporter's simple past, hung anywhere in the clause)."""
    if t.tag_ != "VBD" or not bare_verb(t) or not any(c.dep_ == "dobj" and c.lower_ in {"him", "her"} for c in t.children):
        return None
    top = t.head
    while top.dep_ in {"xcomp", "acomp", "conj"} and top.head != top:
        top = top.head
    subj = next((c for c in top.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    # the reporter must come first: in "Ban spoke to Jammeh and urged him ..., his spokesman said" the
    # clause, act after "and" included, is the spokesman's report of Ban's acts and "him" is Jammeh
    return top.head if top.dep_ == "ccomp" and top.head.tag_ == "VBD" and subj is not None \
        and subj.pos_ == "PROPN" and top.head.i < top.i else None


def reporters_conjunct(t: Token) -> Token | None:
    """'Oxfam said the conditions were "unacceptable" and called on Berlin to
    drop them': the parser hung the reporter's next act on the reported clause,
    a thing's copula; the act is the reporting verb's subject's."""
    h = t.head
    if (reporter := bound_reporter(t)) is not None:
        return reporter
    if h.dep_ == "xcomp" and h.tag_ == "VB" and t.tag_ == "VBD" and h.head.dep_ == "ccomp":
        h = h.head  # "said government forces were to blame and called on the UN": the copula's clause
    if h.dep_ != "ccomp" and (top := reported_above(h)) is not None:
        # "said it had evidence that detainees had been beaten and demanded access", "said Washington had
        # failed to rein in groups it backs and accused the coalition": the act after "and", in the
        # reporter's simple past, hung deep in the reported clause's past perfect
        perfect = any(c.dep_ == "aux" and c.lower_ == "had" for x in (h, top) for c in x.children)
        plain = t.tag_ == "VBD" and bare_verb(t)
        return top.head if perfect and plain and t.lemma_.lower() in REPORTERS_ACTS and top.head.tag_ == "VBD" else None
    # "said British forces would stay ... and praised the troops": a finite verb cannot share the
    # reported clause's modal, whatever the act
    modal = h.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in h.children)
    if h.dep_ != "ccomp" or t.tag_ != h.head.tag_ or t.tag_ not in {"VBD", "VBZ"}:
        return None
    subj = next((c for c in h.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return None
    # "said Labour had "no plan" and called for", "said Canada had taken advantage ... and praised Trump":
    # the reported clause is in the past perfect, the act after "and" in the reporter's simple past
    # ("said the prime minister was putting his coalition first and called for elections": the progressive
    # likewise; a simple past cannot share the reported clause's "had" or "was")
    perfect = (h.lemma_ == "have" and h.tag_ == "VBD") or any(c.dep_ == "aux" and c.lower_ == "had" for c in h.children)
    progressive = h.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in {"was", "were"} for c in h.children)
    if (perfect or progressive) and t.tag_ == "VBD" and bare_verb(t):
        # "said the prime minister had wanted a compromise but accepted the will of MPs": "but" sets the
        # act against the reported subject's own wish, so it is the subject's, not the reporter's
        return None if any(c.dep_ == "cc" and c.lower_ in {"but", "yet"} for c in h.children) else h.head
    if t.lemma_.lower() not in REPORTERS_ACTS and not modal:
        return None
    if modal and bare_verb(t):
        return h.head
    if h.lemma_ != "be" or subj.pos_ in {"PRON", "PROPN"} or subj.ent_type_:
        return None
    return h.head


def shares_will(verb: Token) -> bool:
    """A conjunct with no auxiliary or subject of its own shares the first verb's "will" or "would"
    ("would scrap the council tax and replace it with a local income tax")."""
    return verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and to_come(verb.head) \
        and bare_verb(verb)


# what only an active verb takes: "urged the government", "said he would", "called on X to"
ACTIVE_COMPLEMENTS = frozenset({"dobj", "ccomp", "xcomp", "dative"})


def passive_partner_subject(t: Token) -> Token | None:
    """"The EU was concerned by the detention and urged the government to release him", "is expected to
    back it and has called on France": an active conjunct of a passive verb shares its passive subject
    (the parser gives the conjunct none; the agent is not it). Active means a finite verb, or one with
    its own "has", that takes an object or a clause; "was arrested and charged with" stays passive.
    Not in a reported clause: "said the plan was rejected and called for ..." is the reporter's.
    (dev 0.3361 -> 0.3368, train and seeds unchanged.)"""
    if t.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass", "auxpass", "agent"} for c in t.children) \
            or nearer_conjunct(t) is not None:
        return None
    h = conj_head(t)
    own_have = any(c.dep_ == "aux" and c.lemma_ == "have" for c in t.children)
    if h.dep_ in {"ccomp", "relcl"} or not (t.tag_ in {"VBD", "VBZ", "VBP"} or (t.tag_ == "VBN" and own_have)):
        return None
    if not any(c.dep_ in ACTIVE_COMPLEMENTS or (c.dep_ == "prep" and c.lower_ in {"on", "for"}) for c in t.children):
        return None
    if not any(c.dep_ == "auxpass" for c in h.children):
        return None
    return next((c for c in h.children if c.dep_ == "nsubjpass"), None)


def reported_conjunct(t: Token) -> Token | None:
    """"Pence pledged that Trump is in favor of free trade, but wants tougher deals": the parser hung
    the present "wants" on the past reporting verb; a present verb cannot share a past reporter's
    subject, so it continues the reported clause in the present, whose subject holds the stance
    (GUIDELINES: a relayed position is its holder's, not the messenger's)."""
    h = t.head
    if t.dep_ != "conj" or t.tag_ not in {"VBZ", "VBP"} or h.tag_ != "VBD" or not bare_verb(t):
        return None
    return next((c for c in h.children if c.dep_ == "ccomp" and c.i < t.i and c.tag_ == t.tag_
                 and any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)), None)


def nearer_conjunct(t: Token) -> Token | None:
    """"Lungu was declared the winner, but Hichilema rejected the result and said he would challenge
    it": the parser hung "said" on the first verb beside "rejected"; a conjunct with no subject of its
    own shares that of the nearest conjunct before it that has one, not the first verb's (probew16o)."""
    if t.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in t.children):
        return None
    h = t.head
    between = [c for c in h.children if c.dep_ == "conj" and h.i < c.i < t.i and c.pos_ in {"VERB", "AUX"}
               and any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)]
    return between[-1] if between else None
