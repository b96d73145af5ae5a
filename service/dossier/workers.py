"""Dossier assessment in worker processes, so that a server's dossiers use a core of their own.

    request thread: gather_evidence (analysis, store look-ups, search) ─► Gathered (pickled)
    worker process: assess_claim (alignment, stance, independence, verdict) ─► dumped document

Assessing a claim is pure Python and holds the GIL for most of a dossier's time; in the server's
one process it stalled every concurrent search and ingest (the load test's dossiers spent two
thirds of their time there). The store stays in the server process: workers never open it.
Workers start lazily, in a `forkserver` context (the server has tantivy and SQLite threads, which
`fork` must not copy); if a worker dies, the request is assessed in its own thread and the pool
is replaced.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from service.dossier.pipeline import Gathered, assess_claim
from service.schemas.dossiers import DossierSchema

log = logging.getLogger(__name__)

_DOSSIER = DossierSchema()


def assess_document(gathered: Gathered) -> dict[str, Any]:
    """The dossier document for gathered evidence (took_ms is the caller's to set)."""
    document: dict[str, Any] = _DOSSIER.dump(assess_claim(gathered))
    return document


class DossierWorkers:
    """A pool of `processes` assessing dossiers; with 0 processes, assessment runs in the caller."""

    def __init__(self, processes: int) -> None:
        self.processes = max(0, processes)
        self._pool: ProcessPoolExecutor | None = None
        self._pid: int | None = None
        self._lock = threading.Lock()

    def assess(self, gathered: Gathered) -> dict[str, Any]:
        if self.processes == 0:
            return assess_document(gathered)
        pool = self._ready()
        try:
            return pool.submit(assess_document, gathered).result()  # type: ignore[no-any-return]
        except BrokenProcessPool:
            log.warning("a dossier worker process died; assessing in the request thread and restarting the pool")
            self._discard(pool)
            return assess_document(gathered)

    def _ready(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None or self._pid != os.getpid():  # a forked server worker starts its own
                context = multiprocessing.get_context("forkserver")
                self._pool = ProcessPoolExecutor(self.processes, mp_context=context)
                self._pid = os.getpid()
            return self._pool

    def _discard(self, pool: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is pool:
                self._pool = None
        pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None and self._pid == os.getpid():
            pool.shutdown(wait=True, cancel_futures=True)
