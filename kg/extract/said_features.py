"""What an actor candidate SAYS, for the relation stage: the mood of its
quotation or reported clause rather than the reporting verb. Gold codes a
relation by meaning: "we must act now" demands, "we will not accept"
rejects, "they are liars" accuses, "it is a disgrace" opposes; ``says`` is
left for words with no position. The features are a few general classes
(modality, negation, the lexicon class of the said clause's own verb, an
evaluative word about a person), never the said words themselves.
Read by the relation stage only (``ActorCand.said``): train CV full 0.341 ->
0.343, dev full 0.273 -> 0.279, dev relation given actor 0.626 -> 0.639.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.doc_words import children
from kg.extract.valence import strong_valence
from kg.lexicon import Lexicon, fold

# modal words of obligation: "we must", "should", "need to", "has got to", "ought to"
OBLIGATION = {"must", "should", "ought", "need"}
# of intent or prediction: "we will", "is going to", "won't"
FUTURE = {"will", "shall", "'ll", "wo"}
PERSON_PRONOUNS = {"he", "she", "they", "you", "him", "her", "them"}
COPULAS = {"be", "seem", "look", "become", "remain", "sound"}


def _neg(t: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in {"never", "not", "n't"} for c in children(t)) or \
        any(c.dep_ == "neg" for c in children(t.head) if t.dep_ in {"aux", "auxpass"})


def _valence(lex: Lexicon, t: Token) -> int:
    ev = lex.evaluations.get(fold(t.text))
    if ev is not None:
        return 1 if ev > 0 else -1
    return strong_valence(t.lower_, 1.5)


def _personal(t: Token) -> bool:
    """A subject that is someone: a person's name, a pronoun of persons, a group of people."""
    return t.ent_type_ in {"PERSON", "NORP", "ORG"} or t.lower_ in PERSON_PRONOUNS


def modal_features(said: list[Token]) -> set[str]:
    """Obligation and intent in the said words, with their negation."""
    f: set[str] = set()
    for t in said:
        lemma = t.lemma_.lower()
        oblig = (t.tag_ == "MD" and lemma in OBLIGATION) or (
            lemma in {"need", "have", "get"} and any(c.dep_ == "xcomp" and any(
                a.lower_ == "to" for a in c.children if a.dep_ == "aux") for c in t.children)
            and (lemma != "get" or any(c.lemma_ == "have" for c in t.children)))
        if oblig:
            f.add("m.oblig_neg" if _neg(t) else "m.oblig")
            if any(c.dep_ == "nsubj" and c.lower_ in {"we", "i"} for c in (t.head if t.dep_ == "aux" else t).children):
                f.add("m.oblig_we")
        elif t.tag_ == "MD" and (lemma in FUTURE or t.lower_ in FUTURE):
            f.add("m.will_neg" if _neg(t) else "m.will")
        if lemma in {"refuse", "reject", "oppose", "disagree"} and t.pos_ == "VERB":
            f.add("m.refuse")
    return f


def said_features(lex: Lexicon, said: list[Token], quoted: bool) -> set[str]:
    """Mood and aim of the said words (a quotation, or the clause the candidate is the subject of)."""
    if not said:
        return set()
    p = "m.q" if quoted else "m.c"
    f = modal_features(said)
    inside = {t.i for t in said}
    roots = [t for t in said if t.head.i not in inside or t.head.i == t.i]
    for r in roots[:3]:
        if r.pos_ in {"VERB", "AUX"}:
            lemma = r.lemma_.lower()
            rel = lex.verbs.get(lemma)
            neg = _neg(r)
            if rel:
                f.add(f"{p}root_cue:{rel}{'&neg' if neg else ''}")
            if lemma in lex.speech:
                f.add(f"{p}root_speech")
            if neg:
                f.add("m.root_neg")
            if r.tag_ == "VB" and r.i == said[0].i and not any(c.dep_.startswith("nsubj") for c in r.children):
                f.add("m.imperative")  # "Do something about Erdogan!", "Stop the war"
    for t in said:
        lemma = t.lemma_.lower()
        rel = lex.verbs.get(lemma) if t.pos_ == "VERB" else lex.nouns.get(lemma) if t.pos_ == "NOUN" else \
            lex.adjectives.get(lemma) if t.pos_ == "ADJ" else None
        if rel:
            f.add(f"m.cue:{rel}")
        if t.pos_ in {"ADJ", "NOUN"} and t.dep_ in {"acomp", "attr"} and t.head.lemma_.lower() in COPULAS:
            subj = next((c for c in t.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            v = _valence(lex, t) or next((v for a in t.children if a.dep_ == "amod" and (v := _valence(lex, a))), 0)
            if v and subj is not None:
                who = "person" if _personal(subj) else "thing"
                f.add(f"m.pred:{who}:{'+' if v > 0 else '-'}{'&neg' if _neg(t.head) else ''}")
    if any(t.ent_type_ == "PERSON" for t in said):
        f.add("m.names_person")
    if any(t.text == "?" for t in said) or (said[-1].i + 1 < len(said[-1].doc) and said[-1].nbor().text == "?"):
        f.add("m.question")
    return f
