"""Where a parallel extraction spends its time: workers' start-up (cluster,
pipeline load), then each batch's wall and CPU seconds on its worker.

    .venv/bin/python bench/extract_probe.py CORPUS dask   # a local Dask cluster of 2 workers
    .venv/bin/python bench/extract_probe.py CORPUS pool   # -j 2's fork pool

Extraction only (nothing is loaded into a store); times are from process start.
A batch's CPU seconds against its wall seconds show how much of a core the
worker had (other work on the machine takes the rest).
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

T_START = time.perf_counter()


def lap(msg: str) -> None:
    print(f"{time.perf_counter() - T_START:7.2f}s {msg}", flush=True)


def timed(args):
    from kg.extract import _work

    wall, cpu = time.time(), time.process_time()
    out = _work(args)
    return os.getpid(), wall, time.time(), time.process_time() - cpu, out


def main() -> None:
    from kg import cluster
    from kg.config import Settings
    from kg.ingest import read_paths
    from kg.records import Document

    corpus, mode = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else "dask")
    docs = [d for d in read_paths([Path(corpus)]) if isinstance(d, Document)]
    lap(f"read {len(docs)} documents")
    settings = Settings.from_env(workers=2) if mode == "dask" else Settings.from_env(n_process=2)
    epoch, offset = time.time(), time.perf_counter() - T_START
    with cluster.workers(settings) as pool:
        lap(f"{mode}: {pool.size} workers ready (pipeline loaded)")
        size = max(1, min(settings.batch_size, len(docs) // (pool.size * 4) or 1))  # as kg.extract chunks
        chunks = [(docs[i:i + size], settings) for i in range(0, len(docs), size)]
        total_cpu = 0.0
        for i, (pid, a, b, cpu, batch) in enumerate(pool.imap(timed, chunks)):
            total_cpu += cpu
            words = sum(len(d.text.split()) for d, _, _ in batch)
            lap(f"batch {i}: {words:,} words, worker {pid} ran {a - epoch + offset:.2f}-{b - epoch + offset:.2f} s "
                f"({b - a:.2f} s wall, {cpu:.2f} s CPU)")
    lap(f"workers closed; batches' CPU {total_cpu:.1f} s, this process's CPU {time.process_time():.1f} s")


if __name__ == "__main__":
    main()
