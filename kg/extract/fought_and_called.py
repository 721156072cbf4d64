"""What an act named as a fight or a call is about: "their campaign against the war" opposes the war,
"called for a new fund to compensate countries" asks for the fund; and a pledge that a thing will not
be ("vowed the airport would never be built") rules it out. Read by ``statements`` where a verb's object
is itself such an act, or a pledge's clause is negated."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import COMMITTING, object_of, pobj
from kg.extract.held_until import KEPT_UP
from kg.extract.modality import negated
from kg.lexicon import Lexicon


def called_thing(clause: Token) -> Token:
    """What a "for ... to" clause asks for: the thing an indefinite, unnamed subject names ("called for
    a new fund to compensate countries" asks for the fund, its purpose says what it is for); a named
    or definite subject ("for Israel to withdraw", "for the plans to be scrapped") is asked to act."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_ or any(c.dep_ == "auxpass" for c in clause.children) \
            or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in subj.children):
        return clause
    return subj


FIGHTS = frozenset({"fight", "battle", "campaign", "struggle"})  # nouns of acting against what follows "against"
AGAINST_VERBS = frozenset({"vote", "lobby", "protest", "rally", "speak"})  # verbs that act against what follows it


def fought(lex: Lexicon, tok: Token) -> Token | None:
    """What a fight kept up or led is against ("keep up their fight against top-up fees",
    "their campaign against the war", "to vote against the deal"): to support or urge the fight opposes its object;
    a fight kept up is the fight ("vowed to keep campaigning against military rule", "to continue to fight against")."""
    kept = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None) \
        if tok.pos_ == "VERB" and tok.lemma_.lower() in KEPT_UP and object_of(tok) is None else None
    tok = kept if kept is not None else tok
    if tok.pos_ == "VERB" and tok.lemma_.lower() in FIGHTS | AGAINST_VERBS and object_of(tok) is None:
        noun = tok  # "to campaign against the cuts", "to vote against the deal"
    else:
        noun = object_of(tok) if tok.pos_ == "VERB" else tok
    if noun is None or noun.lemma_.lower() not in FIGHTS | AGAINST_VERBS | lex.opposing_acts:
        return None
    against = next((pobj(c) for c in noun.children if c.dep_ == "prep" and c.lower_ == "against" and pobj(c) is not None), None)
    if noun is tok and tok.pos_ == "VERB" and against is not None and against.pos_ == "PRON":
        return None  # "to campaign against it": whose "it" is read elsewhere, not here
    return against


# verbs whose negation says the thing itself will not come about or be let be
BEING = frozenset({"happen", "exist", "occur", "allow", "permit", "tolerate"})


def _not_to_be(clause: Token) -> bool:
    return negated(clause) and (clause.lemma_.lower() in BEING or any(c.dep_ == "auxpass" for c in clause.children))


def ruled_out(tok: Token, target_tok: Token | None, obj: Token | None) -> str | None:
    """A pledge (``tok``, a verb of commitment) over a negated clause: "rejects" where the clause says
    its thing will not come about ("vowed the airport would never be built", "vowed he would never allow
    a coup"; or, the parser taking a headline clause's subject for the verb's object, "vows Palestinian
    state will not happen"); "drop" where it rules out some act of one's own ("promised he would never
    raise taxes", "promised the cap would not rise without a vote": its own cue speaks); else None."""
    if target_tok is None or tok.lemma_.lower() not in COMMITTING:
        return None
    if target_tok.dep_ == "ccomp" and target_tok.head == tok and negated(target_tok):
        return "rejects" if _not_to_be(target_tok) else "drop"
    if target_tok is obj and any(c.dep_ == "ccomp" and c.i > obj.i and _not_to_be(c) and not any(
            s.dep_.startswith("nsubj") for s in c.children) for c in tok.children):
        return "rejects"
    return None
