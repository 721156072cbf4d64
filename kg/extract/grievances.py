"""What a criticism of a person is about: "took some shots at Sanders, particularly on his
plan to provide free college tuition", "criticized Clinton for supporting the 1994 crime
bill". Coders code the person criticised and, as a second statement, the critic's
opposition to the issue named by "on"/"over" or to what the person is blamed for backing."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import object_of, pobj, verbal_cue
from kg.lexicon import Lexicon

ISSUE_PREPOSITIONS = {"on", "over"}


def grievance_issues(lex: Lexicon, cue: Token) -> list[Token]:
    """The issue tokens a criticism ``cue`` of a person is about: the noun of an "on"/"over"
    phrase of the verb after it, or the object of a backing verb after "for" ("for
    supporting the bill": the critic opposes the bill)."""
    if cue.pos_ != "VERB":
        return []
    out: list[Token] = []
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.i <= cue.i:
            continue
        inner = pobj(prep)
        if inner is None:
            continue
        if prep.lower_ in ISSUE_PREPOSITIONS and inner.pos_ == "NOUN" and inner.ent_type_ == "":
            out.append(inner)
        elif prep.lower_ == "for" and inner.tag_ == "VBG":
            backed = verbal_cue(lex, inner)
            obj = object_of(inner)
            if backed is not None and backed.relation == "supports" and obj is not None and obj.pos_ == "NOUN":
                out.append(obj)
    return out
