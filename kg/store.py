"""The embedded on-disk store (Oxigraph) behind ``kg build`` and ``kg query``.

A graph directory holds generations of the store: ``DIR/store/gNNNNNN``,
and ``DIR/store/CURRENT`` names the published one. A build copies the current
generation (a RocksDB checkpoint: hard links, cheap), changes the copy and
publishes it by atomically replacing CURRENT. So a crash mid-build leaves
the previous graph intact, and readers (which open a published generation
read-only) see the old graph or the new one, never half of one.
"""
from __future__ import annotations

import fcntl
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreError

KEEP_GENERATIONS = 2


def store_root(graph_dir: Path) -> Path:
    return Path(graph_dir) / "store"


def current_generation(graph_dir: Path) -> Path | None:
    root = store_root(graph_dir)
    try:
        name = (root / "CURRENT").read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    path = root / name
    return path if name and path.is_dir() else None


def exists(graph_dir: Path) -> bool:
    return current_generation(graph_dir) is not None


def open_read(graph_dir: Path) -> ox.Store:
    """The published graph, read-only; a clear error if DIR holds none."""
    for attempt in range(3):
        gen = current_generation(graph_dir)
        if gen is None:
            raise StoreError(f"{graph_dir}: no graph here; build one with `kg build FILES -o {graph_dir}`")
        try:
            return ox.Store.read_only(str(gen))
        except OSError as exc:
            # a build published a newer generation and pruned this one as we opened it
            if attempt == 2 or current_generation(graph_dir) == gen:
                raise StoreError(f"{graph_dir}: cannot open the store ({exc})") from exc
    raise AssertionError("unreachable")


@contextmanager
def lock(graph_dir: Path) -> Iterator[None]:
    """One writer at a time per graph directory."""
    root = store_root(graph_dir)
    root.mkdir(parents=True, exist_ok=True)
    with (root / "LOCK").open("w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise StoreError(f"{graph_dir}: another kg build or remove is writing here; wait for it") from exc
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _next_name(root: Path) -> str:
    nums = [int(p.name[1:]) for p in root.glob("g[0-9]*") if p.name[1:].isdigit()]
    return f"g{max(nums, default=0) + 1:06d}"


@contextmanager
def new_generation(graph_dir: Path) -> Iterator[tuple[ox.Store, Path]]:
    """A writable copy of the current graph; published only if the block succeeds.
    Call under ``lock``; publish with ``publish`` once exports are written."""
    root = store_root(graph_dir)
    root.mkdir(parents=True, exist_ok=True)
    for stale in root.glob("*.partial"):  # a crashed build's leftovers
        shutil.rmtree(stale, ignore_errors=True)
    name = _next_name(root)
    work = root / f"{name}.partial"
    cur = current_generation(graph_dir)
    if cur is not None:
        src = ox.Store.read_only(str(cur))
        src.backup(str(work))
        del src
    store = ox.Store(str(work))
    final = root / name
    try:
        yield store, final
        # compacted, the bulk loader's many SST files become a few: every read after
        # (the exports' full dump and scans, later queries) decodes terms about twice
        # as fast, for a compaction of a fifth of that time (bench/, 50k statements)
        store.optimize()
        store.flush()
    except BaseException:
        del store
        shutil.rmtree(work, ignore_errors=True)
        raise
    del store
    os.replace(work, final)


def publish(graph_dir: Path, generation: Path) -> None:
    """Make ``generation`` the current graph (atomic) and drop old generations."""
    root = store_root(graph_dir)
    tmp = root / "CURRENT.tmp"
    tmp.write_text(generation.name + "\n", encoding="utf-8")
    with tmp.open("rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, root / "CURRENT")
    gens = sorted(p for p in root.glob("g[0-9]*") if p.is_dir() and not p.name.endswith(".partial"))
    for old in gens[:-KEEP_GENERATIONS]:
        shutil.rmtree(old, ignore_errors=True)


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write a file so that readers see the old or the new content, never half."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    mode = "wb" if isinstance(data, bytes) else "w"
    with tmp.open(mode, **({} if isinstance(data, bytes) else {"encoding": "utf-8"})) as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
