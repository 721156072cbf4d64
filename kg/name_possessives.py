"""Names that end in "'s" ("Barnardo's", "Sainsbury's", "McDonald's", "Moody's"): the "'s" is no
possessive where the name is not a possessor ("Barnardo's called on ministers to review the law",
where in "Barnardo's chief executive" it is one). The NER often stops before it."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token


def without_the(text: str) -> str:
    """A name without its leading "the" (here, not in ``kg.extract``: the pipeline's name repairs use it
    too, and ``kg.extract`` imports the pipeline)."""
    return _THE.sub("", text)


_THE = re.compile(r"^(the|The)\s+")  # (compiled once: asked per name)


NAMED = frozenset({"ORG", "GPE"})
NOT_OWNING = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})


def owns_nothing(name: Token) -> bool:
    """The name word a following "'s" hangs on is a clause's subject or object, no possessor."""
    return name.dep_ in NOT_OWNING and any(c.tag_ == "POS" and c.i == name.i + 1 for c in name.children)


def names_with_s(doc: Doc, ents: list[Span]) -> tuple[list[Span], bool]:
    """Take a following "'s" into a one-word organisation's name that owns nothing
    ("Sainsbury's welcomed the decision")."""
    out, changed = [], False
    for k, e in enumerate(ents):
        if e.label_ in NAMED and len(e) == 1 and e.end < len(doc) and owns_nothing(e.root) and (
                k + 1 == len(ents) or ents[k + 1].start > e.end):
            e = Span(doc, e.start, e.end + 1, label="ORG")
            changed = True
        out.append(e)
    return out, changed


def possessive_kept(ent: Span) -> bool:
    """A name's "'s" is part of it ("Moody's downgraded the debt"), not a possessive to drop."""
    return len(ent) >= 2 and ent[-1].tag_ == "POS" and owns_nothing(ent[-2])


def name_text(ent: Span) -> str:
    """An organisation's or place's name as a label: without "the", a possessive "'s" or clinging
    punctuation ("... Constitution (BfV)"), but with a name's own "'s" (``possessive_kept``)."""
    if possessive_kept(ent):
        return without_the(ent.text)
    return re.sub(r"[’']s$", "", without_the(ent.text)).strip(" ,.;:\"“”'").rstrip(" ([")
