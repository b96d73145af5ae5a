"""Concurrent ingest and search never see a half-written article (embedded store, threads)."""

from __future__ import annotations

import threading
from typing import Any

from service.ingest import prepare_article
from service.models import ParsedQuery, SearchFilters, SearchRequest


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
