"""A cue noun read as its own target. "Mr Hoon rejected the calls to quit" is about quitting, not
"calls"; "rejected demands that he step down" about stepping down: a noun of asking whose infinitive or
that-clause says what is asked names no issue itself (its clause does, and the stages read it too)."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.lexicon import Lexicon
from kg.records import Actor, Statement


def _infinitive(t: Token) -> bool:
    return t.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)


def sentence_at(sents: list[SpacySpan], offset: int) -> SpacySpan | None:
    """The parsed sentence holding a character offset (both checks look a statement's words up in it)."""
    return next((s for s in sents if s.start_char <= offset < s.end_char), None)


def asked_in_clause(noun: Token) -> bool:
    """The noun carries what is asked: "calls to quit", "demands that he step down", or (as the
    parser hangs it on the verb) "rejected calls from the opposition to postpone the vote"."""
    for c in noun.children:
        if c.dep_ in {"acl", "relcl"} and _infinitive(c):
            return True
        if c.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            return True
    return noun.dep_ == "dobj" and any(c.dep_ in {"advcl", "xcomp"} and c.i > noun.i and _infinitive(c)
                                       for c in noun.head.children)


def bare_asking(lex: Lexicon, st: Statement, stmts: list[Statement], sents: list[SpacySpan]) -> bool:
    """A statement whose target is only a noun of asking with its own clause, beside a statement of the
    same actor and relation there on something else (the clause's content)."""
    if st.target is None or isinstance(st.target, Actor) or " " in st.target.label.strip():
        return False
    if not any(o is not st and o.actor.label == st.actor.label and o.relation == st.relation
               and o.sentence.start == st.sentence.start and o.target is not None
               and o.target.label != st.target.label for o in stmts):
        return False
    sent = sentence_at(sents, st.sentence.start)
    if sent is None:
        return False
    word = st.target.label.strip().lower()
    cue = next((t for t in sent if st.cue is not None and t.idx == st.cue.start), None)
    # "demanded a date for ending oil production, a demand that Labour rejected": the cue's own noun
    # taken up again is the act, not what it is about
    return any(t.lower_ == word and t.pos_ == "NOUN" and (
        (lex.nouns.get(t.lemma_.lower()) == "demands" and asked_in_clause(t))
        or (cue is not None and cue.i != t.i and cue.lemma_.lower() == t.lemma_.lower())) for t in sent)


def empty_warning(lex: Lexicon, st: Statement, sents: list[SpacySpan]) -> bool:
    """A threat or warning noun read as its own target: "put out a warning on Tuesday" gives threatens
    "warning", "Trump's 4-word warning to Iran" threatens "4 word". The noun (or a count of its words)
    names no threatened act; with no complement of its own it carries none."""
    if st.cue is None or st.target is None or isinstance(st.target, Actor):
        return False
    sent = sentence_at(sents, st.cue.start)
    if sent is None:
        return False
    words = st.target.label.lower().replace("-", " ").split()
    # the cue itself, or the warning noun a light verb puts out ("put out a warning", cue "put")
    nouns = [t for t in sent if t.pos_ == "NOUN" and lex.nouns.get(t.lemma_.lower()) == "threatens"
             and (t.idx == st.cue.start or (len(words) == 1 and t.lower_ == words[0]))]
    for cue in nouns:
        if any(c.dep_ in {"prep", "acl", "ccomp", "relcl"} and c.lower_ != "to" for c in cue.children):
            continue  # "a warning of sanctions", "a warning that ...": it says what is threatened
        own = {cue.lower_, cue.lemma_.lower()}
        for m in cue.lefts:  # "4-word": a measure of the warning, no issue
            if m.dep_ in {"compound", "amod", "nmod"} and any(c.dep_ == "nummod" for c in m.children):
                own |= {x.lower_ for x in m.subtree}
        if words and all(w in own for w in words):
            return True
    return False
