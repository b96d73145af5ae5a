"""A longer fuzz run than the suite's: `python -m bench.fuzz --examples 5000`.

Runs tests/test_fuzz.py (schemathesis with hostile values in every field, and the sweep of raw
fragments) with more examples per operation, then prints how many requests were sent and how
many got a server error (5xx), with the tally by operation and status. Hypothesis may stop below
the maximum when an operation's inputs are few (`--hypothesis-show-statistics` says how many
ran). Any 5xx or schema-breaking response fails it (exit status 1).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile


def main() -> None:
    from service.openapi import OPERATIONS

    parser = argparse.ArgumentParser()
    parser.add_argument("--examples", type=int, default=2000, help="total examples across all operations")
    args = parser.parse_args()
    per_operation = max(1, args.examples // len(OPERATIONS))
    with tempfile.TemporaryDirectory(prefix="factcheck-fuzz-report-") as folder:
        report = os.path.join(folder, "statuses.json")
        env = {**os.environ, "FACTCHECK_FUZZ_EXAMPLES": str(per_operation), "FACTCHECK_FUZZ_REPORT": report}
        result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                                 "--hypothesis-show-statistics", "tests/test_fuzz.py"], env=env, check=False)
        statuses: dict[str, int] = {}
        if os.path.exists(report):
            with open(report, encoding="utf-8") as handle:
                statuses = json.load(handle)
    server_errors = sum(count for key, count in statuses.items()
                        if not key.startswith("refused") and int(key.rsplit(" ", 1)[1]) >= 500)
    requests = sum(count for key, count in statuses.items() if not key.startswith("refused"))
    print(f"\n{len(OPERATIONS)} operations, {per_operation} examples each at most; "
          f"{requests} requests, {server_errors} server errors (5xx)")
    for key, count in statuses.items():
        print(f"  {key}: {count}")
    sys.exit(1 if result.returncode or server_errors or not statuses else 0)


if __name__ == "__main__":
    main()
