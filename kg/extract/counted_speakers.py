"""A quotation's speaker given as a count ('Hundreds of protesters chanted "..."'): the count only
sizes the group that speaks; a bare count ("Many said", "Some of them") names no one."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.mentions import counted_group

# words that only count a subject: never an actor's label on their own
QUANTIFIERS = frozenset({"dozens", "hundreds", "thousands", "millions", "scores", "tens", "several", "many", "most", "some"})


def counted_subject(tok: Token) -> Token | None:
    """A speaker's subject without its count: 'Hundreds of protesters chanted "..."' is the
    protesters; a bare count names no one (None); any other subject is itself."""
    return counted_group(tok) if tok.lower_ in QUANTIFIERS else tok
