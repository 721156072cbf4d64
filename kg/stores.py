"""Where a graph lives, behind one interface: a folder (the embedded Oxigraph
store of kg.store, the default) or a SPARQL 1.1 server (kg.remote).

Every command reads through ``Location.open_read()`` (an ``ox.Store`` or a
``RemoteStore``: the same ``query``) and writes through ``Location.writing()``
(a working copy is changed with the ordinary ``ox.Store`` API, summarised, and
published whole or not at all) or, for a build against a server, through
``Server.delta()`` (kg.work says what a build asks of either).

- A folder copies the current store generation, changes the copy and
  switches ``CURRENT`` (kg.store).
- A server, for a build or a removal (``Server.delta``, kg.delta): only what
  the build needs is read from the server, its changes are gathered in a
  small local store and sent in *one* SPARQL Update request.
- A server, for any other change (``kg serve --store URL --allow-update``):
  the driver mirrors the server's graphs into a temporary local store, the
  change runs on the mirror exactly as on a folder, and the graphs that
  differ are sent back in one request (``DROP GRAPH`` … ; ``INSERT DATA`` …).
  Oxigraph applies one request as one transaction (a server that does not is
  no worse off than with separate requests): if the server goes away before
  or during it, nothing on it has changed.
  Staging graphs written with the Graph Store Protocol and moved at the end
  would not do: under a union default graph readers would see them, and a
  crashed build would leave them behind.
"""
from __future__ import annotations

import hashlib
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import pyoxigraph as ox

from kg import store as st
from kg.errors import StoreError
from kg.remote import RemoteStore, insert_data, is_url

if TYPE_CHECKING:
    from kg.delta import ServerWork


class Generation(Protocol):
    """One write: ``changing()`` gives the working copy, ``view()`` reads the
    result before anyone else can, ``publish()`` makes it the graph."""

    def changing(self) -> AbstractContextManager[ox.Store]: ...
    def view(self) -> ox.Store: ...
    def publish(self) -> None: ...


class Location(Protocol):
    folder: Path | None  # where exports go (None: a server, no files)

    def exists(self) -> bool: ...
    def open_read(self) -> ox.Store | RemoteStore: ...
    def writing(self, base: str) -> AbstractContextManager[Generation]: ...


def locate(target: str | Path) -> "Folder | Server":
    """A graph folder, or a server given by its SPARQL query endpoint URL."""
    return Server(str(target)) if is_url(str(target)) else Folder(Path(target))


# ---- a folder: the embedded store ------------------------------------------------

@dataclass
class FolderGeneration:
    path: Path
    final: Path | None = None

    @contextmanager
    def changing(self) -> Iterator[ox.Store]:
        with st.new_generation(self.path) as (store, final):
            self.final = final
            yield store

    def view(self) -> ox.Store:
        return ox.Store.read_only(str(self.final))

    def publish(self) -> None:
        st.publish(self.path, self.final)


@dataclass
class Folder:
    path: Path

    @property
    def folder(self) -> Path:
        return self.path

    def __str__(self) -> str:
        return str(self.path)

    def exists(self) -> bool:
        return st.exists(self.path)

    def open_read(self) -> ox.Store:
        return st.open_read(self.path)

    @contextmanager
    def writing(self, base: str = "") -> Iterator[FolderGeneration]:
        self.path.mkdir(parents=True, exist_ok=True)
        with st.lock(self.path):
            yield FolderGeneration(self.path)


# ---- a SPARQL server -----------------------------------------------------------------

def tally(quads, into: dict) -> Iterator[ox.Quad]:
    """Pass the quads on, keeping per graph (quad count, order-free sum of quad
    hashes) in ``into``: equal digests, equal graphs."""
    for q in quads:
        h = int.from_bytes(hashlib.blake2b(str(q).encode(), digest_size=16).digest(), "big")
        k, s = into.get(q.graph_name, (0, 0))
        into[q.graph_name] = (k + 1, (s + h) % (1 << 128))
        yield q


def graph_digests(quads) -> dict:
    out: dict = {}
    for _ in tally(quads, out):
        pass
    return out


@dataclass
class ServerGeneration:
    remote: RemoteStore
    work: Path
    base: str  # kg's graphs are named under it; the server's own graphs are left alone
    store: ox.Store | None = None
    before: dict = field(default_factory=dict)

    @contextmanager
    def changing(self) -> Iterator[ox.Store]:
        self.store = ox.Store(str(self.work))
        self.store.bulk_extend(tally(self.remote.quads(self.base), self.before))
        yield self.store
        self.store.flush()

    def view(self) -> ox.Store:
        return self.store

    def publish(self) -> None:
        """The graphs that differ from the server's, replaced in one update request."""
        after = graph_digests(self.store)
        gone = [g for g in self.before if g not in after]
        changed = [g for g in after if self.before.get(g) != after[g]]
        if not gone and not changed:
            return
        outside = [g for g in changed if not (isinstance(g, ox.NamedNode) and g.value.startswith(self.base))]
        if outside:
            raise StoreError(f"{self.remote.url}: kg writes only the named graphs under {self.base}; "
                             f"this change writes to {outside[0]}")
        ops = [f"DROP SILENT GRAPH {g}" for g in gone + [g for g in changed if g in self.before]]
        ops += (insert_data({g: self.store.quads_for_pattern(None, None, None, g) for g in changed}))
        try:
            self.remote.client.run_update(" ;\n".join(ops))
        except StoreError as exc:
            raise StoreError(f"{exc}; the build is one update, applied whole or not at all: the server holds "
                             "the previous graph (or, had it read the whole update, the new one)") from None


@dataclass
class Server:
    url: str
    folder: None = None

    def __str__(self) -> str:
        return self.url

    def exists(self) -> bool:
        return len(self.open_read()) > 0

    def open_read(self) -> RemoteStore:
        from kg.config import Settings

        return RemoteStore(self.url, Settings.from_env().base).check()

    @contextmanager
    def delta(self, base: str) -> Iterator["ServerWork"]:
        """A build's changes, against the server without a copy of its graph (kg.delta)."""
        from kg.delta import ServerWork

        tmp = Path(tempfile.mkdtemp(prefix="kg-delta-"))
        try:
            work = ServerWork(self.open_read(), tmp / "store", base)
            yield work
            del work.store
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    @contextmanager
    def writing(self, base: str) -> Iterator[ServerGeneration]:
        """No lock: the protocols have none, so one writer at a time is the user's rule."""
        tmp = Path(tempfile.mkdtemp(prefix="kg-mirror-"))
        try:
            yield ServerGeneration(self.open_read(), tmp / "store", base)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
