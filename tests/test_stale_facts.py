"""Passages whose facts an older version read are said in /health, `factcheck stats` and the server's start log,
until `factcheck reindex` reads them again."""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from service.stores import STALE_FACTS

API = "/api/v1"


def _as_an_older_version_left_them(data_dir: Path) -> None:
    with sqlite3.connect(data_dir / "factcheck.sqlite3") as db:
        db.execute("UPDATE passages SET facts = '{\"v\":0}'")


def test_health_says_when_stored_facts_are_an_older_reading(app: Any, client: Any, tmp_path: Path) -> None:
    ingested = client.post(f"{API}/articles", json={"text": "Two rockets hit the port on Monday, officials said."})
    assert ingested.status_code == 201, ingested.get_json()
    healthy = client.get(f"{API}/health").get_json()
    assert healthy["facts_current"] is True and healthy["warnings"] == []
    _as_an_older_version_left_them(tmp_path / "data")
    stale = client.get(f"{API}/health")
    assert stale.status_code == 200  # still serving: the dossiers read the facts again
    assert stale.get_json()["facts_current"] is False and stale.get_json()["warnings"] == [STALE_FACTS]
    assert "factcheck reindex" in STALE_FACTS
    app.extensions["store"].reindex()
    assert client.get(f"{API}/health").get_json()["warnings"] == []


def test_cli_stats_and_the_server_start_warn_of_an_older_reading(runner: Any, seeds_dir: Path, tmp_path: Path,
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    from service.cli import main
    from service.server import _warm_up

    assert runner.invoke(main, ["ingest", "--quiet", str(seeds_dir)]).exit_code == 0
    current = runner.invoke(main, ["stats"])
    assert json.loads(current.stdout)["facts_current"] is True and "warning" not in current.stderr
    _as_an_older_version_left_them(tmp_path / "cli-data")
    stale = runner.invoke(main, ["stats"])
    assert stale.exit_code == 0 and json.loads(stale.stdout)["facts_current"] is False
    assert stale.stderr.strip() == f"warning: {STALE_FACTS}"

    from service import create_app

    app = create_app({"DATA_DIR": str(tmp_path / "cli-data"), "DOSSIER_PROCESSES": 0, "API_KEYS": ["k"]})
    try:
        with caplog.at_level(logging.WARNING, logger="service.server"):
            _warm_up(app)
        assert [r.getMessage() for r in caplog.records if r.name == "service.server"] == [STALE_FACTS]
    finally:
        app.extensions["store"].close()
