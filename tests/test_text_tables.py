"""service.text.tables loads every table the text layer reads lazily, so a server's first request pays for none."""

from __future__ import annotations

import subprocess
import sys

# Run in a fresh interpreter: in the test process an earlier test has usually loaded the tables already.
PROBE = """
from service.text import places, units, vectors
from service.text.tables import load_tables
loaded = lambda: (places._cities.cache_info().currsize, places._gazetteer.cache_info().currsize,
                  units._REGISTRY is not None, vectors._model is not None)
assert loaded() == (0, 0, False, False), loaded()
load_tables()
assert loaded() == (1, 1, True, True), loaded()
print("ok")
"""


def test_load_tables_loads_each_lazily_read_table() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr
