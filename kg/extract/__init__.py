"""Extraction: Documents → Statements. The spaCy Doc never leaves this package."""
from __future__ import annotations

import gc
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from kg.config import Settings
from kg.errors import KGError
from kg.extract.headlines import for_parser
from kg.extract.document import extract_document
from kg.lexicon import load_lexicon
from kg.nlp import load_pipeline
from kg.records import Document, Statement

__all__ = ["extract", "extract_text", "extract_document", "ExtractionFailure"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExtractionFailure:
    """Why one document's extraction raised (a bug in a rule, met on text no test had): the build
    reports the document and goes on with the others, and keeps whatever graph it had of it."""

    message: str


def extract(docs: Iterable[Document], settings: Settings | None = None
            ) -> Iterator[tuple[Document, list[Statement] | ExtractionFailure, int]]:
    """Parse documents in batches; yield (document, statements, sentence count),
    in input order; a document whose extraction raised yields an ExtractionFailure. With ``n_process`` > 1 or a Dask cluster (kg.cluster) the
    documents are split across workers that each parse *and* extract (spaCy's
    own n_process would leave extraction in this process)."""
    from kg.cluster import parallel

    settings = settings or Settings.from_env()
    docs = list(docs)
    if parallel(settings) and len(docs) > 1:
        yield from _parallel(docs, settings)
        return
    yield from _extract_batch(docs, settings)


def _extract_batch(docs: list[Document], settings: Settings
                   ) -> Iterator[tuple[Document, list[Statement] | ExtractionFailure, int]]:
    nlp = load_pipeline(settings.model, settings.ontology)
    lex = load_lexicon(settings.ontology)
    settled(settings)
    pairs = nlp.pipe(((for_parser(d.text, lex), d) for d in docs), as_tuples=True, batch_size=settings.batch_size)
    for sdoc, doc in pairs:
        try:
            statements, n = extract_document(doc, sdoc, lex, learned=settings.learned)
        except Exception as exc:  # noqa: BLE001 - one document's bug must not cost the others
            log.warning("%s: extraction failed", doc.id, exc_info=True)
            yield doc, ExtractionFailure(f"extraction failed ({type(exc).__name__}: {exc}); "
                                         "its earlier statements, if any, are kept; please report it"), 0
            continue
        yield doc, statements, n


def settled(settings: Settings) -> None:
    """Before the first document of a process: the learned stages' weights loaded (as that document
    would load them) and all that is loaded frozen out of the cyclic garbage collector (``gc.freeze``).
    The pipeline, the lexicons and the weights live as long as the process, and each full collection
    had walked their objects again (train's one-process build: the collector 0.82-0.86 s of CPU, 0.44-0.49 s
    frozen; statements identical). They still die by their reference counts; the collection first
    frees what is garbage already. Nothing is done where something is frozen (a second call, a host's own
    freeze)."""
    if gc.get_freeze_count():
        return
    if settings.learned:
        from kg.extract.learned import load_models

        load_models()
    gc.collect()
    gc.freeze()


def _work(args: tuple[list[Document], Settings]) -> list[tuple[Document, list[Statement] | ExtractionFailure, int]]:
    docs, settings = args
    return list(_extract_batch(docs, settings))


def _parallel(docs: list[Document], settings: Settings
              ) -> Iterator[tuple[Document, list[Statement] | ExtractionFailure, int]]:
    from kg.cluster import workers

    with workers(settings) as pool:
        chunks = [(c, settings) for c in balanced_chunks(docs, pool.size * 6, settings.batch_size)]
        for batch in pool.imap(_work, chunks):
            yield from batch


def balanced_chunks(docs: list[Document], n: int, most: int) -> list[list[Document]]:
    """Consecutive batches of about equal text (at most ``most`` documents each),
    about ``n`` of them: batches of equal counts left one worker idle for the
    last long one (13-document batches of 1.6k to 16k words on the bench corpus)."""
    share = sum(len(d.text) for d in docs) / max(1, n)
    out: list[list[Document]] = [[]]
    size = 0
    for d in docs:
        if out[-1] and (size + len(d.text) / 2 > share or len(out[-1]) >= most):
            out.append([])
            size = 0
        out[-1].append(d)
        size += len(d.text)
    return out


def extract_text(text: str, doc_id: str = "text", settings: Settings | None = None, **meta: str) -> list[Statement]:
    """Statements of one text (a convenience for notebooks and tests)."""
    from kg.ingest import content_hash

    doc = Document(id=doc_id, text=text, content_hash=content_hash(text), **meta)
    statements = next(extract([doc], settings))[1]
    if isinstance(statements, ExtractionFailure):
        raise KGError(f"{doc_id}: {statements.message}")
    return statements
