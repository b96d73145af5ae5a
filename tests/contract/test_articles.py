"""Contract: ingest outcomes, reading, resolving, deleting articles; stats."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from service.errors import NotFound
from service.ingest import prepare_article
from service.models import ParsedQuery, SearchFilters, SearchRequest, StoreStats
from service.search import run_search
from service.stores.base import Store
from tests.contract.conftest import TEXTS, Corpus, Make

pytestmark = pytest.mark.backend


def test_the_store_implements_the_protocol(store: Store) -> None:
    assert isinstance(store, Store)
    assert store.backend_name in {"embedded", "elasticsearch"}


def test_ingest_created_then_unchanged_then_conflict(store: Store, make_article: Make) -> None:
    first = make_article("Shelling hit the northern district. Three houses burned.", external_id="x-1")
    assert [o.status for o in store.ingest([first])] == ["created"]
    again = store.ingest([make_article("Shelling hit the northern district. Three houses burned.", external_id="x-1")])
    assert again[0].status == "unchanged" and again[0].article.id == first.id
    other = make_article("A different text under the same external id.", external_id="x-1")
    conflict = store.ingest([other])
    assert conflict[0].status == "conflict" and conflict[0].detail
    assert store.get_article(first.id).text == first.text  # the conflicting text did not overwrite it


def test_ingest_reports_each_article_in_order(store: Store, make_article: Make) -> None:
    a = make_article("Alpha reports the bridge is closed.")
    b = make_article("Bravo reports the bridge is open.")
    outcomes = store.ingest([a, b, a])
    assert [(o.status, o.article.id) for o in outcomes] == [("created", a.id), ("created", b.id), ("unchanged", a.id)]
    assert store.stats().articles == 2


def test_get_article_returns_what_was_ingested(corpus: Corpus) -> None:
    for article in corpus.articles.values():
        stored = corpus.store.get_article(article.id)
        assert stored == article  # metadata, passages, offsets, context and attributions round-trip
        assert stored.passage_count == len(article.passages) > 0


def test_unknown_article_is_not_found(store: Store) -> None:
    with pytest.raises(NotFound):
        store.get_article("no-such-article")
    with pytest.raises(NotFound):
        store.delete_article("no-such-article")


def test_delete_removes_article_and_its_passages_from_search(corpus: Corpus) -> None:
    store, target = corpus.store, corpus.articles["undated"]
    request = SearchRequest(ParsedQuery(), SearchFilters(article_ids=(target.id,)), limit=50)
    assert store.search(request).total == target.passage_count
    store.delete_article(target.id)
    with pytest.raises(NotFound):
        store.get_article(target.id)
    with pytest.raises(NotFound):
        store.delete_article(target.id)
    assert store.search(request).total == 0
    assert all(hit.article.id != target.id for hit in run_search(store, "drone", SearchFilters()).hits)
    assert store.stats().articles == len(corpus.articles) - 1
    # The same article may come back afterwards, whole and searchable once.
    assert store.ingest([target])[0].status == "created"
    assert store.search(request).total == target.passage_count


def test_resolve_articles_by_id_and_external_id(corpus: Corpus) -> None:
    jan, feb = corpus.articles["wire-jan"], corpus.articles["harbor-feb"]
    refs = corpus.store.resolve_articles([jan.id, "missing"], ["harbor-feb", "missing-too"])
    assert sorted(refs, key=lambda r: r.id) == sorted([jan.ref(), feb.ref()], key=lambda r: r.id)
    assert corpus.store.resolve_articles([], []) == []


def test_passages_of_lists_articles_then_ordinals(corpus: Corpus) -> None:
    feb, jan = corpus.articles["harbor-feb"], corpus.articles["wire-jan"]
    found = corpus.store.passages_of([feb.id, jan.id])
    assert [p.id for p, _ in found] == [p.id for p in feb.passages] + [p.id for p in jan.passages]
    assert {ref.id: ref for _, ref in found} == {feb.id: feb.ref(), jan.id: jan.ref()}


def test_stats_count_articles_and_passages(corpus: Corpus) -> None:
    stats = corpus.store.stats()
    assert stats.articles == len(corpus.articles)
    assert stats.passages == sum(a.passage_count for a in corpus.articles.values())
    assert stats.facts_current is True  # every passage read by this version at ingest


def test_an_empty_store_has_no_stale_facts(store: Store) -> None:
    assert store.stats() == StoreStats(articles=0, passages=0, facts_current=True)


def test_stored_metadata_stays_null_when_unknown(corpus: Corpus) -> None:
    undated = corpus.store.get_article(corpus.articles["undated"].id)
    assert undated.outlet is None and undated.published_at is None and undated.title is None


def test_an_html_page_is_stored_and_found_like_text(store: Store) -> None:
    """A page's main text and stated metadata reach every backend; its furniture is not searchable."""
    from service.ingest import prepare_article
    from tests.support.web import FIXTURES

    page = prepare_article({"html": (FIXTURES / "harbour-report.html").read_text(encoding="utf-8")})
    assert [o.status for o in store.ingest([page])] == ["created"]
    stored = store.get_article(page.id)
    assert (stored.outlet, stored.author, stored.published_at) == ("Coastline Courier", "Marta Quill", "2024-03-12")
    assert stored.text == page.text and len(stored.passages) == len(page.passages)

    def hits(q: str) -> int:
        return run_search(store, q, SearchFilters(), "relevance", 1, 10).total

    assert hits("harbour master passengers") >= 1
    assert hits("Pelican42") == 0 and hits("cookie settings") == 0


def test_list_articles_newest_first_with_filters(store: Store) -> None:
    articles = [prepare_article({"external_id": key, "text": f"Report {key} on the harbor.", **fields},
                                now=datetime(2024, 5, day, tzinfo=UTC))
                for day, (key, fields) in enumerate(sorted(TEXTS.items()), 1)]
    assert [o.status for o in store.ingest(articles)] == ["created"] * 4
    by_key = {a.external_id: a for a in articles}

    def listed(offset: int = 0, limit: int = 10, **filters: Any) -> tuple[int, list[str | None]]:
        total, refs = store.list_articles(offset, limit, SearchFilters(**filters))
        return total, [ref.external_id for ref in refs]

    assert listed() == (4, ["wire-jan", "wire-feb", "undated", "harbor-feb"])  # newest ingested first
    assert listed(1, 2) == (4, ["wire-feb", "undated"])
    assert listed(outlets=("Northern Wire",)) == (2, ["wire-jan", "wire-feb"])
    assert listed(external_ids=("undated", "missing")) == (1, ["undated"])
    assert listed(published_from="2024-02-01") == (2, ["wire-feb", "harbor-feb"])
    assert listed(published_from="2024-02-20", published_to="2024-02-20") == (1, ["wire-feb"])  # a datetime's day
    assert listed(published_to="2024-02-19") == (2, ["wire-jan", "harbor-feb"])
    [ref] = store.list_articles(0, 1, SearchFilters(external_ids=("wire-feb",)))[1]
    assert ref == by_key["wire-feb"].ref()
