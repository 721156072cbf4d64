"""Whom a learned accusation is about: the one what the actor says names as doing something. "The
Commission said the ruling Law and Justice party had not addressed its concerns about changes to the
Constitutional Tribunal" accuses the party, not the tribunal; "Lidington said: 'Ministers have had four
years to prepare ...'" accuses the ministers, not his own side. The learned target stage reads no
clause: it likes any actor named in the sentence, the victim or a party of another phrase as much as
the one said to act. Read by ``kg.extract.learned.decide`` where no rule read the actor's act."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.candidates import ActorCand, SentenceUnit, TargetCand
from kg.lexicon import fold, load_lexicon
from kg.records import Actor

ACTING_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
NO_PARTY = frozenset({"i", "we", "me", "us", "you", "it", "this", "that", "these", "those", "there", "what", "which",
                      "who", "one", "everyone", "everybody", "nobody", "anyone", "someone", "people"})
SPEECH_DEPS = frozenset({"ccomp", "parataxis"})
# verbs that say what their subject is or feels, not what it does
LINKING = frozenset({"be", "feel", "seem", "appear", "become", "remain", "look", "sound", "grow"})


def said_clauses(unit: SentenceUnit, c: ActorCand) -> list[Token]:
    """The heads of the clauses the actor says here: the clause its speech verb reports ("said [the
    party had not addressed ...]"), else the first clause of its quotation in this sentence."""
    if c.token is not None and c.token.dep_ == "nsubj" and c.token.head.pos_ == "VERB":
        verb = c.token.head
        if verb.lemma_.lower() in load_lexicon().speech:
            return [k for k in verb.children if k.dep_ in SPEECH_DEPS and k.pos_ in {"VERB", "AUX"}]
    q = c.quote
    if q is None or "speaker" not in c.feats:
        return []
    inside = [t for t in unit.sent if q.start <= t.idx < q.end]
    ids = {t.i for t in inside}
    return [t for t in inside if t.pos_ in {"VERB", "AUX"} and t.head.i not in ids or t.dep_ == "ROOT"][:1]


def acting_subject(verb: Token) -> Token | None:
    """The clause's active subject, if it can name a party (no pronoun of the speaker or of a thing)."""
    if verb.lemma_.lower() in LINKING:
        return None  # "Plaintiff was the only one ... reprimanded", "Mexicans had felt hurt": what one is, no deed
    subj = next((k for k in verb.children if k.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in NO_PARTY or subj.pos_ == "PRON" and subj.lower_ not in {"he", "she"}:
        return None
    return subj


NAMING_DEPS = frozenset({"compound", "nmod", "appos", "amod", "conj", "cc", "flat"})


def own_phrase(tok: Token) -> list[Token]:
    """The words naming the subject itself: its name, modifiers and appositions, not the phrases hung
    on it ("No nominee [in the history of the United States]" is no one of the United States)."""
    out = [tok]
    for k in tok.children:
        if k.dep_ in NAMING_DEPS:
            out += own_phrase(k)
    return out


def party_named(subj: Token, options: list[TargetCand]) -> TargetCand | None:
    """The option naming the party the subject is: an actor in the subject's phrase ("the ruling
    [Law and Justice] (PiS) party"), else the subject itself where it names people or a body."""
    span = {t.i for t in own_phrase(subj)}
    named = [t for t in options if isinstance(t.target, Actor) and t.token is not None and t.token.i in span
             and party_word(t.token, proper=True)]
    if named:
        return min(named, key=lambda t: abs(t.token.i - subj.i))
    own = next((t for t in options if t.token is not None and t.token.i == subj.i), None)
    return own if own is not None and party_word(subj) else None


def party_word(tok: Token, proper: bool = False) -> bool:
    """A word that names people or a body: a name, "he"/"she" (``proper``: where the resolver names
    whom), a role, group or collective noun ("ministers", "the opposition"); no common noun the
    resolver took for a name ("Abstaining is not supporting Rajoy")."""
    lex = load_lexicon()
    if fold(tok.lemma_.lower()) in lex.role_nouns | lex.group_nouns | lex.collective_nouns:
        return True
    if tok.pos_ == "PROPN":
        return proper or tok.ent_type_ in ACTING_ENTS
    return proper and tok.lower_ in {"he", "she"} or tok.pos_ != "NOUN" and tok.ent_type_ in ACTING_ENTS


def wrongdoer(unit: SentenceUnit, c: ActorCand, options: list[TargetCand]) -> TargetCand | None:
    """The party the actor's words say acts, where they say one does."""
    for verb in said_clauses(unit, c):
        subj = acting_subject(verb)
        if subj is not None:
            return party_named(subj, options)
    return None
