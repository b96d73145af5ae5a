"""The `factcheck` command: thin over the same service functions as the API."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from service.cli import main
from service.settings import SETTINGS


def invoke(runner: Any, *args: str) -> Any:
    return runner.invoke(main, list(args), catch_exceptions=False)


def test_help_lists_commands_and_every_setting(runner: Any) -> None:
    result = invoke(runner, "--help")
    for command in ("serve", "ingest", "search", "reindex", "stats", "check", "dossiers", "eval"):
        assert command in result.output
    for setting in SETTINGS:
        assert setting.env_name in result.output


def test_ingest_search_stats_reindex(runner: Any, seeds_dir: Path) -> None:
    result = invoke(runner, "ingest", "--quiet", str(seeds_dir))
    assert result.exit_code == 0, result.output
    assert "ingested 5, unchanged 0, failed 0" in result.output
    again = invoke(runner, "ingest", "--quiet", str(seeds_dir))
    assert "ingested 0, unchanged 5" in again.output

    stats = json.loads(invoke(runner, "stats").output)
    assert stats["articles"] == 5 and stats["passages"] > 50

    found = json.loads(invoke(runner, "search", "--json", "--size", "3", "Katyusha").output)
    assert found["total"] >= 2 and len(found["hits"]) <= 3

    readable = invoke(runner, "search", "Katyusha")
    assert "passages" in readable.output and "Katyusha" in readable.output

    reindexed = invoke(runner, "reindex")
    assert reindexed.exit_code == 0 and "5 articles" in reindexed.output
    after = json.loads(invoke(runner, "search", "--json", "--size", "3", "Katyusha").output)
    assert [h["passage"]["id"] for h in after["hits"]] == [h["passage"]["id"] for h in found["hits"]]


def test_ingest_reports_bad_files_on_stderr_and_exits_nonzero(runner: Any, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("The base was hit on Monday.", encoding="utf-8")
    (folder / "bad.json").write_text("{broken", encoding="utf-8")
    (folder / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    (folder / "rows.jsonl").write_text('{"text": "Row one."}\n{"text": ""}\n', encoding="utf-8")
    result = invoke(runner, "ingest", "--quiet", str(folder))
    assert result.exit_code == 1
    assert "ingested 2, unchanged 0, failed 3" in result.stdout
    assert "bad.json" in result.stderr and "UTF-8" in result.stderr and "rows.jsonl:2" in result.stderr


def test_missing_path_is_one_line_on_stderr(runner: Any, tmp_path: Path) -> None:
    result = invoke(runner, "ingest", str(tmp_path / "nope"))
    assert result.exit_code != 0
    assert result.stderr.count("\n") == 1 and "no such file" in result.stderr


def test_bad_search_argument_is_one_line_on_stderr(runner: Any) -> None:
    result = invoke(runner, "search", "--from", "yesterday", "rockets")
    assert result.exit_code == 2
    assert result.stderr.startswith("factcheck: error:") and "published_from" in result.stderr


def test_serve_with_unreachable_elasticsearch_is_one_line(runner: Any, monkeypatch: Any) -> None:
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.setenv("FACTCHECK_BACKEND", "elasticsearch")
    monkeypatch.setenv("ELASTICSEARCH_URL", f"http://127.0.0.1:{port}")
    monkeypatch.setenv("ELASTICSEARCH_CONNECT_ATTEMPTS", "1")
    result = invoke(runner, "serve")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and f"127.0.0.1:{port}" in result.stderr


def test_ingest_leaves_the_key_for_serve_to_generate_and_print(runner: Any, seeds_dir: Path, tmp_path: Path) -> None:
    from service.server import _announce_key
    from service.settings import load_settings

    invoke(runner, "ingest", "--quiet", str(seeds_dir))
    data_dir = tmp_path / "cli-data"
    assert not (data_dir / "api-key").exists()
    import contextlib
    import io

    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        _announce_key(load_settings())
    key = (data_dir / "api-key").read_text().strip()
    assert key in printed.getvalue()


def test_dossiers_lists_checked_claims_with_search_and_filters(runner: Any, seeds_dir: Path) -> None:
    invoke(runner, "ingest", "--quiet", str(seeds_dir))
    checked = [json.loads(invoke(runner, "check", "--json", claim).output) for claim in (
        "Four Katyusha rockets were launched at Ain al-Asad", "Drones attacked the Al-Tanf base")]
    assert checked[0]["similar_dossiers"] == []
    listing = json.loads(invoke(runner, "dossiers", "--json").output)
    assert [d["id"] for d in listing["dossiers"]] == [checked[1]["id"], checked[0]["id"]]
    assert listing["dossiers"][0]["review"] == {"state": "unreviewed", "verdict": None}
    found = json.loads(invoke(runner, "dossiers", "--json", "katyusha", "--review-state", "unreviewed").output)
    assert [d["id"] for d in found["dossiers"]] == [checked[0]["id"]]
    readable = invoke(runner, "dossiers", "rocket")
    assert "1 dossiers" in readable.output and checked[0]["id"] in readable.output and "[unreviewed]" in readable.output
    bad = runner.invoke(main, ["dossiers", "--verdict", "true"])
    assert bad.exit_code != 0 and "verdict" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
