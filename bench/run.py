"""Run the search/ingest benchmark at several corpus sizes and print a Markdown report.

    python -m bench.run [--sizes 10000,100000,1000000] [--dossiers 200] [--backends embedded,osmem]

Each size and backend runs in its own process so peak RSS is per run. Backends: `embedded`,
`osmem` (the Elasticsearch backend on osmem-server, which is not Elasticsearch; no FTS5
baseline) or `elasticsearch` with `--es-url`. With two backends a second table gives, per
size, the second backend's figures as multiples of the first's. Paste the output into
docs/benchmarks.md (it states the machine and the date).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
from datetime import UTC, datetime
from typing import Any


def machine() -> str:
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            model = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{model}, {os.cpu_count()} cores, {memory:.0f} GiB RAM, Python {platform.python_version()}"


def one_run(size: int, backend: str, dossiers: int, es_url: str | None) -> dict[str, Any]:
    command = [sys.executable, "-m", "bench.search_bench", "--passages", str(size), "--dossiers", str(dossiers)]
    if backend == "osmem":
        command += ["--osmem"]
    else:
        command += ["--backend", backend]
    if es_url and backend == "elasticsearch":
        command += ["--es-url", es_url, "--no-fts5"]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    row: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    row["requested"] = size
    return row


RATIO_KEYS = ["ingest_passages_per_s", "search_p50_ms", "search_p95_ms", "dossier_p50_ms", "dossier_p95_ms",
              "dossier_real_p50_ms", "dossier_real_p95_ms"]


def table(rows: list[dict[str, Any]]) -> list[str]:
    keys: list[str] = []
    for row in rows:
        keys += [k for k in row if k not in keys and k != "requested"]
    lines = ["| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    lines += ["| " + " | ".join(str(row.get(k, "")) for k in keys) + " |" for row in rows]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--dossiers", type=int, default=200)
    parser.add_argument("--backends", default="embedded", help="comma-separated: embedded, osmem, elasticsearch")
    parser.add_argument("--es-url")
    args = parser.parse_args()
    backends = args.backends.split(",")
    rows = []
    for size in [int(s) for s in args.sizes.split(",")]:
        for backend in backends:
            rows.append(one_run(size, backend, args.dossiers, args.es_url))
            print(f"done {size} {backend}: {rows[-1]}", file=sys.stderr, flush=True)
    print(f"Machine: {machine()}  \nDate: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC  \n"
          f"Command: `python -m bench.run {' '.join(sys.argv[1:])}`\n")
    print("\n".join(table(rows)))
    if len(backends) > 1:
        base, other = backends[0], backends[1]
        print(f"\n{other} / {base} (ingest: ratio of passages/s; latencies: ratio of ms)\n")
        ratios = []
        for size in dict.fromkeys(r["requested"] for r in rows):
            first = next(r for r in rows if r["requested"] == size and r["backend"] == base)
            second = next((r for r in rows if r["requested"] == size and r["backend"] == other), None)
            if second is None:
                continue
            ratio: dict[str, Any] = {"passages": first["passages"]}
            for key in RATIO_KEYS:
                if first.get(key) and second.get(key) is not None:
                    ratio[key] = round(second[key] / first[key], 2)
            ratios.append(ratio)
        print("\n".join(table(ratios)))


if __name__ == "__main__":
    main()
