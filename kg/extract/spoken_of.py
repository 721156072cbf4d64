"""A third person inside a credited quotation is whom its speaker speaks of, not a party taking a position
there: '"He loses an election and blames the EVM," Rijiju told reporters' is Rijiju's verdict on Gandhi, not
Gandhi accusing the EVM; '"If he was serious, he would back our plan," she said' is no support of Starmer's
(the guidelines credit the speaker where a sentence reports speech). On train and the probes every such
statement the learned stage kept was coded to the quotation's speaker instead (the figures: the commit's message)."""
from __future__ import annotations

from spacy.tokens import Token

THIRD_PERSON = frozenset({"he", "she", "they", "it"})


def spoken_of(d) -> bool:
    """The decision's candidate (``learned.Decision``) rests on a "he", "she", "they" or "it" inside a
    quotation part of its sentence that is credited to a speaker, and is not itself that quotation's speaker."""
    return pronoun_in_quote(d.cand.token, "speaker" in d.cand.feats, d.unit.quotes)


def pronoun_in_quote(tok: Token | None, speaker: bool, quotes) -> bool:
    """``tok``, a candidate's mention, is a third-person pronoun inside a credited quotation part (``quotes``:
    (part, credited?) pairs of its sentence), and the candidate (``speaker``: is it?) is not its speaker."""
    return tok is not None and not speaker and tok.lower_ in THIRD_PERSON \
        and any(credited and q.start <= tok.idx < q.end for q, credited in quotes)
