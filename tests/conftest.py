"""App, client and runner fixtures on a temporary data directory, plus small helpers."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from service import create_app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


WRITE_KEY = "test-write-key"
READ_KEY = "test-read-key"


@pytest.fixture
def app(tmp_path: Path) -> Any:
    app = create_app({
        "DATA_DIR": str(tmp_path / "data"), "BACKEND": "embedded", "TESTING": True,
        "API_KEYS": [WRITE_KEY], "READ_KEYS": [READ_KEY], "RATE_LIMIT": 0,
        "DOSSIER_PROCESSES": 0,  # dossiers in the request thread; tests/test_dossier_workers.py covers the pool
    })
    yield app
    app.extensions["store"].close()


@pytest.fixture
def client(app: Any) -> Any:
    """A client that sends the write key with every request."""
    client = app.test_client()
    client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {WRITE_KEY}"
    return client


@pytest.fixture
def anon_client(app: Any) -> Any:
    """A client that sends no key."""
    return app.test_client()


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A CLI runner whose commands use a fresh embedded data directory."""
    from click.testing import CliRunner

    monkeypatch.setenv("FACTCHECK_DATA_DIR", str(tmp_path / "cli-data"))
    monkeypatch.setenv("FACTCHECK_BACKEND", "embedded")
    return CliRunner()


@pytest.fixture
def seeds_dir(tmp_path: Path) -> Path:
    """A copy of the shipped seed corpus (texts and sidecars)."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture
def seeded_client(client: Any, seeds_dir: Path) -> Any:
    """A client whose store holds the five seed articles, loaded through the bulk endpoint."""
    from service.files import find_files, read_payloads

    payloads = [payload for _, payload in read_payloads(find_files([seeds_dir]))]
    response = client.post("/api/v1/articles/bulk", json=payloads)
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["ingested"] == len(payloads) == 5
    return client


def seed_payloads() -> list[dict[str, Any]]:
    """The seed articles as `factcheck ingest` reads them (text plus sidecar)."""
    import json

    payloads = []
    for path in sorted(SEEDS.glob("*.txt")):
        sidecar = path.with_suffix(".meta.json")
        meta = json.loads(sidecar.read_text(encoding="utf-8")) if sidecar.exists() else {}
        payloads.append({**meta, "text": path.read_text(encoding="utf-8")})
    return payloads


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """An embedded store holding the seed corpus, shared by a module's tests (which only read it)."""
    from service.ingest import prepare_article
    from service.stores.embedded import EmbeddedStore

    store = EmbeddedStore(tmp_path_factory.mktemp("seeded"))
    store.ingest([prepare_article(p) for p in seed_payloads()])
    yield store
    store.close()


@pytest.fixture(autouse=True)
def _no_dns(monkeypatch: pytest.MonkeyPatch) -> None:
    """URL fetching resolves nothing but address literals and `localhost` in tests: no test sends
    traffic (DNS included) anywhere but loopback, and the address checks still run on the answers."""
    from tests.support.web import loopback_resolver

    monkeypatch.setattr("service.fetch.resolve_host", loopback_resolver)
