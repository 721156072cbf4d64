"""What a local Dask cluster's own machinery costs, apart from the work:
12 batches that only sleep 2 s, on 2 workers; the driver's CPU seconds and
the workers' (each worker's whole life, start included) while they sleep.
On a shared machine CPU seconds stay comparable where wall seconds do not.

    .venv/bin/python bench/cluster_overhead.py
    PYTHONPATH=../other-checkout .venv/bin/python bench/cluster_overhead.py   # the same for other code
"""
from __future__ import annotations

import os
import time


def nap(_: object) -> tuple[int, float]:
    """Sleep as a batch would work; report this worker's CPU seconds so far."""
    time.sleep(2.0)
    return os.getpid(), time.process_time()


def main() -> None:
    import kg.extract  # noqa: F401  (imported, as a build has it, before the cluster forks)
    from kg import cluster
    from kg.config import Settings

    settings = Settings.from_env(workers=2)
    t0, c0 = time.perf_counter(), time.process_time()
    with cluster.workers(settings) as pool:
        t1, c1 = time.perf_counter(), time.process_time()
        last: dict[int, float] = {}
        for pid, cpu in pool.imap(nap, range(12)):
            last[pid] = cpu
        t2, c2 = time.perf_counter(), time.process_time()
    t3 = time.perf_counter()
    print(f"start {t1 - t0:.2f} s wall, {c1 - c0:.2f} s CPU | 12 naps {t2 - t1:.2f} s wall: driver {c2 - c1:.2f} s CPU, "
          f"workers {sum(last.values()):.2f} s CPU | close {t3 - t2:.2f} s | load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
