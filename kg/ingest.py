"""Files → Documents: decode, identify, attach sidecar metadata.

Offsets everywhere point into the text as decoded here (UTF-8, a leading
byte-order mark dropped), so nothing after this stage changes the text.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.config import MAX_BYTES
from kg.errors import InputError
from kg.records import Document

TEXT_SUFFIXES = {".txt", ".text"}
MULTI_BYTE = ("utf", "gb", "big5", "shift_jis", "euc", "iso2022", "cp932", "cp949", "cp950", "hz", "johab")
META_KEYS = {"title", "outlet", "published", "url", "source"}


@dataclass(frozen=True)
class Problem:
    """A file that could not be read, and why (reported at the end of a build)."""

    path: str
    message: str


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def decode(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """Bytes → (text, encoding). UTF-8 first; otherwise a detected legacy encoding."""
    if not data.strip():
        raise InputError(f"{path}: empty file; give it the article's text")
    if data.startswith(b"\xef\xbb\xbf"):
        data, bom = data[3:], True
    else:
        bom = False
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: broken UTF-16 text ({exc}); re-save it as UTF-8") from exc
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file (NUL bytes); give kg plain text (.txt)")
    try:
        text, enc = data.decode("utf-8"), "utf-8-sig" if bom else "utf-8"
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise InputError(f"{path}: not text in any known encoding; convert it to UTF-8") from None
        text, enc = str(best), best.encoding
        if not enc.startswith(MULTI_BYTE):
            # a single-byte code page: on short texts the detector cannot tell them
            # apart (it took cp775 for Windows-1252 quotes); prefer Windows-1252,
            # the usual one for English news, whenever it decodes the bytes
            try:
                text, enc = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                pass
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > 0.05 * min(len(text), 8192):
        raise InputError(f"{path}: looks binary ({controls} control characters); give kg plain text")
    if not text.strip():
        raise InputError(f"{path}: only whitespace; give it the article's text")
    return text, enc


def _sidecar(path: Path) -> dict:
    meta_path = path.with_name(path.stem + ".meta.json")
    if not meta_path.exists():
        return {}
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{meta_path}: unreadable sidecar ({exc}); fix or remove it") from exc
    if not isinstance(meta, dict):
        raise InputError(f"{meta_path}: sidecar must be a JSON object")
    return meta


def _document(doc_id: str, text: str, meta: dict, source: str, encoding: str) -> Document:
    def s(key: str) -> str | None:
        v = meta.get(key)
        return str(v) if v not in (None, "") else None

    published = s("published") or s("date")
    return Document(id=doc_id, text=text, content_hash=content_hash(text), title=s("title"),
                    outlet=s("outlet") or s("publisher"), published=published[:10] if published else None,
                    source=s("url") or source, encoding=encoding)


def read_file(path: Path, max_bytes: int = MAX_BYTES) -> Document:
    """One text file → Document (id = file stem)."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"{path}: {size:,} bytes is over the limit of {max_bytes:,}; "
                             "split it into articles or raise KG_MAX_BYTES")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if path.suffix.lower() in {".html", ".htm"} or data[:512].lstrip().lower().startswith((b"<!doctype html", b"<html")):
        raise InputError(f"{path}: an HTML page; save the article's text as .txt first")
    text, enc = decode(data, str(path))
    return _document(path.stem, text, _sidecar(path), str(path), enc)


def read_jsonl(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[Document | Problem]:
    """A JSONL file of {"id", "text", ...} records → Documents (bad lines become Problems)."""
    with path.open(encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                rec = json.loads(line)
            except ValueError as exc:
                yield Problem(where, f"not JSON ({exc})")
                continue
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not rec.get("id"):
                yield Problem(where, 'needs "id" and "text" fields')
                continue
            if not rec["text"].strip():
                yield Problem(where, "empty text")
                continue
            if len(rec["text"].encode("utf-8")) > max_bytes:
                yield Problem(where, f"text over the limit of {max_bytes:,} bytes")
                continue
            meta = {k: rec.get(k) for k in META_KEYS | {"date", "publisher"}}
            yield _document(str(rec["id"]), rec["text"], meta, where, "utf-8")


def discover(paths: list[Path]) -> Iterator[Path]:
    """Text and JSONL files named or inside the folders named, sorted for stable builds."""
    for p in paths:
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and (child.suffix.lower() in TEXT_SUFFIXES | {".jsonl", ".html", ".htm"}):
                    yield child
        else:
            yield p


def read_paths(paths: list[Path], max_bytes: int = MAX_BYTES) -> Iterator[Document | Problem]:
    """Every document under ``paths``; unreadable ones become Problems, never a crash."""
    seen: dict[str, str] = {}
    texts: dict[str, str] = {}  # content hash -> id
    for path in discover(paths):
        if not path.exists():
            yield Problem(str(path), "no such file or folder")
            continue
        items: list[Document | Problem]
        if path.suffix.lower() == ".jsonl":
            items = list(read_jsonl(path, max_bytes))
        else:
            try:
                items = [read_file(path, max_bytes)]
            except InputError as exc:
                items = [Problem(str(path), str(exc).removeprefix(f"{path}: "))]
        for item in items:
            if isinstance(item, Document):
                if item.id in seen and seen[item.id] != item.content_hash:
                    yield Problem(item.source or item.id,
                                  f"a second document with id {item.id!r} and other text; rename one")
                    continue
                if item.id in seen:
                    continue  # the same document twice
                if item.content_hash in texts:
                    yield Problem(item.source or item.id, f"same text as document {texts[item.content_hash]!r}; kept that one")
                    continue
                seen[item.id] = item.content_hash
                texts[item.content_hash] = item.id
            yield item
