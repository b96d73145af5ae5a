"""Embedded backend only: crash recovery, tombstones, index rebuilds, WAL, the writer lock.

Crashes are real: a child process is killed with os._exit at the chosen step of the write path.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from service.errors import BackendUnavailable, NotFound
from service.ingest import prepare_article
from service.models import ParsedQuery, QueryTerm, SearchFilters, SearchRequest
from service.query import parse_query
from service.stores.embedded import EmbeddedStore
from service.stores.embedded_index import POINTER

ROOT = Path(__file__).resolve().parent.parent
TEXT = "Sappers cleared the Qarawi bridge at dawn. The convoy crossed an hour later. Nobody was hurt."
ARTICLE = {"text": TEXT, "external_id": "qarawi", "outlet": "Valley Post", "published_at": "2024-05-01"}


def word_hits(store: EmbeddedStore, word: str) -> int:
    return store.search(SearchRequest(ParsedQuery(terms=(QueryTerm(word),)), SearchFilters(), limit=50)).total


def run_child(data_dir: Path, body: str) -> subprocess.CompletedProcess[str]:
    """Run `body` in a fresh interpreter with `store` open on data_dir (and ARTICLE prepared)."""
    script = textwrap.dedent(f"""
        import os, sys
        from service.ingest import prepare_article
        from service.stores.embedded import EmbeddedStore
        from service.stores.embedded_index import SearchIndex
        article = prepare_article({ARTICLE!r})
        store = EmbeddedStore({str(data_dir)!r})
    """) + textwrap.dedent(body)
    return subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_database_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path)
    store.close()
    with sqlite3.connect(tmp_path / "factcheck.sqlite3") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_crash_after_sqlite_commit_is_indexed_on_reopen(tmp_path: Path) -> None:
    child = run_child(tmp_path, """
        SearchIndex.commit = lambda self: os._exit(9)   # die before the index commit
        store.ingest([article])
    """)
    assert child.returncode == 9, child.stderr
    article = prepare_article(ARTICLE)
    store = EmbeddedStore(tmp_path)
    try:
        assert store.get_article(article.id).passage_count == 3
        found = store.search(SearchRequest(ParsedQuery(), SearchFilters(article_ids=(article.id,)), limit=50))
        assert found.total == 3  # every passage, once
        assert word_hits(store, "qarawi") == 1
        assert store.vocabulary(["qarawi", "convoy"]) == {"qarawi": 1, "convoy": 1}  # counted once, on indexing
        assert store.ingest([article])[0].status == "unchanged"
        assert word_hits(store, "qarawi") == 1 and store.vocabulary(["qarawi"]) == {"qarawi": 1}
    finally:
        store.close()


def test_crash_before_index_delete_is_finished_from_the_tombstone(tmp_path: Path) -> None:
    child = run_child(tmp_path, """
        store.ingest([article])
        SearchIndex.delete_articles = lambda self, ids: os._exit(9)   # die after the SQLite delete
        store.delete_article(article.id)
    """)
    assert child.returncode == 9, child.stderr
    article = prepare_article(ARTICLE)
    with sqlite3.connect(tmp_path / "factcheck.sqlite3") as conn:
        assert conn.execute("SELECT article_id FROM tombstones").fetchall() == [(article.id,)]
    conn.close()
    store = EmbeddedStore(tmp_path)
    try:
        with pytest.raises(NotFound):
            store.get_article(article.id)
        assert word_hits(store, "qarawi") == 0 and word_hits(store, "convoy") == 0
    finally:
        store.close()
    with sqlite3.connect(tmp_path / "factcheck.sqlite3") as conn:
        assert conn.execute("SELECT COUNT(*) FROM tombstones").fetchone()[0] == 0
    conn.close()


@pytest.mark.parametrize("damage", ["delete_dir", "corrupt_meta", "delete_pointer", "outdated_pointer"])
def test_missing_or_damaged_index_is_rebuilt_on_open(tmp_path: Path, damage: str) -> None:
    store = EmbeddedStore(tmp_path)
    store.ingest([prepare_article(ARTICLE)])
    store.close()
    (generation,) = tmp_path.glob("index-*")
    if damage == "delete_dir":
        shutil.rmtree(generation)
    elif damage == "corrupt_meta":
        (generation / "meta.json").write_text("{not json")
    elif damage == "delete_pointer":
        (tmp_path / POINTER).unlink()
    else:
        (tmp_path / POINTER).write_text(json.dumps({"generation": generation.name, "schema": -1}))
    store = EmbeddedStore(tmp_path)
    try:
        assert word_hits(store, "qarawi") == 1
        assert [p.name for p in tmp_path.glob("index-*")] != [generation.name]  # a new generation
    finally:
        store.close()


def test_reindex_swaps_generations_and_removes_the_old_one(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path)
    try:
        store.ingest([prepare_article(ARTICLE)])
        (before,) = tmp_path.glob("index-*")
        store.reindex()
        (after,) = tmp_path.glob("index-*")
        assert after != before and after.name in (tmp_path / POINTER).read_text()
        assert word_hits(store, "qarawi") == 1
        store.ingest([prepare_article({"text": "Qarawi again, in a second report."})])
        assert word_hits(store, "qarawi") == 2
    finally:
        store.close()


def test_another_process_holding_the_writer_makes_writes_unavailable(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys
            from service.ingest import prepare_article
            from service.stores.embedded import EmbeddedStore
            store = EmbeddedStore({str(tmp_path)!r})
            store.ingest([prepare_article({ARTICLE!r})])
            print("ready", flush=True)
            sys.stdin.readline()
            store.close()
        """)], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        store = EmbeddedStore(tmp_path)  # opening and reading still work
        try:
            assert word_hits(store, "qarawi") == 1
            with pytest.raises(BackendUnavailable, match="another process"):
                store.ingest([prepare_article({"text": "A second article that cannot be written now."})])
            assert store.stats().articles == 1  # nothing was written before the refusal
        finally:
            store.close()
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=30)
        if holder.stdout is not None:
            holder.stdout.close()
    assert holder.returncode == 0


def test_reads_see_a_commit_made_by_another_process(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path)
    try:
        assert word_hits(store, "qarawi") == 0
        store.close()  # release the writer so the child can take it
        store = EmbeddedStore(tmp_path)
        child = run_child(tmp_path, "store.ingest([article]); store.close()")
        assert child.returncode == 0, child.stderr
        assert word_hits(store, "qarawi") == 1
    finally:
        store.close()


def test_a_failing_article_is_undone_alone_and_the_rest_of_its_batch_is_stored(tmp_path: Path) -> None:
    first = prepare_article({"text": "Qarawi bridge reopened on Monday. Traffic resumed."})
    last = prepare_article({"text": "The convoy reached Qarawi at noon. Nobody was hurt."})
    good = prepare_article({"text": "Ferries resumed service to the island. Tickets sold out."})
    # Two passages with one ordinal: the second INSERT violates UNIQUE(article_id, ordinal) after the
    # article row and the first passage were written, so both must be rolled back with it.
    broken = dataclasses.replace(good, passages=(good.passages[0], good.passages[0]))
    store = EmbeddedStore(tmp_path)
    try:
        outcomes = store.ingest([first, broken, last])
        assert [o.status for o in outcomes] == ["created", "failed", "created"]
        assert store.stats().articles == 2 and store.stats().passages == 4
        with pytest.raises(NotFound):
            store.get_article(good.id)
        assert word_hits(store, "qarawi") == 2 and word_hits(store, "ferries") == 0
        assert store.vocabulary(["qarawi", "ferries"]) == {"qarawi": 2, "ferries": 0}
        assert store.ingest([good])[0].status == "created"  # nothing of the failed attempt is left behind
        assert word_hits(store, "ferries") == 1
    finally:
        store.close()
    with sqlite3.connect(tmp_path / "factcheck.sqlite3") as conn:
        assert conn.execute("SELECT COUNT(*) FROM articles WHERE indexed = 0").fetchone()[0] == 0
    conn.close()


@pytest.mark.parametrize("exact_date_sort", [10_000, 1], ids=["date-sorted-here", "date-sorted-by-tantivy"])
@pytest.mark.parametrize("sort", ["relevance", "date"])
@pytest.mark.parametrize("query", [
    ParsedQuery(terms=(QueryTerm("qarawi"),)),
    ParsedQuery(terms=(QueryTerm("convoy"), QueryTerm("bridge"))),
    ParsedQuery(phrases=("qarawi bridge",)),
    ParsedQuery(terms=(QueryTerm("qarawi"),), excluded=("convoy",)),
    ParsedQuery(terms=(QueryTerm("nowhere"),)),
    ParsedQuery(),
])
def test_the_total_counted_with_the_facets_equals_the_plain_count(tmp_path: Path, query: ParsedQuery, sort: str,
                                                                    exact_date_sort: int,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Facets (aggregated beside the search, on a worker thread) change neither the total nor the hits,
    on either date-sort path (small match sets are sorted here, larger ones by tantivy)."""
    from service.stores import embedded_index

    monkeypatch.setattr(embedded_index, "EXACT_DATE_SORT", exact_date_sort)
    texts = ["Sappers cleared the Qarawi bridge at dawn. The convoy crossed the Qarawi bridge later.",
             "A convoy left Qarawi on Monday. The bridge was closed.",
             "Qarawi residents protested. Nobody mentioned the convoy.", "Rain fell over the valley."]
    store = EmbeddedStore(tmp_path)
    try:
        store.ingest([prepare_article({"text": text, "outlet": f"Outlet {i % 3}" if i % 3 < 2 else None,
                                       "published_at": f"2024-0{i + 1}-01"}) for i, text in enumerate(texts)])
        filters = SearchFilters(outlets=("Outlet 0",)) if query.excluded else SearchFilters()
        with_facets = store.search(SearchRequest(query, filters, sort=sort, limit=2))  # type: ignore[arg-type]
        plain = store.search(SearchRequest(query, filters, sort=sort, limit=2, facets=False))  # type: ignore[arg-type]
        assert with_facets.total == plain.total
        assert [h.passage.id for h in with_facets.hits] == [h.passage.id for h in plain.hits]
        if sort == "date":
            published = [h.article.published_at for h in plain.hits]
            assert published == sorted(published, reverse=True)
        assert plain.facets == {}
        if plain.total:
            # the third text has no outlet: counted in the total, not shown as a facet value
            unnamed = 0 if query.excluded else sum(1 for h in store.search(SearchRequest(
                query, filters, limit=10, facets=False)).hits if h.article.outlet is None)
            assert sum(v.count for v in with_facets.facets["outlet"]) == plain.total - unnamed
            assert all(v.value.startswith("Outlet") for v in with_facets.facets["outlet"])
        else:
            assert with_facets.facets == {}
    finally:
        store.close()


def test_facets_are_computed_inline_when_every_facet_worker_is_busy(tmp_path: Path) -> None:
    from service.stores import embedded_index

    store = EmbeddedStore(tmp_path)
    try:
        store.ingest([prepare_article(dict(ARTICLE))])
        request = SearchRequest(ParsedQuery(terms=(QueryTerm("qarawi"),)), SearchFilters())
        beside = store.search(request)
        # A slot is released by the future's done callback, just after the result was handed over.
        taken = sum(embedded_index._FACET_SLOTS.acquire(timeout=5) for _ in range(embedded_index.FACET_WORKERS))
        try:
            assert taken == embedded_index.FACET_WORKERS
            inline = store.search(request)
        finally:
            for _ in range(taken):
                embedded_index._FACET_SLOTS.release()
        assert inline.facets == beside.facets and [v.value for v in beside.facets["outlet"]] == ["Valley Post"]
    finally:
        store.close()


@pytest.mark.parametrize(("previous", "following"), [
    (None, None), ('He said "no" \\ twice.', None), (None, "Tab\tand newline\n and \u202e override"),
    ("Zero\u200bwidth — “quotes” é", "</script><img onerror=x>"),
])
def test_a_passage_row_keeps_its_context_exactly(previous: str | None, following: str | None) -> None:
    from service.models import Context, Passage
    from service.stores.embedded_db import passage_from_row, passage_row

    passage = Passage("p", "a", 0, 0, 4, "Text", Context(previous, following), ())
    row = passage_row(passage)
    assert json.loads(row[6]) == {"previous": previous, "next": following}
    assert passage_from_row(row) == passage


def test_commits_reach_the_disk_before_they_are_acknowledged(tmp_path: Path) -> None:
    from service.stores.embedded_db import connect

    conn = connect(tmp_path / "probe.sqlite3")
    try:
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    finally:
        conn.close()


def test_a_begun_ingest_is_stored_and_searchable_only_once_finished(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path)
    try:
        article = prepare_article(ARTICLE)
        finish = store.begin_ingest([article])
        assert store.get_article(article.id).passage_count == 3  # in SQLite already
        assert word_hits(store, "qarawi") == 0 and store.vocabulary(["qarawi"]) == {"qarawi": 0}
        second = prepare_article({**ARTICLE, "external_id": "qarawi-2", "text": TEXT + " Qarawi again."})
        finish_second = store.begin_ingest([second])  # the next batch, stored while the first waits
        assert [o.status for o in finish()] == ["created"]
        assert [o.status for o in finish_second()] == ["created"]
        assert word_hits(store, "qarawi") == 3 and store.vocabulary(["qarawi"]) == {"qarawi": 3}  # 1 + 2 passages
    finally:
        store.close()


def test_a_crash_between_begin_and_finish_is_indexed_on_reopen(tmp_path: Path) -> None:
    child = run_child(tmp_path, """
        store.begin_ingest([article])
        os._exit(9)   # the batch stored, its indexing never run
    """)
    assert child.returncode == 9, child.stderr
    store = EmbeddedStore(tmp_path)
    try:
        assert word_hits(store, "qarawi") == 1 and store.vocabulary(["qarawi"]) == {"qarawi": 1}
    finally:
        store.close()


def test_a_database_without_passage_facts_is_migrated_and_reindex_stores_them(tmp_path: Path) -> None:
    """A database written before facts were read at ingest: opening it adds the column, a dossier
    reads the missing facts on demand, and reindex stores them; nothing else changes."""
    import sqlite3

    from service.dossier.pipeline import create_dossier

    store = EmbeddedStore(tmp_path)
    article = prepare_article({"external_id": "old-1", "published_at": "2023-10-31",
                               "text": "Two drones struck the Ain al-Asad base on Tuesday. Nobody was hurt."})
    store.ingest([article])
    store.close()
    with sqlite3.connect(tmp_path / "factcheck.sqlite3") as db:  # as an older version left it
        db.execute("ALTER TABLE passages DROP COLUMN facts")
    store = EmbeddedStore(tmp_path)
    try:
        assert all(p.facts is None for p in store.get_article(article.id).passages)
        doc = create_dossier(store, "Two drones struck the Ain al-Asad base on October 31, 2023.")
        assert doc.verdict.label == "supported"
        [item] = doc.evidence["corroborating"]
        assert item.event is not None and item.event.date == "2023-10-31"  # read on demand
        store.reindex()
        stored = store.get_article(article.id)
        assert [p.facts for p in stored.passages] == [p.facts for p in article.passages]
        assert [p.text for p in stored.passages] == [p.text for p in article.passages]
    finally:
        store.close()


def test_facts_of_an_older_reading_are_read_again_by_reindex(tmp_path: Path) -> None:
    import sqlite3

    store = EmbeddedStore(tmp_path)
    article = prepare_article({"external_id": "old-2", "published_at": "2024-01-10",
                               "text": "Rockets struck the Ain al-Asad base on Monday."})
    store.ingest([article])
    store.close()
    with sqlite3.connect(tmp_path / "factcheck.sqlite3") as db:  # as an older reading stored them
        db.execute("UPDATE passages SET facts = '{\"v\":0}'")
    store = EmbeddedStore(tmp_path)
    try:
        assert store.get_article(article.id).passages[0].facts is None  # not trusted
        store.reindex()
        assert store.get_article(article.id).passages[0].facts == article.passages[0].facts
    finally:
        store.close()


def test_reindex_reads_again_the_attributions_of_passages_stored_by_an_older_reading(tmp_path: Path) -> None:
    """The credits among a passage's facts are resolved from its attributions: passages whose facts
    an older version read get both read again, so neither keeps the older reading."""
    import sqlite3

    store = EmbeddedStore(tmp_path)
    article = prepare_article({"external_id": "old-3", "published_at": "2024-01-10",
                               "text": "Two soldiers were hurt on Monday, the port authority said."})
    assert [a.source for a in article.passages[0].attributions] == ["the port authority"]
    store.ingest([article])
    store.close()
    with sqlite3.connect(tmp_path / "factcheck.sqlite3") as db:  # an older version found no attribution
        db.execute("UPDATE passages SET attributions = '[]', facts = '{\"v\":0}'")
    store = EmbeddedStore(tmp_path)
    try:
        assert store.stats().facts_current is False  # what /health and the server's start warn of
        store.reindex()
        assert store.stats().facts_current is True
        [stored] = store.get_article(article.id).passages
        assert stored.attributions == article.passages[0].attributions
        assert stored.facts == article.passages[0].facts
        assert [c.written for c in stored.facts.credits] == ["the port authority"]
        [hit] = store.search(SearchRequest(parse_query("port authority"))).hits
        assert hit.passage.attributions == article.passages[0].attributions
    finally:
        store.close()


def test_a_database_without_review_columns_is_migrated_with_its_dossiers_kept(tmp_path: Path) -> None:
    """Dossiers stored before reviews: opening adds the columns, filled from each document, so
    listings filter them and reviews can be recorded; the documents are unchanged."""
    from service.models import DossierFilters, claim_terms

    document = {"id": "old", "claim": "Rockets hit the harbor", "created_at": "2024-01-01T00:00:00+00:00",
                "verdict": {"label": "refuted", "confidence": 0.7, "rationale": "r", "flags": []}}
    store = EmbeddedStore(tmp_path)
    store.close()
    with sqlite3.connect(tmp_path / "factcheck.sqlite3") as db:  # as an older version left it
        db.execute("DROP TABLE dossiers")
        db.execute("CREATE TABLE dossiers (id TEXT PRIMARY KEY, created_at TEXT NOT NULL, document TEXT NOT NULL)")
        db.execute("INSERT INTO dossiers VALUES (?, ?, ?)", ("old", document["created_at"], json.dumps(document)))
    store = EmbeddedStore(tmp_path)
    try:
        assert store.get_dossier("old") == document
        found = store.list_dossiers(0, 10, DossierFilters(terms=tuple(claim_terms("rocket")), verdict="refuted",
                                                           review_state="unreviewed"))
        assert found == (1, [document])
        store.update_review("old", lambda doc: {"state": "final", "verdict": {"label": "supported"}})
        assert store.list_dossiers(0, 10, DossierFilters(verdict="supported"))[0] == 1
    finally:
        store.close()
