"""Blame laid by an idiom: "said home-grown militants were to blame" accuses the militants,
and so does "said Russia was responsible for the attack" or "was behind the bombing".
"Blame" there is no act of its grammatical subject (the one blamed), but the speaker's
verdict on it, read like reported wrongdoing (``EvaluativeRules.reported_wrong``)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.lexicon import Lexicon
from kg.extract.undelivered import undelivered
from kg.extract.valence import strong_valence


def to_blame(tok: Token) -> Token | None:
    """The copula of "X is to blame" (whose subject is the one blamed), for ``tok`` its "blame"."""
    if tok.lemma_.lower() != "blame" or tok.dep_ != "xcomp" or tok.head.lemma_ != "be":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) or any(c.dep_ == "dobj" for c in tok.children):
        return None
    return tok.head


# crimes one is said to be behind or responsible for whose words VADER does not charge ("said the IRA
# was behind the raid", "China was behind the hack"; probebbc16, PolNeAR train)
CRIMES = frozenset({"robbery", "raid", "theft", "heist", "hack", "hacking", "cyberattack", "bombing", "kidnapping",
                    "shooting", "arson", "assassination", "plot", "coup", "leak", "riot", "riots", "bribery",
                    "extortion", "sabotage", "vandalism"})


def is_wrong(lex: Lexicon, noun: Token) -> bool:
    """A noun naming a wrong or a harm ("the attack", "the deaths", "the collapse of the talks"), by the
    wrongdoing nouns of ``cues.toml``, the crimes above or VADER's strongly negative words; "security" is none."""
    return noun.lemma_.lower() in lex.wrong_nouns or noun.lemma_.lower() in CRIMES or -1 in (strong_valence(noun.lemma_.lower()),
                                                            strong_valence(noun.lower_))


def culprit_copula(lex: Lexicon, tok: Token) -> Token | None:
    """The copula of "X was responsible for <a wrong>" or "X was behind <a wrong>" (whose subject
    is the one blamed), for ``tok`` its "responsible" or "behind"."""
    if tok.dep_ != {"responsible": "acomp", "behind": "prep"}.get(tok.lower_):
        return None  # (asked of every word: its own word first, its head only then)
    copula = tok.head
    if copula.lemma_ != "be":
        return None
    prep = tok if tok.lower_ == "behind" else next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    wrong = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return copula if wrong is not None and is_wrong(lex, wrong) else None


# what one breaks to do wrong: "had broken its promises", "broke the ceasefire" (not "broke the deadlock")
BROKEN_WORDS = frozenset({"promise", "pledge", "vow", "word", "commitment", "law", "rule", "ceasefire", "truce",
                          "agreement", "deal", "treaty", "accord", "oath", "embargo"})


def broken_word(tok: Token) -> bool:
    """"had broken its promises": a pledge, law or truce broken is a wrong, as "violated" is (the
    parser also reads "had [broken promises]", the verb "have" with an adjective)."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "VERB" and lemma in {"break", "have"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in BROKEN_WORDS and (lemma == "break" or any(
            a.dep_ == "amod" and a.lower_ == "broken" for a in c.children)) for c in tok.children)


# what an act is said to be used as, which charges its user with bad faith ("was using the incident as a pretext")
PRETEXTS = frozenset({"pretext", "excuse"})


def pretext_use(tok: Token) -> bool:
    """"Riyadh was using the incident as a pretext to fuel tensions": an active use of something as a pretext."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in {"use", "exploit"} and not any(
        c.dep_ == "auxpass" for c in tok.children) and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(p.dep_ == "pobj" and p.lemma_.lower() in PRETEXTS for p in c.children)
        for c in tok.children)


# what is let decay by one who should have stopped it ("had let standards slip"; not "let the talks go on")
LET_DECAY = frozenset({"slip", "drift", "fester", "rot", "deteriorate", "crumble"})


# force used wrongly ("had used excessive force"): force alone is an act of office, not a wrong
EXCESSIVE = frozenset({"excessive", "disproportionate", "unlawful", "illegal", "indiscriminate", "brutal", "unnecessary"})


def phrasal_wrong(tok: Token) -> bool:
    """A wrong named by a phrase, not a verb alone: "had let down pensioners", "had let standards slip",
    "had taken Scotland for granted", "said Japan had crossed a red line", "had lost control of his party"
    (probe news; none in train or dev)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in {"let", "take", "cross", "lose", "use", "water"}:
        return False
    if lemma == "water":  # "ministers have watered down the law" (probebbc10): a law or pledge weakened
        return any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children)
    if lemma == "use":  # "said police had used excessive force": force used to excess (not "used force to disperse")
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "force" and any(
            a.dep_ == "amod" and a.lower_ in EXCESSIVE for a in c.children) for c in tok.children)
    if lemma == "lose":  # "said Mr Blair had lost control of his own party": a grip lost is a failing charged
        return any(c.dep_ == "dobj" and c.lemma_.lower() in {"control", "grip"} and not any(
            d.dep_ == "det" for d in c.children) for c in tok.children)
    if lemma == "cross":
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "line" and any(a.lower_ == "red" for a in c.children)
                   for c in tok.children)
    if lemma == "let":
        return any(c.dep_ == "prt" and c.lower_ == "down" or c.dep_ in {"ccomp", "xcomp"} and c.lemma_.lower() in LET_DECAY
                   for c in tok.children)
    return any(c.lower_ == "granted" and (c.dep_ == "advcl" or c.dep_ == "pobj" and c.head.lower_ == "for")
               for c in tok.subtree if tok.i in {c.head.i, c.head.head.i})


def bears_blame(lex: Lexicon, tok: Token) -> bool:
    """"said Brussels bore part of the blame for the outcome", "the government bears responsibility for the
    deaths": blame borne is blame laid, as "was to blame"; responsibility only for a wrong (not "for security")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in {"bear", "shoulder", "carry"}:
        return False
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        held = [obj, *(p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")]
        for noun in held:
            if noun.lemma_.lower() == "blame":
                return True
            if noun.lemma_.lower() == "responsibility" and any(
                    c.dep_ == "prep" and c.lower_ == "for" and any(p.dep_ == "pobj" and is_wrong(lex, p) for p in c.children)
                    for c in noun.children):
                return True
    return False


def wrong_at(lex: Lexicon, tok: Token) -> Token | None:
    """The verb whose subject a reported wrong or blame accuses: a wrongdoing verb itself
    ("Hamas had violated the truce", "had broken its promises"), or the copula of "X was to
    blame", "X was behind it"."""
    if tok.pos_ == "VERB" and (tok.lemma_.lower() in lex.wrong_verbs or broken_word(tok) or pretext_use(tok)
                               or phrasal_wrong(tok) or bears_blame(lex, tok) or undelivered(tok)):
        return tok  # (asked of every word: each of these tests is of a verb, so the tag is read once, first)
    return to_blame(tok) or culprit_copula(lex, tok)


def blamed_on(verb: Token) -> Token | None:
    """The one blamed in "blamed the delays on the unions" (the unions, not the delays); the
    parser hangs the "on" phrase on the verb or on its object."""
    if verb.lemma_.lower() != "blame":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None  # ("on Thursday blamed the media": a date before the object is no one blamed)
    return next((p for h in (verb, obj) for c in h.children if c.dep_ == "prep" and c.lower_ == "on" and c.i > obj.i
                 for p in c.children if p.dep_ == "pobj" and p.ent_type_ not in {"DATE", "TIME"}), None)


# nouns of a failing whose owner is blamed ("blamed the company's failure to invest")
FAILINGS = frozenset({"failure", "inability"})


def failed_owner(obj: Token | None) -> Token | None:
    """The one whose failure an accusing verb names ("blamed the company's failure to invest"): the
    owner is accused, not its failure."""
    if obj is None or obj.lemma_.lower() not in FAILINGS:
        return None
    return next((c for c in obj.children if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}), None)


def accused_body(lex: Lexicon, obj: Token | None) -> str | None:
    """The unnamed side an accusing verb's object names ("blamed the opposition for the collapse of
    the talks"): the side is the one accused, not an issue found further on in its phrase."""
    if obj is None or obj.pos_ != "NOUN":
        return None
    word = obj.lower_
    if word not in lex.collective_nouns | lex.group_nouns | lex.role_nouns:
        return None
    return " ".join(t.lower_ for t in obj.subtree if t.i <= obj.i and t.dep_ not in {"det", "poss", "punct"})
