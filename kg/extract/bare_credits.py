"""A quotation credited with no verb of saying: '"Would you cut it?" the host pressed.' (a verb
with nothing of its own but its subject right after the quotation), and a speaker counted out of a
group ('"...," said one of the advisers'). Read by ``kg.extract.speakers``."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import pobj
from kg.extract.context import Context
from kg.extract.quotes import Quote


# what a verb that only reports a quotation before it carries besides its subject ('the host pressed on Sunday')
BARE_REPORT_DEPS = {"nsubj", "punct", "advmod", "npadvmod", "prep", "prt"}


def bare_report(ctx: Context, verb: Token, q: Quote) -> bool:
    """'"Would you cut it?" the host pressed.': a verb with nothing of its own but its subject, right after
    a quotation closed on the comma, question or exclamation mark of a credit, credits it whatever the verb."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
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
