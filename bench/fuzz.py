"""A longer schemathesis run than the suite's: `python -m bench.fuzz --examples 2000`.

Runs the same property test as tests/test_fuzz.py with more examples per operation and prints
pytest's summary and Hypothesis's statistics (examples actually run per operation: Hypothesis
may stop below the maximum when an operation's inputs are few); any 5xx or schema-breaking
response fails it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--examples", type=int, default=2000, help="total examples across all operations")
    args = parser.parse_args()
    operations = 9
    env = {**os.environ, "FACTCHECK_FUZZ_EXAMPLES": str(max(1, args.examples // operations))}
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                             "--hypothesis-show-statistics", "tests/test_fuzz.py"],
                            env=env, check=False)
    sys.exit(result.returncode)


if __name__ == "__main__":
    main()
