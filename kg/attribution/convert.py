"""PolNeAR articles -> spaCy DocBins of paragraphs with SPEAKER/CUE/CONTENT entities.

Paragraphs, not articles, are the training docs: 99% of attributions sit in one
paragraph, and short docs batch and train faster. NER spans cannot overlap, so
nested attributions keep their speaker and cue (short, what kg needs) and lose
the enclosing content; spans that do not align to tokens are skipped.
"""
from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

PRIORITY = {"SPEAKER": 0, "CUE": 1, "CONTENT": 2}  # which span wins an overlap
KEYS = {"speaker_spans": "SPEAKER", "cue_spans": "CUE", "quote_spans": "CONTENT"}
PARAGRAPH = re.compile(r"\n\s*\n")


def read_articles(path: Path) -> Iterator[dict]:
    """PolNeAR records (``.jsonl`` or ``.jsonl.gz``), one article a line."""
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def char_spans(article: dict) -> list[tuple[int, int, str]]:
    """Every annotated span of the article as (start, end, label), character offsets."""
    out = []
    for attribution in article.get("attributions", []):
        for key, label in KEYS.items():
            for start, end in attribution.get(key) or []:
                out.append((int(start), int(end), label))
    return out


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty paragraph (blank-line separated)."""
    out, start = [], 0
    for m in PARAGRAPH.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def align(doc: Doc, spans: Iterable[tuple[int, int, str]], stats: Counter | None = None) -> list[Span]:
    """Token spans for character spans: expanded to whole tokens, trimmed of
    whitespace tokens; overlaps resolved by PRIORITY then length (shorter wins)."""
    stats = stats if stats is not None else Counter()
    cands = []
    for start, end, label in spans:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None:
            i, j = span.start, span.end
            while i < j and doc[i].is_space:
                i += 1
            while j > i and doc[j - 1].is_space:
                j -= 1
            span = Span(doc, i, j, label=label) if j > i else None
        if span is None:
            stats["unaligned"] += 1
            continue
        cands.append(span)
    taken: set[int] = set()
    kept = []
    for span in sorted(cands, key=lambda s: (PRIORITY[s.label_], len(s), s.start)):
        if any(i in taken for i in range(span.start, span.end)):
            stats["overlap_dropped"] += 1
            continue
        taken.update(range(span.start, span.end))
        kept.append(span)
    stats["kept"] += len(kept)
    return sorted(kept, key=lambda s: s.start)


def article_docs(nlp: Language, article: dict, stats: Counter | None = None) -> Iterator[Doc]:
    """One Doc per paragraph with its attribution spans as entities; spans that
    cross a paragraph boundary are dropped (counted as ``cross_paragraph``)."""
    stats = stats if stats is not None else Counter()
    text, spans = article["text"], char_spans(article)
    for p_start, p_end in paragraphs(text):
        inside = [(s - p_start, e - p_start, lab) for s, e, lab in spans if s >= p_start and e <= p_end]
        stats["cross_paragraph"] += sum(1 for s, e, _ in spans if s < p_end and e > p_start
                                        and not (s >= p_start and e <= p_end))
        doc = nlp.make_doc(text[p_start:p_end])
        doc.ents = align(doc, inside, stats)
        yield doc


def to_docbin(nlp: Language, source: Path, out: Path) -> Counter:
    """Write ``source``'s articles as a DocBin at ``out``; return span counts."""
    stats: Counter = Counter()
    db = DocBin(store_user_data=False)
    for article in read_articles(source):
        stats["articles"] += 1
        for doc in article_docs(nlp, article, stats):
            stats["docs"] += 1
            db.add(doc)
    out.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(out)
    return stats
