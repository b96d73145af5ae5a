"""`Ingestion` (bulk API and `factcheck ingest`): the report and the store calls are the same
whether chunks are prepared inline or in the helper process (service.preparing)."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from service.actions import BATCH, Ingestion
from service.errors import BackendUnavailable, FactcheckError
from service.ingest import (
    ArticleParts,
    BulkReport,
    account_batch,
    analyze_article,
    assemble_article,
    prepare_article,
    report_unavailable,
)
from service.models import Article, IngestOutcome
from service.preparing import (
    CHUNK,
    Pending,
    Preparer,
    helper_usages,
    prepare_payloads,
    shutdown_helper,
    wait_for_helper,
)
from service.schemas import load
from service.schemas.articles import ArticleInSchema

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


class FakeStore:
    """Outcomes by id and content hash like a real store; records each call; may fail one call."""

    backend_name = "fake"

    def __init__(self, fail_call: int | None = None, error: Exception | None = None) -> None:
        self.shas: dict[str, str] = {}
        self.calls: list[list[str]] = []
        self.fail_call, self.error = fail_call, error

    def ingest(self, articles: Sequence[Article]) -> list[IngestOutcome]:
        self.calls.append([f"{a.id}:{a.passage_count}:{a.title}" for a in articles])
        if len(self.calls) == self.fail_call and self.error is not None:
            raise self.error
        outcomes = []
        for article in articles:
            if article.id not in self.shas:
                self.shas[article.id] = article.content_sha256
                outcomes.append(IngestOutcome("created", article))
            elif self.shas[article.id] == article.content_sha256:
                outcomes.append(IngestOutcome("unchanged", article))
            else:
                outcomes.append(IngestOutcome("conflict", article, "exists with other text"))
        return outcomes


class PipelinedStore(FakeStore):
    """A FakeStore with begin_ingest, as the embedded store has: records where each part ran."""

    def __init__(self, fail_call: int | None = None, error: Exception | None = None) -> None:
        super().__init__(fail_call, error)
        self.events: list[tuple[str, int, bool]] = []  # (part, batch number, in the main thread)

    def begin_ingest(self, articles: Sequence[Article]) -> Any:
        import threading

        number = len(self.events) // 2 + 1
        self.events.append(("begin", number, threading.current_thread() is threading.main_thread()))

        def finish() -> list[IngestOutcome]:
            self.events.append(("finish", number, threading.current_thread() is threading.main_thread()))
            return self.ingest(articles)
        return finish


LINES = 3 * BATCH + 3 * CHUNK + 6


def text(line: int) -> str:
    return (f"Report {line}. Reuters said two rockets hit the base. Officials, speaking on condition of "
            f"anonymity, told AFP on Monday that {line % 7} soldiers were hurt.")


def bulk() -> Iterator[tuple[int, dict[str, Any] | None]]:
    """Over two batches of lines: valid articles, invalid ones, repeats, conflicts and broken lines."""
    for line in range(1, LINES + 1):
        if line % 97 == 0:
            yield line, {"text": "   "}  # 422: only whitespace
        elif line % 89 == 0:
            yield line, None  # a broken line, rejected by the reader
        elif line % 61 == 0:
            yield line, {"text": text(line - 1), "external_id": f"ext-{line - 1}"}  # a repeat: unchanged
        elif line % 53 == 0:
            yield line, {"text": "Other words.", "external_id": f"ext-{line - 2}"}  # 409 conflict
        else:
            yield line, {"text": text(line), "external_id": f"ext-{line}", "title": f"Title {line}",
                         "published_at": "2024-01-02" if line % 5 else "yesterday"}  # 422 every fifth


def run(store: FakeStore, helper: bool, max_articles: int | None = LINES - 40) -> Ingestion:
    ingestion = Ingestion(store, max_articles=max_articles, helper=helper)
    for line, payload in bulk():
        if payload is None:
            ingestion.reject(line, 400, "invalid JSON")
        else:
            ingestion.add(line, payload)
    ingestion.flush()
    return ingestion


def ingest_batch(store: FakeStore, numbered: list[tuple[int, Article]], report: BulkReport) -> None:
    """One batch stored and accounted for at once, as a line-by-line ingest does it."""
    if not numbered:
        return
    try:
        outcomes = store.ingest([article for _, article in numbered])
    except BackendUnavailable as exc:
        report_unavailable(numbered, exc, report)
        return
    account_batch(numbered, outcomes, report)


def run_line_by_line(store: FakeStore, max_articles: int | None = LINES - 40) -> BulkReport:
    """The reference: each line validated and prepared as it comes, a batch stored when it fills."""
    report, pending, seen, schema = BulkReport(), [], 0, ArticleInSchema()
    for line, payload in bulk():
        if payload is None:
            report.add_error(line, 400, "invalid JSON")
            continue
        seen += 1
        if max_articles is not None and seen > max_articles:
            report.add_error(line, 413, f"over the limit of {max_articles} articles per bulk request; not ingested")
            continue
        try:
            pending.append((line, prepare_article(load(schema, payload))))
        except FactcheckError as exc:
            report.add_error(line, exc.status, exc.detail)
        if len(pending) >= BATCH:
            ingest_batch(store, pending, report)
            pending = []
    ingest_batch(store, pending, report)
    return report


@pytest.fixture(scope="module")
def helper_started() -> Iterator[None]:
    if not wait_for_helper():
        pytest.skip("no helper process on a single core")
    yield
    shutdown_helper()


@pytest.mark.parametrize("failure", [None, BackendUnavailable("down", retry_after=5)])
def test_helper_gives_the_inline_report_and_store_calls(helper_started: None, failure: Exception | None) -> None:
    reference_store, inline_store, helper_store = (FakeStore(2, failure) for _ in range(3))
    reference = run_line_by_line(reference_store)
    inline = run(inline_store, helper=False)
    with_helper = run(helper_store, helper=True)
    assert inline.chunks_at_helper == 0 and with_helper.chunks_at_helper > 0
    assert inline.report == reference and with_helper.report == reference
    assert inline_store.calls == reference_store.calls and helper_store.calls == reference_store.calls
    assert [len(call) for call in inline_store.calls][:2] == [BATCH, BATCH]
    statuses = {error["status"] for error in inline.report.errors}
    assert statuses == {400, 409, 413, 422} | ({503} if failure else set())
    assert inline.report.unchanged > 0
    if failure:
        assert sum(error["status"] == 503 for error in inline.report.errors) == BATCH


def test_every_line_is_accounted_once() -> None:
    report = run(FakeStore(), helper=False, max_articles=None).report
    assert report == run_line_by_line(FakeStore(), max_articles=None)
    lines = [error["line"] for error in report.errors]
    assert len(lines) == len(set(lines)) == report.failed
    assert report.ingested + report.unchanged + report.failed == LINES
    invalid = [error["line"] for error in report.errors if error["status"] == 422]
    assert invalid == sorted(invalid) and 0 < report.unchanged < report.ingested


@pytest.mark.parametrize("helper", [False, True])
def test_a_store_error_propagates_and_later_batches_are_not_sent(helper_started: None, helper: bool) -> None:
    store = FakeStore(1, RuntimeError("bug in the store"))
    with pytest.raises(RuntimeError, match="bug in the store"):
        run(store, helper=helper, max_articles=None)
    assert len(store.calls) == 1


def test_a_chunk_lost_with_the_helper_is_prepared_inline() -> None:
    payloads = [{"text": "Reuters said it. Nobody else did.", "external_id": "a"}, {"text": ""}]
    preparer = Preparer()
    for lost in (BrokenProcessPool("helper died"), OSError("pipe closed")):
        future: Future[Any] = Future()
        future.set_exception(lost)
        prepared = preparer.result(Pending(payloads, future))
        expected = prepare_payloads(ArticleInSchema(), payloads)
        assert [p._replace(ingested_at="") if isinstance(p, ArticleParts) else p for p in prepared] == \
            [p._replace(ingested_at="") if isinstance(p, ArticleParts) else p for p in expected]
        assert isinstance(prepared[1], tuple) and prepared[1][0] == 422


def test_a_chunk_the_helper_has_not_started_is_taken_back() -> None:
    payloads = [{"text": "Reuters said it. Nobody else did.", "external_id": "a"}]
    preparer = Preparer()
    waiting: Future[Any] = Future()  # queued at the helper, not running
    prepared = preparer.result(Pending(payloads, waiting))
    assert waiting.cancelled() and isinstance(prepared[0], ArticleParts) and prepared[0].external_id == "a"
    started: Future[Any] = Future()
    started.set_running_or_notify_cancel()
    started.set_result(["from the helper"])
    assert preparer.result(Pending(payloads, started)) == ["from the helper"]


def test_an_error_in_the_analysis_itself_is_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(fields: Any, **_: Any) -> ArticleParts:
        raise ZeroDivisionError("a bug in the analysis")

    monkeypatch.setattr("service.preparing.analyze_article", broken)
    future: Future[Any] = Future()
    future.set_exception(ZeroDivisionError("a bug in the analysis"))
    with pytest.raises(ZeroDivisionError):  # the inline retry meets the same bug and raises it for real
        Preparer().result(Pending([{"text": "fine"}], future))


@pytest.mark.parametrize("stem", sorted(p.stem for p in SEEDS.glob("*.txt")))
def test_parts_survive_pickling_and_assemble_to_the_prepared_article(stem: str) -> None:
    fields = {"text": (SEEDS / f"{stem}.txt").read_text(encoding="utf-8"), "external_id": stem, "outlet": "Desk"}
    now = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)
    parts = pickle.loads(pickle.dumps(analyze_article(fields, now=now)))
    article = assemble_article(parts)
    assert article == prepare_article(fields, now=now)
    assert article.passages and any(p.attributions for p in article.passages)


def test_the_helper_gives_way_to_the_storing_process(helper_started: None) -> None:
    usage = helper_usages()[0]
    assert usage.pid != os.getpid()
    assert usage.niceness > os.nice(0)


@pytest.mark.parametrize("processes", [0, 1, 2])
def test_the_pool_has_the_configured_helpers_and_the_caller_analyzes_only_with_fewer_than_cores(
        monkeypatch: pytest.MonkeyPatch, processes: int) -> None:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    if cores < 2:
        pytest.skip("no helper process on a single core")
    monkeypatch.setenv("FACTCHECK_INGEST_PROCESSES", str(processes))
    shutdown_helper()
    try:
        assert wait_for_helper() == (processes > 0)
        usages = helper_usages()
        assert len(usages) == min(processes, cores) and len({u.pid for u in usages}) == len(usages)
        assert all(u.pid != os.getpid() and u.niceness > os.nice(0) for u in usages)
        # (with as many helpers as cores, analysing here too only delays theirs: see service.preparing)
        assert Preparer.helps_while_waiting() == (min(processes, cores) < cores)
        with_pool = run(FakeStore(), helper=True)
        assert with_pool.report == run_line_by_line(FakeStore())
        assert (with_pool.chunks_at_helper > 0) == (processes > 0)
    finally:
        shutdown_helper()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_idle_helpers_exit_and_the_next_bulk_starts_them_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("service.preparing.IDLE_SECONDS", 0.5)
    shutdown_helper()
    try:
        if not wait_for_helper():
            pytest.skip("no helper process on a single core")
        used = run(FakeStore(), helper=True)
        assert used.chunks_at_helper > 0
        pids = [u.pid for u in helper_usages()]
        assert pids and all(running(pid) for pid in pids)
        deadline = time.monotonic() + 15
        while any(running(pid) for pid in pids) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(running(pid) for pid in pids) and helper_usages() == []
        assert wait_for_helper() and run(FakeStore(), helper=True).report == used.report
    finally:
        shutdown_helper()


def running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_the_helper_exits_when_its_parent_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "parent.py"
    script.write_text(textwrap.dedent("""
        import time
        from service.preparing import helper_usages, wait_for_helper
        if __name__ == "__main__":
            print(helper_usages()[0].pid if wait_for_helper() else 0, flush=True)
            time.sleep(60)
    """))
    with subprocess.Popen([sys.executable, str(script)], cwd=ROOT, stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True) as parent:  # stderr: the leaked-semaphore notice
        try:
            assert parent.stdout is not None
            helper = int(parent.stdout.readline())
        finally:
            parent.kill()
    if not helper:
        pytest.skip("no helper process on a single core")
    deadline = time.monotonic() + 15
    while running(helper) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not running(helper)


@pytest.mark.parametrize("failure", [None, BackendUnavailable("down", retry_after=5)])
def test_batches_are_indexed_in_another_thread_and_the_report_is_unchanged(failure: Exception | None) -> None:
    reference = run_line_by_line(FakeStore(2, failure))
    pipelined = PipelinedStore(2, failure)
    report = run(pipelined, helper=False).report
    assert report == reference  # same counts, same errors in the same order
    begun = [number for part, number, _ in pipelined.events if part == "begin"]
    finished = [number for part, number, _ in pipelined.events if part == "finish"]
    assert begun == finished == list(range(1, len(begun) + 1)) and len(begun) >= 3
    assert all(main for part, _, main in pipelined.events if part == "begin")
    assert not any(main for part, _, main in pipelined.events if part == "finish")


def test_factcheck_ingest_keeps_no_list_of_stored_articles(tmp_path: Path, seeds_dir: Path) -> None:
    """The API's bulk reply lists each stored line's article id; a file ingest of any size does not
    keep that list, which it never prints."""
    from service.actions import ingest_sources
    from service.fetch import Fetcher, FetchPolicy
    from service.stores.embedded import EmbeddedStore

    store = EmbeddedStore(tmp_path / "data")
    try:
        report = ingest_sources(store, [str(seeds_dir)], Fetcher(FetchPolicy()),
                                progress=False)
        assert (report.ingested, report.failed, report.articles) == (5, 0, [])
    finally:
        store.close()
