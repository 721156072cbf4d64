"""A people or a body named by its nation, as the one praised or accused ("praised the Kenyan
officers", "thanked ordinary Indians", "accused Egyptian investigators of failing to ..."): the
group as written, as it stands when it is a subject ("Kenyan officers criticised the plan"), not
the state its adjective names; coders write "Kenyan officers", "Indians", "Egyptian investigators"."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.actors import PERSON_ROLES, Mention
from kg.extract.context import Context
from kg.extract.descriptions import description


def national(ctx: Context, tok: Token) -> bool:
    """``tok`` names people by their nation: a plural of a nation's people ("Romanians"), or a common
    noun a nation's adjective describes ("the Taiwanese people", "Egyptian investigators"); not a
    party's ("Liberal Democrat council leaders"), nor a word inside a longer name."""
    if tok.dep_ == "compound":
        return False
    if tok.ent_type_ == "NORP" and tok.tag_ in {"NNS", "NNPS"} and tok.text[:1].isupper():
        return of_country(ctx, tok)
    return tok.pos_ == "NOUN" and not tok.ent_type_ and any(
        c.dep_ in {"amod", "compound"} and c.i < tok.i and c.ent_type_ == "NORP" and of_country(ctx, c) for c in tok.children)


def of_country(ctx: Context, tok: Token) -> bool:
    """A nation's word: one the gazetteer files under a country, or under no one ("Kurdish"); not a party's,
    nor the last word of a longer name ("Welsh Liberal Democrat council leaders")."""
    if any(c.dep_ == "compound" and c.ent_type_ != "NORP" for c in tok.children):
        return False
    of = ctx.resolver._country_of(tok)  # (a look-up: resolving would remember it as a pronoun's antecedent)
    return of is None or ctx.lex.actors[of].kind == "country"


def people_as_written(ctx: Context, tok: Token) -> Mention | None:
    """The group ``tok`` heads as its words describe it, where it is a nation's people (see ``national``)."""
    if not national(ctx, tok):
        return None
    if tok.tag_ == "NN" and (tok.lemma_.lower() in PERSON_ROLES or tok.lemma_.lower() in ctx.lex.person_nouns):
        m = ctx.resolver.resolve(tok)  # one person's role: "praised the American leader" is the leader the text
        if m is not None and m.actor.kind == "person":  # names; "summoned the Chinese envoy", named nowhere,
            return m  # stays the envoy as written
    return description(ctx.resolver, tok, remember=False, subject=False)
