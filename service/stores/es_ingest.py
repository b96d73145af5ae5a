"""One `ingest()` call on Elasticsearch: passages first, the article last, every item accounted for.

    mget articles ─► stored: unchanged | conflict
                  ─► new: delete stale passages ─► bulk passages + words ─► bulk create articles
                      201 created · 409 someone else was first: unchanged | conflict, passages repaired
                      refused item → rejected (detail names the field) · connection lost → failed

Passage ids are `{article_id}-{ordinal}`, so writing them again overwrites, never duplicates;
the article document (op_type `create`) is what makes an article exist. Both bulk requests
refresh with `wait_for`, so `created` means searchable.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from elastic_transport import TransportError
from elasticsearch import ApiError, helpers

from service.errors import BackendUnavailable
from service.models import Article, IngestOutcome
from service.stores.es_errors import error_reason, field_of, translate, translated
from service.stores.es_queries import article_document, passage_document
from service.stores.es_vocabulary import words_of

if TYPE_CHECKING:
    from service.stores.elasticsearch import ElasticsearchStore

log = logging.getLogger(__name__)

Results = list[tuple[bool, dict[str, Any]]]


def bulk(store: ElasticsearchStore, actions: list[dict[str, Any]],
         refresh: str | bool = "wait_for") -> tuple[Results, str | None]:
    """Send actions with streaming bulk: (per-action results in order, what cut it short)."""
    results: Results = []
    if not actions:
        return results, None
    try:
        for ok, item in helpers.streaming_bulk(store.es, actions, chunk_size=1000, max_chunk_bytes=20 * 2**20,
                                               raise_on_error=False, raise_on_exception=True, refresh=refresh):
            results.append((ok, next(iter(item.values()))))
    except (TransportError, ApiError) as exc:
        return results, translate(exc).detail
    return results, None


def item_problem(item: dict[str, Any]) -> str:
    """One line for a refused bulk item, naming the field when Elasticsearch names one."""
    reason = error_reason(item.get("error", {}))[1]
    if item.get("status") == 400:
        return f"Elasticsearch rejected the document: {field_of(reason, 'document')}: {reason}"
    return f"Elasticsearch could not store it (HTTP {item.get('status')}: {reason}); retry later"


def passage_actions(article: Article, index: str) -> list[dict[str, Any]]:
    return [{"_op_type": "index", "_index": index, "_id": p.id, "_source": passage_document(p, article)}
            for p in article.passages]


def existing_outcome(article: Article, stored: Article) -> IngestOutcome:
    if stored.content_sha256 == article.content_sha256:
        return IngestOutcome("unchanged", stored)
    detail = f"article {article.id} exists with other text"
    if article.external_id is not None:
        detail = f"external_id {article.external_id!r} exists with other text"
    return IngestOutcome("conflict", article, detail)


class BulkIngest:
    def __init__(self, store: ElasticsearchStore, articles: Sequence[Article]) -> None:
        self.store = store
        self.articles = list(articles)
        self.outcomes: list[IngestOutcome | None] = [None] * len(self.articles)
        self.problems: dict[int, str] = {}
        self.refused: set[int] = set()  # turned down by Elasticsearch itself: surely not created
        self.rejected: set[int] = set()  # refused for what the document holds: re-sending cannot help

    def run(self) -> list[IngestOutcome]:
        first: dict[str, int] = {}
        for position, article in enumerate(self.articles):
            first.setdefault(article.id, position)
        stored = self.store.fetch_articles(first)  # unreachable here: nothing written, whole call fails
        new = []
        for article_id, position in first.items():
            if article_id in stored:
                self.outcomes[position] = existing_outcome(self.articles[position], stored[article_id])
            else:
                new.append(position)
        if new:
            self._write(new)
        for position, detail in self.problems.items():
            status = "rejected" if position in self.rejected else "failed"
            self.outcomes[position] = IngestOutcome(status, self.articles[position], detail)
        return [outcome or self._repeat(position) for position, outcome in enumerate(self.outcomes)]

    def _repeat(self, position: int) -> IngestOutcome:
        """A second copy of an article in the same request answers like a re-send would."""
        article = self.articles[position]
        earlier = next(o for o in self.outcomes if o is not None and o.article.id == article.id)
        if earlier.status in ("created", "unchanged"):
            return existing_outcome(article, earlier.article)
        return IngestOutcome(earlier.status, article, earlier.detail)

    def _write(self, new: list[int]) -> None:
        store = self.store
        articles = [self.articles[p] for p in new]
        try:
            # Passages a failed earlier attempt left beyond this text's last sentence.
            with translated():
                store.delete_passages([(a.id, a.passage_count) for a in articles])
        except BackendUnavailable as exc:
            self.problems.update((p, exc.detail) for p in new)
            return
        actions: list[dict[str, Any]] = []
        owners: list[int | None] = []
        for position, article in zip(new, articles, strict=True):
            written = passage_actions(article, store.alias("passages"))
            actions += written
            owners += [position] * len(written)
        words = store.vocabulary_index.actions(words_of(articles))
        results, cut = bulk(store, actions + words)
        for (ok, item), owner in zip(results, owners + [None] * len(words), strict=False):
            if not ok and owner is not None:
                self.problems.setdefault(owner, item_problem(item))
                self._refuse(owner, item)
            elif not ok and item.get("status") != 409:
                log.warning("vocabulary word not stored: %s", error_reason(item.get("error", {}))[1])
        if cut is not None:
            self.problems.update((p, cut) for p in new if p not in self.problems)
            return
        ready = [p for p in new if p not in self.problems]
        self._create_articles(ready)
        # Their passages must not be found without an article. (Not so after a lost connection:
        # the article may have been stored, and a re-send will say `unchanged`.)
        refused = [self.articles[p].id for p in sorted(self.refused)]
        if refused:
            try:
                with translated():
                    store.delete_passages([(article_id, 0) for article_id in refused])
            except BackendUnavailable as exc:
                log.warning("passages of refused articles not removed yet: %s", exc.detail)

    def _refuse(self, position: int, item: dict[str, Any]) -> None:
        self.refused.add(position)
        status = int(item.get("status") or 0)
        if 400 <= status < 500 and status != 429:  # 429 and 5xx are the cluster's state, not the document's
            self.rejected.add(position)

    def _create_articles(self, ready: list[int]) -> None:
        creates = [{"_op_type": "create", "_index": self.store.alias("articles"), "_id": self.articles[p].id,
                    "_source": article_document(self.articles[p])} for p in ready]
        results, cut = bulk(self.store, creates)
        raced = []
        for (ok, item), position in zip(results, ready, strict=False):
            if ok:
                self.outcomes[position] = IngestOutcome("created", self.articles[position])
            elif item.get("status") == 409:
                raced.append(position)
            else:
                self.problems[position] = item_problem(item)
                self._refuse(position, item)
        for position in ready[len(results):]:
            # Elasticsearch may have stored some before the connection broke; a re-send says so.
            self.problems[position] = cut or "Elasticsearch did not answer for this article; retry"
        if raced:
            self._settle_races(raced)

    def _settle_races(self, raced: list[int]) -> None:
        """Another request created these first: its article stands, and so must its passages."""
        try:
            stored = self.store.fetch_articles(self.articles[p].id for p in raced)
        except BackendUnavailable as exc:
            self.problems.update((p, exc.detail) for p in raced)
            return
        repair: list[dict[str, Any]] = []
        for position in raced:
            winner = stored[self.articles[position].id]
            self.outcomes[position] = existing_outcome(self.articles[position], winner)
            repair += passage_actions(winner, self.store.alias("passages"))
        _, cut = bulk(self.store, repair)
        try:
            with translated():
                self.store.delete_passages([(stored[self.articles[p].id].id, stored[self.articles[p].id].passage_count)
                                            for p in raced])
        except BackendUnavailable as exc:
            cut = cut or exc.detail
        if cut:
            log.warning("passages of concurrently created articles not repaired: %s", cut)
