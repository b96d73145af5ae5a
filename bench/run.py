"""Run the search/ingest benchmark at several corpus sizes and print a Markdown report.

    python -m bench.run [--sizes 10000,100000,1000000] [--dossiers 200]

Each size runs in its own process so peak RSS is per size. Paste the output into
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


def machine() -> str:
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            model = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{model}, {os.cpu_count()} cores, {memory:.0f} GiB RAM, Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--dossiers", type=int, default=200)
    parser.add_argument("--backend", default="embedded")
    parser.add_argument("--es-url")
    args = parser.parse_args()
    rows = []
    for size in [int(s) for s in args.sizes.split(",")]:
        command = [sys.executable, "-m", "bench.search_bench", "--passages", str(size),
                   "--dossiers", str(args.dossiers), "--backend", args.backend]
        if args.es_url:
            command += ["--es-url", args.es_url, "--no-fts5"]
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        rows.append(json.loads(output.strip().splitlines()[-1]))
        print(f"done {size}: {rows[-1]}", file=sys.stderr)
    print(f"Machine: {machine()}  \nDate: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC  \n"
          f"Command: `python -m bench.run --sizes {args.sizes} --dossiers {args.dossiers} --backend {args.backend}`\n")
    keys = [k for k in rows[0] if k != "backend"]
    print("| " + " | ".join(keys) + " |")
    print("|" + "---|" * len(keys))
    for row in rows:
        print("| " + " | ".join(str(row.get(k, "")) for k in keys) + " |")


if __name__ == "__main__":
    main()
