"""A verb's object where the small parser hides it: a free relative of naming ("criticised what it
called Western attempts"), a name hung on the verb as an adverb ("slams Trump")."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.doc_words import children

NAMING = frozenset({"call", "describe", "term", "dub", "label", "brand", "characterise", "characterize"})


def what_it_called(tok: Token) -> Token | None:
    """The thing a free relative of naming names where the parser made it a clause
    ("criticised what it called Western attempts", "what he described as pressure")."""
    for c in children(tok):
        if c.dep_ == "ccomp" and c.i > tok.i and c.lemma_.lower() in NAMING \
                and any(w.lower_ == "what" and w.dep_ == "dobj" and w.i < c.i for w in c.children):
            named = next((w for w in c.children if w.dep_ == "oprd" and w.i > c.i), None)
            as_ = next((w for w in c.children if w.dep_ == "prep" and w.lower_ == "as"), None)
            return named or next((w for w in (as_.children if as_ is not None else ()) if w.dep_ == "pobj"), None)
    return None


def object_of(tok: Token) -> Token | None:
    first: dict[str, Token] = {}
    for c in children(tok):  # walked once, not once per kind of object
        first.setdefault(c.dep_, c)
    obj = next((first[d] for d in ("dobj", "attr", "oprd") if d in first), None)
    return obj if obj is not None else what_it_called(tok) or name_as_adverb(tok)


def name_as_adverb(tok: Token) -> Token | None:
    """A name right after the verb that the parser hung on it as an adverb ("slams Trump",
    a headline's "trump"): the object. Not a date ("meets Monday with ...")."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.head == tok and nxt.dep_ == "advmod" and nxt.tag_ in {"NNP", "NNPS"} \
            and nxt.ent_type_ not in {"DATE", "TIME"} and tok.pos_ == "VERB":
        return nxt
    return None
