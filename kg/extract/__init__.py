"""Extraction: Documents → Statements. The spaCy Doc never leaves this package."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from kg.config import Settings
from kg.extract.headlines import for_parser
from kg.extract.statements import extract_document
from kg.lexicon import load_lexicon
from kg.nlp import load_pipeline
from kg.records import Document, Statement

__all__ = ["extract", "extract_text", "extract_document"]


def extract(docs: Iterable[Document], settings: Settings | None = None) -> Iterator[tuple[Document, list[Statement], int]]:
    """Parse documents in batches; yield (document, statements, sentence count)."""
    settings = settings or Settings.from_env()
    nlp = load_pipeline(settings.model, settings.ontology)
    lex = load_lexicon(settings.ontology)
    docs = list(docs)
    pairs = nlp.pipe(((for_parser(d.text, lex), d) for d in docs), as_tuples=True, batch_size=settings.batch_size,
                     n_process=settings.n_process)
    for sdoc, doc in pairs:
        statements, n = extract_document(doc, sdoc, lex)
        yield doc, statements, n


def extract_text(text: str, doc_id: str = "text", settings: Settings | None = None, **meta: str) -> list[Statement]:
    """Statements of one text (a convenience for notebooks and tests)."""
    from kg.ingest import content_hash

    doc = Document(id=doc_id, text=text, content_hash=content_hash(text), **meta)
    return next(extract([doc], settings))[1]
