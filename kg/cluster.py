"""Where parsing and extraction run in parallel: worker processes on this
machine (``-j N``, a fork pool) or a Dask cluster (``--workers N`` on a local
cluster, ``--scheduler ADDRESS`` on an existing one). Both are an ordered map
of batches of documents to their statements (``kg.extract`` chunks the
documents); the driver loads the results into the store.

Each worker loads the spaCy pipeline once: forked workers share the parent's,
Dask workers load it at start-up (``PipelineLoader``, also for a worker the
cluster restarts) and keep it (``kg.nlp.load_pipeline`` is cached per process).
A worker that dies is replaced and its batch retried by Dask; a batch that
keeps killing workers, or a scheduler that goes away, fails the build with a
ClusterError, before anything is written.

A build starts its local workers (``ahead``) before it opens its store, so
that no forked process holds the store's files, and a local cluster runs
without the housekeeping (``LEAN``) that cost a 2-core build more CPU than
the cluster's start.
"""
from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import Any

from kg.config import Settings
from kg.errors import ClusterError

Imap = Callable[[Callable[[Any], Any], Iterable[Any]], Iterator[Any]]


@dataclass(frozen=True)
class Workers:
    """An ordered ``imap`` over ``size`` parallel workers."""

    size: int
    imap: Imap


def parallel(settings: Settings) -> bool:
    return bool(settings.scheduler) or settings.workers > 0 or settings.n_process > 1


def forks(settings: Settings) -> bool:
    """Parallel workers forked from this process (-j N, a local cluster)."""
    return not settings.scheduler and (settings.workers > 0 or settings.n_process > 1)


@dataclass
class _Started:
    """Workers started by ``ahead`` and not yet handed out; ``stack`` closes them."""

    settings: Settings
    workers: Workers
    stack: ExitStack


_AHEAD: list[_Started] = []


@contextmanager
def ahead(settings: Settings, wanted: bool = True) -> Iterator[None]:
    """Start the local workers the settings ask for (``-j N``'s pool or a local
    Dask cluster) now, before the caller opens its store, for ``workers`` within
    to hand out: a process forked after the store was opened inherits its open
    files and the storage engine's threads, which a child must never touch.
    Nothing is started for a remote scheduler (nothing forks) or when not
    ``wanted`` (too few documents to extract in parallel)."""
    if not wanted or not forks(settings):
        yield
        return
    stack = ExitStack()
    started = _Started(settings, stack.enter_context(_start(settings)), stack)
    _AHEAD.append(started)
    try:
        yield
    finally:
        if started in _AHEAD:  # never handed out
            _AHEAD.remove(started)
        stack.close()  # a no-op when workers() has closed them already


@contextmanager
def workers(settings: Settings) -> Iterator[Workers]:
    """The workers the settings ask for: those ``ahead`` started, else new ones.
    They are closed when the caller is done with them (a cluster's processes
    are not kept idle through the rest of a build)."""
    started = next((a for a in _AHEAD if a.settings == settings), None)
    if started is None:
        with _start(settings) as w:
            yield w
        return
    _AHEAD.remove(started)
    with started.stack:
        yield started.workers


@contextmanager
def _start(settings: Settings) -> Iterator[Workers]:
    """Dask (scheduler, workers) or a process pool."""
    if settings.scheduler or settings.workers > 0:
        with _dask(settings) as w:
            yield w
    else:
        with _pool(settings) as w:
            yield w


@contextmanager
def _pool(settings: Settings) -> Iterator[Workers]:
    import multiprocessing as mp

    from kg.lexicon import load_lexicon
    from kg.nlp import load_pipeline

    load_pipeline(settings.model, settings.ontology)  # loaded once here, shared with forked workers
    load_lexicon(settings.ontology)
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    with ctx.Pool(settings.n_process) as pool:
        yield Workers(settings.n_process, pool.imap)


def _load(settings: Settings) -> None:
    from kg.lexicon import load_lexicon
    from kg.nlp import load_pipeline

    load_pipeline(settings.model, settings.ontology)
    load_lexicon(settings.ontology)


def _plugin(settings: Settings):
    from distributed.diagnostics.plugin import WorkerPlugin

    class PipelineLoader(WorkerPlugin):
        """Loads the spaCy pipeline when a worker starts (and restarts)."""

        def __init__(self, settings: Settings):
            self.settings = settings

        def setup(self, worker) -> None:
            _load(self.settings)

    return PipelineLoader(settings)


CLUSTER_FAILURES = (CancelledError, OSError, TimeoutError)  # scheduler gone, connection lost


# Dask's housekeeping that a local cluster of a few long batches does without;
# on two cores every CPU second of it is taken from the workers' parsing.
LEAN = {
    "distributed.worker.profile.enabled": False,  # each worker sampled its task's stack every 10 ms
    "distributed.scheduler.work-stealing": False,  # one batch per worker at a time: nothing to steal
    "distributed.scheduler.active-memory-manager.start": False,  # no results kept on workers to move
    "distributed.admin.tick.interval": "1s",  # event-loop health checks, 20 ms by default, in every process
    "distributed.admin.system-monitor.interval": "5s",  # psutil samples, 500 ms by default
}


def _local_cluster(settings: Settings, LocalCluster):
    """A local cluster whose worker processes are forked from this one after
    it has loaded the pipeline (as ``-j N``'s pool is), where the platform can
    fork: each worker then starts with spaCy, the pipeline and kg's extraction
    modules in memory instead of importing and loading them in a fresh
    interpreter (Dask's default, spawn). Measured on the 80k-word bench corpus:
    the cluster was ready after 7.8 s with spawn, the first batch of each
    worker took 12 % more CPU than the pool's (kg.extract imported on
    arrival); see the README's performance section."""
    import multiprocessing as mp

    import dask

    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    if method == "fork":
        import kg.extract  # noqa: F401  (the modules a batch needs, imported once, before the fork)

        _load(settings)
    with dask.config.set({"distributed.worker.multiprocessing-method": method,
                          "distributed.scheduler.worker-saturation": 1.0, **LEAN}):
        return LocalCluster(n_workers=settings.workers, threads_per_worker=1, processes=True, memory_limit=0,
                            host="127.0.0.1", dashboard_address=None, silence_logs=logging.ERROR)


@contextmanager
def _dask(settings: Settings) -> Iterator[Workers]:
    try:
        from distributed import Client, KilledWorker, LocalCluster
    except ImportError as exc:
        raise ClusterError("--workers and --scheduler need Dask: pip install 'kg[dask]'") from exc
    cluster = None
    where = settings.scheduler or f"a local cluster of {settings.workers} workers"
    try:
        if settings.scheduler:
            client = Client(settings.scheduler, timeout=30)
        else:
            cluster = _local_cluster(settings, LocalCluster)
            client = Client(cluster)
    except CLUSTER_FAILURES as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {where} ({exc})") from None
    try:
        try:
            client.register_plugin(_plugin(settings), name="kg-pipeline")
            size = max(1, len(client.scheduler_info().get("workers", {})))
        except CLUSTER_FAILURES as exc:
            raise ClusterError(f"the Dask cluster at {where} failed to start its workers ({exc})") from None

        def imap(fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
            """Results in input order, with a bounded number of batches in flight."""
            items = iter(items)
            pending: deque = deque(client.submit(fn, x, pure=False) for _, x in zip(range(4 * size), items))
            while pending:
                future = pending.popleft()
                try:
                    result = future.result()
                except KilledWorker as exc:
                    raise ClusterError(f"Dask workers of {where} died on a batch of documents, "
                                       f"{exc.args[0] if exc.args else ''}; nothing was written") from None
                except CLUSTER_FAILURES as exc:
                    raise ClusterError(f"lost the Dask cluster at {where} mid-build "
                                       f"({type(exc).__name__}: {exc}); nothing was written") from None
                future.release()
                nxt = next(items, None)
                if nxt is not None:
                    pending.append(client.submit(fn, nxt, pure=False))
                yield result

        yield Workers(size, imap)
    finally:
        try:
            client.close()
            if cluster is not None:
                cluster.close()
        except CLUSTER_FAILURES:
            pass
