"""The real server, killed with SIGKILL in the middle of a bulk ingest, loses nothing it acknowledged."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from bench.crash import crash_once


@pytest.mark.slow
def test_sigkill_mid_ingest_keeps_acknowledged_articles_whole(tmp_path: Path) -> None:
    result = crash_once(tmp_path, articles=500, batch=50, rng=random.Random(11))
    assert result["acknowledged"] > 0, "the kill came before any batch was acknowledged"
    assert result["present"] < 500, "the kill came after the whole ingest: nothing was cut off"
    assert result["problems"] == []
