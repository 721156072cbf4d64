"""A spokesman the text names by no body: "The Association of Train Operating Companies said it
supported the changes. A spokesman said: ..." is the association's spokesman, not a bare
"Spokesman" (probes: the body's statement lost to a label no coder writes). A helper of
``kg.extract.roles.RoleReading``."""
from __future__ import annotations

from spacy.tokens import Token

from kg.records import Actor

# the kinds of actor a spokesman speaks for when the sentence before has it as its subject
SPOKEN_FOR = frozenset({"organisation", "party"})
ARTICLES = frozenset({"a", "an"})


def _bare(tok: Token) -> bool:
    """"a spokesman", "a spokesman for the group": an indefinite spokesman with no word before him that
    names a body or a rank ("a Treasury spokesman", "a senior spokesman" read elsewhere), and at most a
    "for" phrase that describes his body without naming it ("for the group", "for the prime minister")."""
    for c in tok.children:
        if c.i < tok.i and not (c.dep_ == "det" and c.lower_ in ARTICLES):
            return False
        if c.i > tok.i and c.dep_ == "prep" and c.lower_ == "for":
            objects = [p for p in c.children if p.dep_ == "pobj"]
            if len(objects) != 1 or any(t.ent_type_ or not t.text.islower() for t in objects[0].subtree):
                return False
    return any(c.dep_ == "det" and c.lower_ in ARTICLES for c in tok.children)


def body_spoken_for(resolver, tok: Token) -> Actor | None:
    """The organisation or party the sentence before had as its main subject, for a bare indefinite
    spokesman ("Downing Street dismissed the move. A spokesman for the prime minister said"); a person
    or a country there leaves him unnamed (whose spokesman is not said), and so does one unknown word
    (probe32a: "Blinkevičiūtė", a person tagged a body, took a student movement's spokeswoman)."""
    if not _bare(tok):
        return None
    m = resolver.main_subject_before(tok)
    if m is None or m.actor.kind not in SPOKEN_FOR or m.how == "pronoun":
        return None
    if len(m.actor.label.split()) < 2 and resolver.lex.actor_for(m.actor.label) is None:
        return None  # one word the gazetteer does not know may be a person's name the tagger took for a body
    return m.actor
