"""N-Quads text streamed into Oxigraph's bulk loader.

The loader parses on the calling thread and builds its index files on others,
so while it sorts and writes one batch, Python makes the next document's text
(a pipeline on two cores, and no whole load held in memory). Used only on a
new store generation, which is dropped if anything fails: the bulk loader is
not transactional.
"""
from __future__ import annotations

import io
from collections.abc import Iterable, Iterator

import pyoxigraph as ox


class TextReader(io.RawIOBase):
    """A binary file over an iterator of str chunks (UTF-8 encoded on the way)."""

    def __init__(self, chunks: Iterable[str]):
        self._chunks: Iterator[str] = iter(chunks)
        self._buf = b""
        self._pos = 0
        self.bytes = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[override]
        """Fill ``b`` from the chunks, joined once a read: appending each chunk to
        the buffer copied it again per chunk (2 s of a 50k-statement build)."""
        want = len(b)
        have = len(self._buf) - self._pos
        if have < want:
            parts = [self._buf[self._pos:]]
            for chunk in self._chunks:
                data = chunk.encode("utf-8")
                parts.append(data)
                have += len(data)
                if have >= want:
                    break
            self._buf, self._pos = b"".join(parts), 0
        k = min(want, len(self._buf) - self._pos)
        b[:k] = self._buf[self._pos:self._pos + k]
        self._pos += k
        self.bytes += k
        return k


def load_nquads(store: ox.Store, chunks: Iterable[str]) -> int:
    """Bulk-load N-Quads text chunks; returns the bytes read. IRIs are not
    re-validated (``lenient``): kg mints them from a validated base and
    percent-encoded parts (kg.writer), and the check costs a tenth of the load."""
    reader = TextReader(chunks)
    store.bulk_load(io.BufferedReader(reader, 1 << 20), format=ox.RdfFormat.N_QUADS, lenient=True)
    return reader.bytes
