"""Bulk payloads validated and analyzed in helper processes while the caller's thread stores.

    chunk of payloads ─► a helper process: ArticleInSchema load + analyze_article ─► ArticleParts | (status, detail)
                     └─► inline, the same function, while the helpers start, when they are behind or missing
                         (a chunk still waiting at a helper when its results are due is taken back)

`Ingestion` (service.actions) submits each chunk of a bulk here and takes the results back in
submission order, so its report is the same whichever way a chunk went.

Why processes and not threads: analysis is pure Python, and the embedded store releases the GIL
for every SQLite statement and row; each time it wants the GIL back from a busy analysing thread
it waits out the interpreter's switch interval (5 ms), so with a thread the store ran at half its
speed and ingest got slower than doing one thing after the other. Why `ArticleParts` and not
`Article`: loading pickled dataclasses cost 12 µs per passage in the storing process, plain parts
0.6 µs plus 5 µs to assemble.

Why the caller does not analyze beside its helpers when there are as many helpers as cores: the
same switch interval. A helper's results come back through a pipe that a thread of the caller's
process reads (and its next chunk goes out through one); while the caller's own thread analyzed
pure Python, that thread waited 5 ms for the GIL at each step, and the helper stood still with a
full pipe: with one helper on two cores it was idle a fifth of the time. Two helpers and a caller
that only stores: 200k passages at 5,251–5,279 passages/s against 4,579 (bench/ingest, measured
2026-12-06). With fewer helpers than cores the caller analyzes the chunks the helpers have not
started while it waits, as before.

There is one pool of helpers per process (`FACTCHECK_INGEST_PROCESSES`, at most one per core),
shared by concurrent bulks. The first bulk of more than one chunk starts it, and it is used only
once it has answered a first call, so no caller waits for it to start. It comes from a
`forkserver`, as the dossier workers do: the server process runs threads (gunicorn's gthread
workers, tantivy's writer) that `fork` must not copy. As with any multiprocessing, the helpers
import the main module, so a script that ingests through `Ingestion` needs an
`if __name__ == "__main__":` guard; without one the pool fails to start and everything is
analyzed inline. A pool whose helper dies is replaced on the next bulk; the chunks it held are
analyzed inline. The helpers exit by themselves when the process that started them is killed.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import threading
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, NamedTuple

from service.errors import FactcheckError
from service.ingest import ArticleParts, analyze_article
from service.schemas import load
from service.schemas.articles import ArticleInSchema
from service.settings import load_settings

IDLE_SECONDS = 60.0  # helpers unused this long exit (_Helper._exit_when_idle)
CHUNK = 50  # payloads per helper call: 25–50 ms of work against a 0.4 ms round trip (measured)

Problem = tuple[int, str]  # (HTTP status, detail) of a payload that failed validation
Prepared = list[ArticleParts | Problem]


def prepare_payloads(schema: ArticleInSchema, payloads: Sequence[Mapping[str, Any]]) -> Prepared:
    """Each payload validated by `schema` and analyzed, or the problem that stopped it."""
    prepared: Prepared = []
    for payload in payloads:
        try:
            prepared.append(analyze_article(load(schema, payload)))
        except FactcheckError as exc:
            prepared.append((exc.status, exc.detail))
    return prepared


_HELPER_SCHEMA = ArticleInSchema()  # the helper process runs one call at a time


def _prepare_in_helper(payloads: Sequence[Mapping[str, Any]]) -> Prepared:
    return prepare_payloads(_HELPER_SCHEMA, payloads)


def _start_helper(parent: int) -> None:
    """In the helper: yield the CPU to the server's process, and exit once `parent` is gone.

    Niced, the helper uses the CPU that searches, the storing thread and tantivy's indexing
    threads leave; on a busy machine the caller analyzes inline what it cannot take. (On an idle
    machine it makes no difference: 100k passages at 11.3–13.1k passages/s niced, 11.3–12.5k
    not.) A killed parent never shuts its executor down, and the helper (a child of the
    forkserver, not of the parent) would wait for work forever."""
    os.nice(10)

    def watch() -> None:
        while True:
            time.sleep(1)
            try:
                os.kill(parent, 0)
            except ProcessLookupError:
                os._exit(0)
            except PermissionError:  # exists, under another user
                pass

    threading.Thread(target=watch, name="helper-watch", daemon=True).start()


class _Helper:
    """The helper processes (an executor of `processes` workers) and the first call that tells they have started."""

    def __init__(self, processes: int) -> None:
        self.pid = os.getpid()
        self.processes = processes
        self.executor = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("forkserver"),
                                            initializer=_start_helper, initargs=(self.pid,))
        self.started = self.executor.submit(_prepare_in_helper, ())
        # chunks sent and not answered: the first call's too, so that the idle time counts from when the helpers
        # have started (a start slower than IDLE_SECONDS would otherwise stop them before any use)
        self.in_flight = 1
        self.last_used = time.monotonic()
        self.started.add_done_callback(self._answered)
        threading.Thread(target=self._exit_when_idle, name="helpers-idle", daemon=True).start()

    def sent(self, future: Future[Prepared]) -> None:
        with _helper_lock:
            self.in_flight += 1
            self.last_used = time.monotonic()
        future.add_done_callback(self._answered)

    def _answered(self, _: Future[Prepared]) -> None:
        with _helper_lock:
            self.in_flight -= 1
            self.last_used = time.monotonic()

    def _exit_when_idle(self) -> None:
        """Stop the helpers once no bulk has used them for IDLE_SECONDS: ~90 MB each that a server between bulks
        does not need (the next bulk starts them again, analysing inline meanwhile)."""
        global _helper
        while True:
            time.sleep(min(5.0, IDLE_SECONDS / 2))
            with _helper_lock:
                if _helper is not self:
                    return
                if self.in_flight or time.monotonic() - self.last_used < IDLE_SECONDS:
                    continue
                _helper = None
            self.executor.shutdown(wait=False, cancel_futures=True)
            return

    def usable(self) -> bool:
        return self.started.done() and self.started.exception() is None


_helper: _Helper | None = None
_helper_lock = threading.RLock()  # (re-entered when a done callback runs at once, in _Helper.__init__)


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _pool_size() -> int:
    """Helpers to start: the setting, at most one per core; none on a single core, where they would only compete."""
    cores = _cores()
    return 0 if cores < 2 else max(0, min(load_settings()["INGEST_PROCESSES"], cores))


def _running_helper() -> _Helper | None:
    """The shared pool of helpers, started on first use; None when there is none to start."""
    global _helper
    with _helper_lock:
        if _helper is None or _helper.pid != os.getpid():  # a forked server worker starts its own
            processes = _pool_size()
            if not processes:
                return None
            _helper = _Helper(processes)
        return _helper


def _discard(broken: _Helper) -> None:
    global _helper
    with _helper_lock:
        if _helper is broken:
            _helper = None
    broken.executor.shutdown(wait=False, cancel_futures=True)


def shutdown_helper() -> None:
    """Stop the helper process and wait for it to exit (a later bulk starts a new one)."""
    global _helper
    with _helper_lock:
        helper, _helper = _helper, None
    if helper is not None and helper.pid == os.getpid():
        helper.executor.shutdown(wait=True, cancel_futures=True)


class HelperUsage(NamedTuple):
    pid: int
    niceness: int
    peak_rss_mb: float
    cpu_seconds: float


def _usage_while_busy(seconds: float) -> HelperUsage:
    """In a helper: its usage, after `seconds` of sleep (so that each idle helper takes one of helper_usages' calls)."""
    time.sleep(seconds)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return HelperUsage(os.getpid(), os.nice(0), usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)


def helper_usages() -> list[HelperUsage]:
    """Each running helper's process id, niceness, peak RSS and CPU time, by process id (for tests and benchmarks:
    call it while no bulk runs)."""
    with _helper_lock:
        helper = _helper
    if helper is None or not helper.usable():
        return []
    found: dict[int, HelperUsage] = {}
    for wait in (0.05, 0.2, 0.5):  # a helper still busy with a call answers none; a longer wait spreads them
        calls = [helper.executor.submit(_usage_while_busy, wait) for _ in range(helper.processes)]
        found.update((usage.pid, usage) for usage in (call.result() for call in calls))
        if len(found) == helper.processes:
            break
    return sorted(found.values())


def wait_for_helper() -> bool:
    """Start the helper if needed and wait until it answers; whether it is usable."""
    helper = _running_helper()
    if helper is None:
        return False
    try:
        helper.started.result()
    except Exception:  # a helper that cannot start leaves ingest inline
        return False
    return True


class Pending:
    """One submitted chunk: its payloads and either the helper's future or the inline result."""

    __slots__ = ("payloads", "future", "prepared", "helper")

    def __init__(self, payloads: Sequence[Mapping[str, Any]], future: Future[Prepared] | None = None,
                 prepared: Prepared | None = None, helper: _Helper | None = None) -> None:
        self.payloads, self.future, self.prepared, self.helper = payloads, future, prepared, helper

    def done(self) -> bool:
        return self.future is None or self.future.done()


class Preparer:
    """Where one bulk's chunks are prepared: at the helper once it is usable, else inline. A chunk
    is taken back and analyzed inline when its results are needed before the helper has started
    on it (it is busy with other bulks, or niced away by other work), so nobody waits for it."""

    def __init__(self) -> None:
        self._schema = ArticleInSchema()
        self._sent = 0
        self._taken_back = 0

    @staticmethod
    def helps_while_waiting() -> bool:
        """Whether the caller should analyze chunks the helpers have not started while it waits: only with
        fewer helpers than cores (with as many, its analysis only delays theirs; see the module's notes)."""
        helper = _helper
        return helper is None or helper.processes < _cores()

    @property
    def chunks_at_helper(self) -> int:
        """Chunks the helper analyzed (sent to it and not taken back)."""
        return self._sent - self._taken_back

    def submit(self, payloads: Sequence[Mapping[str, Any]], use_helper: bool) -> Pending:
        helper = _running_helper() if use_helper else None
        if helper is not None and helper.usable():
            try:
                future = helper.executor.submit(_prepare_in_helper, payloads)
            except (BrokenProcessPool, RuntimeError):  # died or shut down since it answered
                _discard(helper)
            else:
                self._sent += 1
                helper.sent(future)
                return Pending(payloads, future, helper=helper)
        return Pending(payloads, prepared=prepare_payloads(self._schema, payloads))

    def steal(self, pending: Pending) -> bool:
        """Analyze here a chunk the helper has not started yet (the caller has nothing else to do
        while the helper works on an earlier one); whether it was taken."""
        if pending.future is None or not pending.future.cancel():
            return False
        self._taken_back += 1
        pending.prepared, pending.future = prepare_payloads(self._schema, pending.payloads), None
        return True

    def result(self, pending: Pending) -> Prepared:
        """The chunk's results, in payload order: the helper's, waiting only for a chunk it has
        started; otherwise analyzed here."""
        if pending.future is None:
            return pending.prepared or []
        if not pending.future.cancel():
            try:
                return pending.future.result()
            except BrokenProcessPool:
                if pending.helper is not None:
                    _discard(pending.helper)
            except Exception:  # analyzed again below: an error of the analysis itself is raised there, as inline
                pass
        self._taken_back += 1
        return prepare_payloads(self._schema, pending.payloads)
