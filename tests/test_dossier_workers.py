"""Dossiers assessed in worker processes (what `factcheck serve` does) equal those assessed inline."""

from __future__ import annotations

import os
import signal
from typing import Any

import pytest

from service.dossier.workers import DossierWorkers

CLAIMS = [
    "Two Americans were slightly injured in the January attack on Ain al-Asad.",
    "Ten missiles were fired at Ain al-Asad.",
    "Two Katyusha rockets fell near the base in August 2024.",
]


def _comparable(document: dict[str, Any]) -> dict[str, Any]:
    """A dossier without what differs on every run (its id, creation time and timing) and the
    earlier dossiers it lists (a second dossier on a claim lists the first)."""
    return {key: value for key, value in document.items()
            if key not in ("id", "created_at", "took_ms", "similar_dossiers")}


@pytest.fixture
def pooled(app: Any, seeded_client: Any) -> Any:
    """The seeded app with one dossier worker process instead of inline assessment."""
    inline = app.extensions["dossier_workers"]
    app.extensions["dossier_workers"] = DossierWorkers(1)
    yield app
    app.extensions["dossier_workers"].close()
    app.extensions["dossier_workers"] = inline


@pytest.mark.parametrize("claim", CLAIMS)
def test_a_worker_process_assesses_exactly_as_the_request_thread(pooled: Any, seeded_client: Any,
                                                                  claim: str) -> None:
    in_worker = seeded_client.post("/api/v1/dossiers", json={"claim": claim})
    assert in_worker.status_code == 201, in_worker.get_json()
    workers = pooled.extensions["dossier_workers"]
    assert workers._started == 1
    [worker] = list(workers._idle.queue)
    assert worker.process.pid != os.getpid() and worker.process.is_alive()  # another process did it
    inline = DossierWorkers(0)
    pooled.extensions["dossier_workers"] = inline
    in_thread = seeded_client.post("/api/v1/dossiers", json={"claim": claim})
    pooled.extensions["dossier_workers"] = workers
    assert _comparable(in_worker.get_json()) == _comparable(in_thread.get_json())
    assert in_worker.get_json()["verdict"]["label"] in ("supported", "refuted", "disputed", "unverified")
    stored = seeded_client.get(f"/api/v1/dossiers/{in_worker.get_json()['id']}")
    assert stored.status_code == 200 and _comparable(stored.get_json()) == _comparable(in_worker.get_json())


def test_a_killed_worker_costs_no_request_and_the_pool_is_replaced(pooled: Any, seeded_client: Any) -> None:
    first = seeded_client.post("/api/v1/dossiers", json={"claim": CLAIMS[0]})
    assert first.status_code == 201
    workers = pooled.extensions["dossier_workers"]
    [dead] = list(workers._idle.queue)
    os.kill(dead.process.pid, signal.SIGKILL)
    dead.process.join(timeout=10)
    again = seeded_client.post("/api/v1/dossiers", json={"claim": CLAIMS[0]})  # assessed inline
    assert again.status_code == 201, again.get_json()
    assert _comparable(again.get_json()) == _comparable(first.get_json())
    assert workers._started == 0 and list(workers._idle.queue) == []
    third = seeded_client.post("/api/v1/dossiers", json={"claim": CLAIMS[1]})  # by a new worker
    assert third.status_code == 201
    [replacement] = list(workers._idle.queue)
    assert replacement.process.pid != dead.process.pid and replacement.process.is_alive()


def test_an_error_in_a_worker_reaches_the_request_as_it_would_inline(monkeypatch: pytest.MonkeyPatch) -> None:
    from service.dossier import workers as module

    broken = DossierWorkers(1)
    try:
        with pytest.raises(AttributeError):
            broken.assess(None)  # type: ignore[arg-type]  # assess_claim(None) fails in the worker
        assert broken._started == 1 and len(broken._idle.queue) == 1  # the worker lives on
        monkeypatch.setattr(module.os, "getpid", lambda: -1)  # as in a forked copy of the server
        with pytest.raises(AttributeError):
            broken.assess(None)  # type: ignore[arg-type]  # inline: no worker of another process
    finally:
        monkeypatch.undo()
        broken.close()


def test_workers_started_ahead_wait_idle_and_assess_as_inline(app: Any, seeded_client: Any) -> None:
    from service.server import _warm_up

    inline = app.extensions["dossier_workers"]
    app.extensions["dossier_workers"] = DossierWorkers(2)
    try:
        _warm_up(app)  # what `factcheck serve` runs in a thread at start
        workers = app.extensions["dossier_workers"]
        assert workers._started == 2
        started = list(workers._idle.queue)
        assert len(started) == 2 and all(w.process.is_alive() and w.process.pid != os.getpid() for w in started)
        workers.start_all()  # all running: nothing more starts
        assert workers._started == 2 and len(workers._idle.queue) == 2
        pooled = seeded_client.post("/api/v1/dossiers", json={"claim": CLAIMS[0]})
        assert pooled.status_code == 201
        assert {w.process.pid for w in workers._idle.queue} == {w.process.pid for w in started}  # served by one of them
        app.extensions["dossier_workers"] = inline
        in_thread = seeded_client.post("/api/v1/dossiers", json={"claim": CLAIMS[0]})
        assert _comparable(pooled.get_json()) == _comparable(in_thread.get_json())
    finally:
        workers.close()
        app.extensions["dossier_workers"] = inline


def test_no_worker_starts_ahead_when_dossiers_are_assessed_inline() -> None:
    workers = DossierWorkers(0)
    workers.start_all()
    assert workers._started == 0 and list(workers._idle.queue) == []
