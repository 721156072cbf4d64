"""A quotation credited with no verb of saying: '"Would you cut it?" the host pressed.' (a verb
with nothing of its own but its subject right after the quotation), and a speaker counted out of a
group ('"...," said one of the advisers'), and one in someone's claim ("Trump's claim that Obama "founded
ISIS""); and a news agency a quotation is sourced to ("according to the state news agency Xinhua"), which
credits no one. Read by ``kg.extract.speakers``."""
from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from kg.extract.clauses import pobj
from kg.extract.context import Context
from kg.extract.doc_words import children
from kg.extract.quotes import Quote

if TYPE_CHECKING:
    from kg.extract.actors import Mention


# the words that make a source a medium: "the state news agency Xinhua", "the official IRNA news agency"
AGENCY_WORDS = frozenset({"news", "press"})
AGENCY_HEADS = frozenset({"agency", "newspaper", "broadcaster", "daily", "tabloid", "outlet", "channel", "wire"})


def media_source(ctx: Context, label: str, phrase: list[Token]) -> bool:
    """The source a quotation is credited to is a medium: one the gazetteer knows as such, or, for the
    phrase of an "according to" (``phrase``; empty for a verb's subject), a news agency, newspaper or
    broadcaster by its words or by a medium named in it ("according to the state news agency Xinhua"):
    the reporter, not the speaker, whom the sentence's own "said" names."""
    known = ctx.lex.actor_for(label)
    if known is not None:
        return known.kind == "media"
    words = {t.lower_ for t in phrase}
    if any(t.lemma_.lower() in AGENCY_HEADS for t in phrase) and (words & AGENCY_WORDS or any(
            t.lemma_.lower() != "agency" for t in phrase if t.lemma_.lower() in AGENCY_HEADS)):
        return True
    return any(getattr(ctx.lex.actor_for(t.text), "kind", None) == "media" for t in phrase if t.ent_type_)


# what a verb that only reports a quotation before it carries besides its subject ('the host pressed on Sunday')
BARE_REPORT_DEPS = {"nsubj", "punct", "advmod", "npadvmod", "prep", "prt"}


def bare_report(ctx: Context, verb: Token, q: Quote) -> bool:
    """'"Would you cut it?" the host pressed.': a verb with nothing of its own but its subject, right after
    a quotation closed on the comma, question or exclamation mark of a credit, credits it whatever the verb."""
    subj = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    if verb.pos_ != "VERB" or subj is None or verb.i < subj.i or any(c.dep_ not in BARE_REPORT_DEPS for c in verb.children):
        return False
    text = ctx.document.text
    gap = text[q.outer_end:subj.left_edge.idx]
    if subj.left_edge.idx < q.outer_end or len(gap) > 2 or gap.strip(" "):
        return False  # (a new paragraph's 'The crowd applauded.' reports nothing)
    return text[q.content.end - 1:q.outer_end + 1].strip(" \"”'’")[-1:] in {",", "?", "!"}


def one_of(subj: Token) -> Token | None:
    """The group noun of a speaker counted out of it ('"...," said one of the advisers, who ...'),
    whose head the parser tags a number: the speaker is one of them, named by the whole phrase."""
    if subj.lower_ != "one" or subj.pos_ not in {"NUM", "PRON"}:
        return None
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = pobj(of) if of is not None else None
    return noun if noun is not None and noun.pos_ == "NOUN" else None


_STARTS: list = [None, None]  # the last document and its token offsets: extraction runs one document at a time


def token_starts(doc: Doc) -> list[int]:
    """Each token's character offset, read once per document rather than once per quotation (``claim_of``)."""
    if _STARTS[0] is not doc:
        _STARTS[0], _STARTS[1] = doc, doc.to_array("IDX").tolist()
    return _STARTS[1]


# nouns for what someone said: a quotation in the clause they own is their words ("Trump's claim that ...")
CLAIM_NOUNS = frozenset({"claim", "assertion", "allegation", "contention", "insistence", "remark", "charge"})


def claim_of(ctx: Context, doc: Doc, q: Quote) -> Mention | None:
    """The owner of the claim a quotation is the content of: 'making an issue out of Donald Trump's claim
    that President Barack Obama "founded ISIS"', 'Podliska's most explosive claim is that the committee
    is a "witch hunt"': the one who claims speaks, not the subject of the verb over the claim (train:
    both went to the sentence's other subject; quotes 510 -> 512 of 624, full 0.5117 -> 0.5121, dev the
    same). None where a reporting verb comes first on the way up."""
    from kg.extract.speakers import speech_verb  # speakers reads this module
    # the quotation's tokens by bisection over the token offsets (tokens run in text order), not a walk of
    # every token of the article per quotation (1.9 % of a train build's profile)
    starts = token_starts(doc)
    inside = list(doc[bisect_left(starts, q.content.start):bisect_left(starts, q.content.end)])
    top = next((t.head for t in inside if not q.outer_start <= t.head.idx < q.outer_end), None)
    for a in [top, *top.ancestors][:6] if top is not None else []:
        if a.pos_ in {"VERB", "AUX"} and speech_verb(ctx.lex, a):
            return None
        if a.dep_ == "prep" and a.lower_ == "as":
            return None  # 'dismissed Trump's remarks as "emotional overload"': the dismisser's words (probe39a)
        noun = a if a.pos_ == "NOUN" else None
        if a.dep_ == "ccomp" and a.head.lemma_ == "be":  # "his claim is that ..."
            noun = next((c for c in a.head.children if c.dep_ == "nsubj"), None)
        if noun is not None and noun.lemma_.lower() in CLAIM_NOUNS:
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            m = ctx.resolver.resolve(owner) if owner is not None and owner.pos_ == "PROPN" else None
            return m if m is not None and m.actor.kind in {"person", "organisation", "group", "country"} else None
    return None
