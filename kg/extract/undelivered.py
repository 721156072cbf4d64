"""A promise not kept or a result not delivered, said of another, is an accusation as a promise
broken is: "said ministers had not delivered cleaner hospitals", "said the Tories had not kept their
promise", "had never honoured its pledges". Read by ``blame.wrong_at`` for
``WrongdoingRules.reported_wrong``, which lets this one negated act through."""
from __future__ import annotations

from spacy.tokens import Token

# verbs that keep one's word, and what they keep: "had not kept its promise", "did not meet its targets"
KEEPING = frozenset({"keep", "honour", "honor", "fulfil", "fulfill", "meet"})
KEPT_WORDS = frozenset({"promise", "pledge", "vow", "word", "commitment", "obligation", "target", "undertaking",
                        "guarantee", "manifesto"})
# verbs whose object is a result owed, whatever it is: "had not delivered cleaner hospitals"
DELIVERING = frozenset({"deliver"})


def undelivered(tok: Token) -> bool:
    """``tok`` is a plainly negated ("not", "never") past or present act of keeping one's word or of
    delivering a result (not "would not deliver": a forecast; not "never met in person": no word kept)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in KEEPING | DELIVERING or tok.tag_ not in {"VBN", "VBD", "VBZ", "VBP", "VB"}:
        return False
    if not any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in tok.children):
        return False
    if any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "MD" for c in tok.children) or any(
            c.dep_ == "auxpass" for c in tok.children):
        return False  # "would not deliver": a forecast; a passive names no one who failed
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"}:
        return False
    return lemma in DELIVERING or obj.lemma_.lower() in KEPT_WORDS
