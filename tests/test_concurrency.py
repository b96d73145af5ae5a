"""Concurrency on the embedded store: readers never see half an article; group commits keep order and fail whole."""

from __future__ import annotations

import random
import string
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from service.errors import BackendUnavailable
from service.ingest import prepare_article
from service.models import ParsedQuery, QueryTerm, SearchFilters, SearchRequest
from service.stores.embedded import EmbeddedStore
from service.stores.embedded_db import SpellingIndex
from service.stores.embedded_index import SearchIndex


def test_readers_never_see_half_an_article(app: Any) -> None:
    store = app.extensions["store"]
    articles = [prepare_article({"text": " ".join(f"Sentence {n} of article {k} about rockets." for n in range(12)),
                                 "external_id": f"c-{k}"}) for k in range(120)]
    problems: list[str] = []
    done = threading.Event()

    def writer() -> None:
        for start in range(0, len(articles), 10):
            store.ingest(articles[start:start + 10])
        done.set()

    def reader() -> None:
        while not done.is_set():
            for article in articles[::7]:
                found = store.search(SearchRequest(ParsedQuery(), SearchFilters(article_ids=(article.id,)), limit=50))
                if found.total not in (0, article.passage_count):
                    problems.append(f"{article.id}: {found.total} of {article.passage_count} passages")

    threads = [threading.Thread(target=writer)] + [threading.Thread(target=reader) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert problems == []
    assert store.stats().articles == len(articles)


def _articles(count: int, prefix: str) -> list[Any]:
    return [prepare_article({"text": f"Report {k} of {prefix}: the {prefix}word convoy was seen near the bridge.",
                             "external_id": f"{prefix}-{k}"}) for k in range(count)]


def _hits(store: EmbeddedStore, article_id: str) -> int:
    return store.search(SearchRequest(ParsedQuery(), SearchFilters(article_ids=(article_id,)), limit=10)).total


def _word_total(store: EmbeddedStore, word: str) -> int:
    return store.search(SearchRequest(ParsedQuery(terms=(QueryTerm(word),)), SearchFilters(), limit=10)).total


def _wait_for(condition: Any, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


def test_concurrent_single_ingests_share_index_commits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = EmbeddedStore(tmp_path)
    commits: list[int] = []
    real_commit = SearchIndex.commit

    def slow_commit(index: SearchIndex) -> None:
        commits.append(1)
        time.sleep(0.05)  # as slow as a real commit's fsyncs, so writers pile up behind it
        real_commit(index)

    monkeypatch.setattr(SearchIndex, "commit", slow_commit)
    articles = _articles(24, "group")
    with ThreadPoolExecutor(24) as pool:
        outcomes = list(pool.map(lambda a: store.ingest([a])[0].status, articles))
    assert outcomes == ["created"] * 24
    assert len(commits) < 12  # one commit per article would be 24
    assert all(_hits(store, a.id) == 1 for a in articles)
    assert store.vocabulary(["groupword"]) == {"groupword": 24}  # each article counted once
    store.close()


def test_index_operations_keep_the_order_of_their_sqlite_commits(tmp_path: Path) -> None:
    """An ingest and a delete of one article, racing: the index ends as SQLite does (article gone)."""
    store = EmbeddedStore(tmp_path)
    [article] = _articles(1, "order")
    store.ingest([prepare_article({"text": "Warm-up article so the writer is open.", "external_id": "warm"})])
    with ThreadPoolExecutor(2) as pool:
        with store._commit_lock:  # hold commits back until both operations are queued
            ingested = pool.submit(store.ingest, [article])
            _wait_for(lambda: store._queued == 2)
            deleted = pool.submit(store.delete_article, article.id)
            _wait_for(lambda: store._queued == 3)
        assert ingested.result(timeout=30)[0].status == "created"
        deleted.result(timeout=30)
    assert _word_total(store, "orderword") == 0  # the index itself, not filtered through SQLite
    assert store.vocabulary(["orderword"]) == {"orderword": 0}
    store.close()
    reopened = EmbeddedStore(tmp_path)  # nothing left for reconciliation to find either
    assert _word_total(reopened, "orderword") == 0
    reopened.close()


def test_a_failed_group_commit_fails_every_writer_in_it_and_a_retry_indexes_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = EmbeddedStore(tmp_path)
    store.ingest([prepare_article({"text": "Warm-up article so the writer is open.", "external_id": "warm"})])
    articles = _articles(3, "failing")
    real_commit = SearchIndex.commit

    def broken_commit(index: SearchIndex) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(SearchIndex, "commit", broken_commit)
    with ThreadPoolExecutor(3) as pool:
        with store._commit_lock:
            futures = [pool.submit(store.ingest, [a]) for a in articles]
            _wait_for(lambda: store._queued == 4)
        errors = [f.exception(timeout=30) for f in futures]
    assert all(isinstance(e, BackendUnavailable) for e in errors)
    assert store.stats().articles == 4  # stored, not lost
    assert all(_hits(store, a.id) == 0 for a in articles)
    monkeypatch.setattr(SearchIndex, "commit", real_commit)
    assert [o.status for a in articles for o in store.ingest([a])] == ["unchanged"] * 3
    assert all(_hits(store, a.id) == 1 for a in articles)
    assert store.vocabulary(["failingword"]) == {"failingword": 3}
    store.close()



def test_spelling_variants_while_an_ingest_adds_words() -> None:
    # a search looking up spelling variants iterated a bucket that an ingest's new words grew:
    # "Set changed size during iteration", a 500 (seen once in a load test)
    rng = random.Random(3)

    def invent() -> str:
        return "b" + "".join(rng.choice(string.ascii_lowercase) for _ in range(6))

    index = SpellingIndex(lambda: [invent() for _ in range(20_000)])
    index.similar("bqwerty", 5)  # loads the buckets
    failures: list[str] = []
    done = threading.Event()

    def search() -> None:
        try:
            while not done.is_set():
                index.similar("bqwerty", 5)
        except RuntimeError as exc:
            failures.append(str(exc))

    def ingest() -> None:
        deadline = time.monotonic() + 0.5  # a time, not a count: other tests' idle threads slow switching
        while time.monotonic() < deadline and not failures:
            index.add([invent()])
        done.set()

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # switch threads often
    try:
        threads = [threading.Thread(target=search) for _ in range(3)] + [threading.Thread(target=ingest)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert failures == []
