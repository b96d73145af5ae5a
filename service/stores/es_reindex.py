"""`reindex()` on Elasticsearch: rebuild the derived indices from the articles index, swap aliases.

The passages of articles stored before facts were read at ingest get their facts on the way.

    {prefix}-passages   → {prefix}-passages-v{n}     build {prefix}-passages-v{n+1} from articles
    {prefix}-vocabulary → {prefix}-vocabulary-v{n}   build {prefix}-vocabulary-v{n+1} likewise
    one update_aliases call moves both aliases (remove + add, atomic), then the old indices go.

Searches keep hitting the old version until the swap. Articles ingested while the rebuild runs
are written through the alias into the old version; a catch-up pass after the swap re-adds the
passages of every article ingested since the rebuild began.
"""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import indexes
from service.errors import BackendUnavailable
from service.models import Article, ReindexReport
from service.stores.es_errors import RETRY_AFTER, translated
from service.stores.es_ingest import bulk, item_problem, passage_actions
from service.stores.es_queries import article_from_source
from service.stores.es_vocabulary import words_of
from service.text.facts import with_facts

if TYPE_CHECKING:
    from service.stores.elasticsearch import ElasticsearchStore

REBUILT = ("passages", "vocabulary")
_VERSION = re.compile(r"-v(\d+)$")


def current_index(store: ElasticsearchStore, name: str) -> str:
    """The concrete index the alias of `name` points at."""
    with translated():
        targets = list(store.es.indices.get_alias(name=store.alias(name)))
    if len(targets) != 1:
        raise BackendUnavailable(f"alias {store.alias(name)} points at {len(targets)} indices; expected one",
                                 retry_after=RETRY_AFTER)
    return targets[0]


def next_version(index: str, alias: str) -> str:
    match = _VERSION.search(index)
    return f"{alias}-v{int(match.group(1)) + 1 if match else 1}"


def rebuild_search_indices(store: ElasticsearchStore) -> ReindexReport:
    started = time.perf_counter()
    began = datetime.now(UTC) - timedelta(seconds=2)  # ingested_at has second precision
    old = {name: current_index(store, name) for name in REBUILT}
    new = {name: next_version(old[name], store.alias(name)) for name in REBUILT}
    with translated():
        for name in REBUILT:
            store.es.indices.delete(index=new[name], ignore_unavailable=True)  # a failed earlier attempt
            store.es.indices.create(index=new[name], **indexes.load(name))
    try:
        articles, passages = 0, 0
        for batch in store.scan_articles():
            articles += len(batch)
            passages += sum(a.passage_count for a in batch)
            _copy(store, batch, new)
        with translated():
            for name in REBUILT:
                store.es.indices.refresh(index=new[name])
            store.es.indices.update_aliases(actions=[
                action for name in REBUILT for action in (
                    {"remove": {"index": old[name], "alias": store.alias(name)}},
                    {"add": {"index": new[name], "alias": store.alias(name)}})])
    except BaseException:
        with translated():
            store.es.indices.delete(index=list(new.values()), ignore_unavailable=True)
        raise
    _catch_up(store, began)
    with translated():
        store.es.indices.delete(index=list(old.values()), ignore_unavailable=True)
    return ReindexReport(articles, passages, round((time.perf_counter() - started) * 1000, 2))


def _copy(store: ElasticsearchStore, batch: list[Article], into: dict[str, str]) -> None:
    actions: list[dict[str, Any]] = []
    for article in batch:
        # passages stored by an older version have no facts: read them now, as ingest does
        actions += passage_actions(with_facts(article), into["passages"])
    actions += store.vocabulary_index.actions(words_of(batch), index=into["vocabulary"])
    results, cut = bulk(store, actions, refresh=False)
    if cut is not None:
        raise BackendUnavailable(f"reindex stopped: {cut}", retry_after=RETRY_AFTER)
    refused = [item for ok, item in results if not ok and item.get("status") != 409]
    if refused:
        raise BackendUnavailable(f"reindex stopped: {item_problem(refused[0])}", retry_after=RETRY_AFTER)


def _catch_up(store: ElasticsearchStore, since: datetime) -> None:
    """Passages of articles ingested during the rebuild went to the old index: add them again."""
    with translated():
        hits = store.es.search(index=store.alias("articles"), size=10_000,
                               query={"range": {"ingested_at": {"gte": since.isoformat()}}})["hits"]["hits"]
    late = [article_from_source(hit["_source"]) for hit in hits]
    if late:
        _copy(store, late, {name: store.alias(name) for name in REBUILT})
        with translated():
            store.es.indices.refresh(index=[store.alias(name) for name in REBUILT])
