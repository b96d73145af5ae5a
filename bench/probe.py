"""How fast this machine runs Python right now, to read a benchmark figure against.

The VM these benchmarks run on shares its cores: the same fixed loop has taken from 0.60 s to
1.08 s a few seconds apart. `cpu_probe_ms` is the best of three runs of a fixed pure-Python
workload, measured beside a benchmark (before and after it); a run whose probe is far above its
usual value ran on a slowed machine, and its latencies say more about the neighbours than the code.
"""

from __future__ import annotations

import time

PROBE_ITERATIONS = 1_000_000


def _workload() -> int:
    total = 0
    for i in range(PROBE_ITERATIONS):
        total += i * i % 7
    return total


def cpu_probe_ms(repeats: int = 3) -> float:
    """Milliseconds of the fixed workload, best of `repeats` (about 100 ms each on an idle core)."""
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        _workload()
        best = min(best, time.perf_counter() - started)
    return round(best * 1000, 1)


if __name__ == "__main__":
    print(cpu_probe_ms())
