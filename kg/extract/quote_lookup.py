"""Which quotation a token stands in and who speaks it: asked by every rule of the sentence
extractor that credits a quoted act to its speaker. A mixin of
``kg.extract.statements.SentenceExtractor`` (its ``ctx``)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.actors import Mention


class QuoteLookup:
    """Mixed into ``SentenceExtractor``: the quotation of a token, and its speaker."""

    # which quote a token sits in
    def quote_of(self, tok: Token) -> int | None:
        for i, q in enumerate(self.ctx.quotes):
            if q.content.start <= tok.idx < q.content.end:
                return i
        return None

    def speaker_for(self, tok: Token) -> Mention | None:
        qi = self.quote_of(tok)
        return self.ctx.quote_speaker.get(qi) if qi is not None else None
