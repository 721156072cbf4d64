"""An act a body votes to do: "Peers had earlier voted to delay the ban", "the European Parliament voted to freeze
membership talks", "voted to acquit the former president" (probes of every kind: the voters' support for the act,
5 of 5 such sentences; the headline's "lawmakers vote to impeach Park" is ``verdict_heads``). A vote to do what a
cue verb names ("voted to reject the bill", "voted to back the deal") is left to that verb's own cue, and a vote
refused ("I'm not going to vote to shut down the government") to the refusal's rules."""
from __future__ import annotations

from spacy.tokens import Token

from kg.lexicon import Lexicon, fold


def voted_act(lex: Lexicon, tok: Token) -> Token | None:
    """The verb of the act ``tok`` ("voted") votes to do, an infinitive with no stance of its own in the lexicon whose
    object is a thing named by a common noun ("to delay the ban"); None elsewhere, and for a vote denied."""
    if tok.lemma_.lower() != "vote" or tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.children):
        return None
    act = next((c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VB" and c.i > tok.i
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if act is None or act.lemma_.lower() in lex.verbs or any(c.dep_ == "prt" for c in act.children):
        return None  # ("would vote to bring down the government": a particle's sense)
    obj = next((c for c in act.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN" or obj.ent_type_ == "PERSON" or fold(obj.lemma_) in lex.person_nouns | lex.role_nouns:
        return None  # a thing acted on, by its common noun: not "voted to remove President Dina Boluarte" (a vote
        # against her, probe29b), "Britain voted to leave the European Union", "the Senate voted to pass it"
    return act
