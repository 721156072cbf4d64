"""An organisation's whole capitalised name where the tagger kept only part of it:
"The Muslim Council of Britain welcomed" is the Muslim Council of Britain, not "Muslim
Council"; "the Campaign to Protect Rural England condemned", "Lawyers for Human Rights
warned", "One Parent Families welcomed", "The 5-Star Movement said"."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.mentions import Mention
from kg.records import Actor, Span

# lower-case words inside a name, between two of its capitalised words
LINKS = frozenset({"of", "for", "to", "on", "the", "and"})
# what never opens or carries a name's run (a sentence's capitals that are no name)
NOT_NAME = frozenset({"the", "a", "an", "but", "and", "or", "in", "on", "at", "after", "as", "i"})
KINDS = frozenset({"organisation", "group"})
# a count before a group is no part of its name ("Scores of Conservative MPs", "Dozens of Labour MPs")
COUNTS = frozenset({"scores", "dozens", "hundreds", "thousands", "millions", "tens", "handful", "majority",
                    "minority", "half", "number", "some", "many", "most", "several", "all", "both"})
_NO_RUN = NOT_NAME | COUNTS


def _capital(t: Token) -> bool:
    return t.text[:1].isupper() and t.is_alpha and t.lower_ not in _NO_RUN and t.pos_ in {"PROPN", "NOUN", "ADJ", "NUM", "VERB"}


def _glued_number(t: Token, proper: bool) -> bool:
    """"5" or "-" of "5-Star", "One" of "One Parent Families" (a proper name's): a name's number; not the
    count of a common noun's group ("100 MPs", "Three Labour MPs")."""
    glued = t.text.isdigit() and not t.whitespace_ and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-"
    return glued or (t.like_num and t.text[:1].isupper() and proper) or (t.text == "-" and not t.whitespace_)


def name_run(tok: Token) -> tuple[int, int] | None:
    """The token bounds [a, b) of the capitalised name headed by ``tok``, inside its phrase."""
    if not _capital(tok) or tok.ent_type_ in {"PERSON", "GPE", "DATE", "CARDINAL"}:
        return None
    inside = {t.i for t in tok.subtree if t.dep_ not in {"conj", "appos", "relcl", "cc", "punct"} or t.text == "-"}
    for t in tok.subtree:  # nothing of a coordination or apposition hung on the name
        if t.dep_ in {"conj", "appos", "relcl"} and t.head.i == tok.i:
            inside -= {s.i for s in t.subtree}
    doc = tok.doc
    a = tok.i
    while a - 1 in inside and (_capital(doc[a - 1]) or _glued_number(doc[a - 1], tok.pos_ == "PROPN")):
        a -= 1
    b = tok.i + 1
    while b < len(doc) and b in inside:
        t = doc[b]
        if _capital(t) or (t.text == "-" and not t.whitespace_ and b + 1 < len(doc) and _capital(doc[b + 1])):
            b += 1
            continue
        if t.lower_ in LINKS and not t.text[:1].isupper():  # "of Britain", "to Protect Rural England"
            n = b + 1
            while n < len(doc) and n in inside and doc[n].lower_ == "the":
                n += 1
            if n < len(doc) and n in inside and _capital(doc[n]) and doc[n].ent_type_ != "PERSON":
                b = n + 1
                continue
        break
    if doc[a].text == "-":
        a += 1
    return (a, b) if b - a > 1 else None


def _member_of_a_body(doc, run: tuple[int, int], tok: Token) -> bool:
    """"Yuichiro Tamaki of the Democratic Party for the People": past the head, an organisation the tagger
    named on its own is the body the head belongs to, no part of the head's name."""
    return any(t.ent_type_ == "ORG" and t.ent_iob_ == "B" and t.i > tok.i for t in doc[run[0]:run[1]])


def longer_name(resolver, tok: Token, m: Mention | None) -> Mention | None:
    """``m`` with the whole name its words stand in, when the tagger cut an organisation's name
    (a gazetteer's actor is left as it is: its label is canonical); the resolver's memory takes
    the whole name too, for a later "it"."""
    known = resolver.lex.actor_for
    if m is None or m.actor.kind not in KINDS or m.how == "pronoun" or known(m.actor.label) is not None:
        return m
    run = name_run(tok)
    if run is None:
        return m
    doc = tok.doc
    last = doc[run[1] - 1]
    start, end = doc[run[0]].idx, last.idx + len(last.text)
    # the run's own text (``doc.text[start:end]``), without ``doc.text`` joining the whole document's tokens
    text = "".join([doc[i].text_with_ws for i in range(run[0], run[1] - 1)]) + last.text
    words, have = text.replace("-", " ").lower().split(), m.actor.label.replace("-", " ").lower().split()
    if len(words) <= len(have) or not set(have) <= set(words) or _member_of_a_body(doc, run, tok):
        return m
    whole = known(text)
    actor = whole if whole is not None else Actor(label=text, kind=m.actor.kind, country=m.actor.country)
    whole_m = Mention(actor, Span(start, end, text), m.how, m.parts)
    for n, old in enumerate(resolver.history):
        if old is m or (old.span == m.span and old.actor == m.actor):
            resolver.history[n] = whole_m
    return whole_m
