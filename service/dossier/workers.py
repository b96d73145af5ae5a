"""Dossier assessment in worker processes, so that a server's dossiers use a core of their own.

    request thread: gather_evidence (analysis, store look-ups, search) ─► Gathered ─► a free worker
    worker process: assess_claim (alignment, stance, independence, verdict) ─► dumped document

Assessing a claim is pure Python and holds the GIL for most of a dossier's time; in the server's
one process it stalled every concurrent search and ingest. The store stays in the server
process: workers never open it.

Each worker has its own pipe, and the request thread itself sends the work and waits for the
answer (blocked in `recv`, without the GIL). concurrent.futures' process pool was tried first:
its result-handling thread needs the server's GIL for every hand-over, and with 32 request
threads contending it starved the workers (load test: dossiers p50 1.9 s, worker 6–48 % busy).
Workers start lazily in a `forkserver` context (the server has tantivy and SQLite threads, which
`fork` must not copy). A worker that dies costs no request: the request is assessed in its own
thread, and a new worker replaces the dead one on a later request.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import queue
import threading
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from service.collector import settle_collector
from service.dossier.pipeline import Gathered, assess_claim
from service.dossier.stance_model import load_model
from service.schemas.dossiers import DossierSchema
from service.schemas.fastdump import compile_dump
from service.text.tables import load_tables

log = logging.getLogger(__name__)

_DOSSIER = DossierSchema()
_dump_dossier = compile_dump(_DOSSIER)  # the same output, faster (service/schemas/fastdump.py)


def assess_document(gathered: Gathered) -> dict[str, Any]:
    """The dossier document for gathered evidence (took_ms is the caller's to set)."""
    return _dump_dossier(assess_claim(gathered))


def _serve(connection: Connection, announce: bool = False) -> None:
    """A worker's loop: a Gathered in, ("ok", document) or ("error", exception) out, until EOF.
    Started ahead of any request (`announce`), it says ("ready", None) once its tables are loaded."""
    settle_collector()  # as the server does: a dossier allocates thousands of short-lived objects
    load_tables()
    load_model()
    if announce:
        connection.send(("ready", None))
    while True:
        try:
            gathered = connection.recv()
        except (EOFError, OSError):
            return
        try:
            answer: tuple[str, Any] = ("ok", assess_document(gathered))
        except Exception as exc:  # noqa: BLE001 - handed to the request thread, which raises it
            answer = ("error", exc)
        try:
            connection.send(answer)
        except (OSError, ValueError):
            return


class _Worker:
    def __init__(self, process: BaseProcess, connection: Connection) -> None:
        self.process = process
        self.connection = connection

    def stop(self) -> None:
        self.connection.close()
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=5)


class DossierWorkers:
    """Up to `processes` workers assessing dossiers; with 0, assessment runs in the caller's thread."""

    def __init__(self, processes: int) -> None:
        self.processes = max(0, processes)
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self._started = 0  # live workers (idle or busy)
        self._pid = os.getpid()
        self._lock = threading.Lock()

    def assess(self, gathered: Gathered) -> dict[str, Any]:
        worker = self._worker()
        if worker is None:
            return assess_document(gathered)
        try:
            worker.connection.send(gathered)
            status, value = worker.connection.recv()
        except (EOFError, OSError, ValueError):
            log.warning("a dossier worker process died; assessing in the request thread")
            self._retire(worker)
            return assess_document(gathered)
        self._idle.put(worker)
        if status == "error":
            raise value
        return value  # type: ignore[no-any-return]

    def _worker(self) -> _Worker | None:
        """An idle worker, a new one while fewer than `processes` run, else wait for one."""
        if self.processes == 0 or os.getpid() != self._pid:  # a forked copy never uses its parent's pipes
            return None
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            start = self._started < self.processes
            if start:
                self._started += 1
        if not start:
            return self._idle.get()
        try:
            return self._start()
        except OSError:
            log.warning("could not start a dossier worker process", exc_info=True)
            with self._lock:
                self._started -= 1
            return None

    def start_all(self) -> None:
        """Start the workers not yet running, one at a time, each made idle once it has loaded its
        tables: what a server does at start, so that its first dossiers wait for no process to start
        nor for any table to load. A request that comes meanwhile waits for the first ready worker,
        which loaded its tables without a second one starting beside it on the same cores."""
        while True:
            with self._lock:
                if self.processes == 0 or os.getpid() != self._pid or self._started >= self.processes:
                    return
                self._started += 1
            try:
                worker = self._start(announce=True)
                worker.connection.recv()  # ("ready", None)
            except (EOFError, OSError):
                log.warning("could not start a dossier worker process", exc_info=True)
                with self._lock:
                    self._started -= 1
                return
            self._idle.put(worker)

    def _start(self, announce: bool = False) -> _Worker:
        context = multiprocessing.get_context("forkserver")
        ours, theirs = context.Pipe()
        process = context.Process(target=_serve, args=(theirs, announce), name="factcheck-dossier", daemon=True)
        process.start()
        theirs.close()
        return _Worker(process, ours)

    def _retire(self, worker: _Worker) -> None:
        with self._lock:
            self._started -= 1
        worker.stop()

    def close(self) -> None:
        """Stop the idle workers (call when no request is running)."""
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                return
            self._retire(worker)
