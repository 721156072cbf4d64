"""A headline's second clause that reacts to the first with no object of its own: "Thai voters approve junta-backed
constitution, opposition cries foul", "Congress demands special session of Parliament, Government says no", "Nawrocki
signs Mentzen's declaration ..., Trzaskowski refuses", "South Korea, U.S. to deploy THAAD anti-missile system; China
protests", "Sisi defends handover of islands ... as critics cry foul". The gold codes the second clause's actor as
taking its stance on what the first clause acts on (probes: 9 such statements, none read before: the reaction's verb
was read as a noun, or as the frame the first clause was reported in, its actor then given the first's act). The
reactions are data: "reject_reactions", "oppose_reactions", "support_reactions" and "accept_reactions" of
[headline_acts] in ontology/cues.toml (the verb's lemma and the words after it)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.doc_words import sentence
from kg.lexicon import Lexicon

LONGEST_HEADLINE = 30  # tokens: past this the first sentence is body text (as ``headline_acts``)
# what opens a headline's second clause: a comma, a semicolon, or a conjunction ("... as critics cry foul")
CLAUSE_MARKS = {",", ";", "as", "but", "while"}
# a place or time phrase a reaction may end in ("Congo, Rwanda sign in Washington")
TRAILING = {"in", "at"}
# the relations a reaction takes, by the key of its list in [headline_acts]
REACTIONS = {"rejects": "reject_reactions", "opposes": "oppose_reactions", "supports": "support_reactions",
             "accepts": "accept_reactions"}
SUBJECT_POS = {"NOUN", "PROPN", "ADJ", "NUM"}


def reaction(lex: Lexicon, tok: Token) -> tuple[str, Token] | None:
    """The relation of an object-less reaction at ``tok`` that ends a headline's second clause, and the mark
    that opens that clause (the comma, semicolon or "as"); None elsewhere. The words before the verb are its
    subject only: nouns, names and "and", after the mark."""
    sent = sentence(tok)
    if sent.start != 0 or len(sent) > LONGEST_HEADLINE or tok.i == sent.start:
        return None
    rest = [t for t in tok.doc[tok.i + 1:sent.end] if not (t.is_punct or t.is_space)]
    if rest and rest[0].lower_ in TRAILING:
        rest = []
    key = " ".join([tok.lemma_.lower(), *(t.lower_ for t in rest)])
    rel = next((r for r, name in REACTIONS.items() if key in lex.headline_acts.get(name, ())), None)
    if rel is None:
        return None
    i = tok.i - 1
    while i > sent.start and (tok.doc[i].pos_ in SUBJECT_POS or tok.doc[i].lower_ == "and"):
        i -= 1
    mark = tok.doc[i]
    if mark.lower_ not in CLAUSE_MARKS or i == tok.i - 1 or i == sent.start:
        return None
    return rel, mark


def first_object(mark: Token) -> list[Token]:
    """The words of the object of the first clause's last verb before ``mark`` ("South Korea, U.S. to deploy
    THAAD anti-missile system; ..."): what the reaction is to, where no rule read the first clause's act."""
    sent = sentence(mark)
    verb = next((t for t in reversed(mark.doc[sent.start:mark.i]) if t.pos_ == "VERB"
                 and any(c.dep_ == "dobj" for c in t.children)), None)
    if verb is None:
        return []
    obj = next(c for c in verb.children if c.dep_ == "dobj")
    return [t for t in mark.doc[obj.left_edge.i:min(obj.right_edge.i + 1, mark.i)] if not t.is_punct or t.text == "-"]
