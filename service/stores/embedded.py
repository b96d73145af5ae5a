"""The embedded backend: SQLite is the system of record, tantivy the search index beside it.

    ingest(batch) ─► BEGIN IMMEDIATE
                       per article: SAVEPOINT … article, passages … RELEASE (indexed=0)
                                    (a failing article: ROLLBACK TO its savepoint → "failed")
                     COMMIT (one for the whole batch)
                  ─► one tantivy commit for the whole batch ─► UPDATE indexed=1, vocabulary + ─► outcomes
    delete        ─► BEGIN … delete article (+cascade), tombstone, vocabulary − … COMMIT
                  ─► tantivy delete + commit ─► clear tombstone
    open          ─► reconcile: index every article with indexed=0 (deleting it first), apply
                     tombstones; a missing, unreadable or outdated index is rebuilt from SQLite.

Every write holds one lock (one SQLite writer connection, one tantivy writer). Reads use a small
pool of SQLite connections; search hits are read back from SQLite, which a tantivy commit never
runs ahead of. Engine exceptions become `service.errors` in `engine_errors`.
"""

from __future__ import annotations

import json
import logging
import queue
import shutil
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from service.errors import BackendUnavailable, NotFound, ValidationFailed
from service.highlight import highlight
from service.models import (
    Article,
    ArticleRef,
    IngestOutcome,
    Passage,
    ReindexReport,
    SearchHit,
    SearchRequest,
    SearchResult,
    StoreStats,
)
from service.stores.embedded_db import (
    ARTICLE_COLUMNS,
    PASSAGE_COLUMNS,
    POOL_SIZE,
    REF_COLUMNS,
    SCHEMA,
    SpellingIndex,
    add_to_vocabulary,
    connect,
    document_frequencies,
    engine_errors,
    passage_from_row,
    passage_row,
    passage_words,
    remove_from_vocabulary,
    savepoint,
    snapshot,
    transaction,
)
from service.stores.embedded_index import (
    SEQ_SPAN,
    IndexedPassage,
    IndexFilters,
    SearchIndex,
    day_bounds,
    next_generation,
    read_pointer,
    write_pointer,
)
from service.tokens import normalize

log = logging.getLogger(__name__)

class EmbeddedStore:
    """SQLite + tantivy in one data directory; see the module docstring for the write path."""

    backend_name = "embedded"

    def __init__(self, data_dir: str | Path) -> None:
        self.data_dir = Path(data_dir)
        self._lock = threading.RLock()
        self._pool: queue.LifoQueue[sqlite3.Connection] = queue.LifoQueue()
        self._spelling = SpellingIndex(self._indexed_words)
        self._reconciled = False
        with engine_errors():
            self.data_dir.mkdir(parents=True, exist_ok=True)
            self._db_path = self.data_dir / "factcheck.sqlite3"
            self._writer_db = connect(self._db_path)
            self._writer_db.executescript(SCHEMA)
            self._index = self._open_index()
            self._reconcile_if_possible()

    # --- opening and reconciling ----------------------------------------------------------

    def _open_index(self) -> SearchIndex:
        path = read_pointer(self.data_dir)
        if path is not None:
            try:
                return SearchIndex(path)
            except (OSError, ValueError) as exc:
                log.warning("search index %s cannot be opened (%s); rebuilding it from SQLite", path, exc)
        else:
            log.info("no usable search index in %s; building one from SQLite", self.data_dir)
        index, _ = self._build_generation()
        return index

    def _reconcile_if_possible(self) -> None:
        try:
            with self._lock:
                self._reconcile()
        except BackendUnavailable as exc:  # another process holds the writer; retried on our next write
            log.warning("reconciliation postponed: %s", exc.detail)

    def _reconcile(self) -> None:
        """Index what SQLite committed but the index lacks; remove what SQLite deleted."""
        db = self._writer_db
        tombstones = [r[0] for r in db.execute("SELECT article_id FROM tombstones")]
        pending = [r[0] for r in db.execute("SELECT id FROM articles WHERE indexed = 0")]
        if not tombstones and not pending:
            self._reconciled = True
            return
        self._index.writer()  # only now: a reader process must not take the writer from the one writing
        self._reconciled = True
        log.info("reconciling search index: %d unindexed articles, %d deletions", len(pending), len(tombstones))
        self._index.delete_articles(tombstones)
        counts: Counter[str] = Counter()
        for start in range(0, len(pending), 500):
            chunk = pending[start:start + 500]
            documents = self._indexed_passages(db, chunk)
            counts += document_frequencies(documents)
            self._index.replace_articles(chunk, documents)
        self._index.commit()
        self._mark_indexed(pending, counts)
        with transaction(db):
            db.executemany("DELETE FROM tombstones WHERE article_id = ?", [(t,) for t in tombstones])

    def _indexed_passages(self, db: sqlite3.Connection, article_ids: Sequence[str]) -> list[IndexedPassage]:
        marks = ",".join("?" * len(article_ids))
        rows = db.execute(
            f"SELECT p.id, p.article_id, a.outlet, a.published_at, a.seq * {SEQ_SPAN} + p.ordinal, p.text "
            f"FROM passages p JOIN articles a ON a.id = p.article_id WHERE a.id IN ({marks})", list(article_ids))
        return [IndexedPassage(*row) for row in rows]

    def _mark_indexed(self, article_ids: Sequence[str], counts: Counter[str]) -> None:
        """Flag articles searchable and count their words, together: the vocabulary holds exactly
        the passages of indexed articles (one upsert per batch, not per article: see report)."""
        if article_ids:
            with transaction(self._writer_db) as db:
                db.executemany("UPDATE articles SET indexed = 1 WHERE id = ?", [(a,) for a in article_ids])
                add_to_vocabulary(db, counts)
            self._spelling.add(counts)

    def _build_generation(self) -> tuple[SearchIndex, int]:
        """A new index generation holding every passage in SQLite, pointed at; the old one removed."""
        path = next_generation(self.data_dir)
        index = SearchIndex(path)
        count = 0
        newly: Counter[str] = Counter()
        rows = self._writer_db.execute(
            f"SELECT p.id, p.article_id, a.outlet, a.published_at, a.seq * {SEQ_SPAN} + p.ordinal, p.text, "
            "a.indexed FROM passages p JOIN articles a ON a.id = p.article_id").fetchall()
        writer = index.writer()
        for row in rows:
            writer.add_document(IndexedPassage(*row[:6]).document())
            if not row[6]:
                newly.update(passage_words(row[5]))
            count += 1
        index.commit()
        write_pointer(self.data_dir, path)
        with transaction(self._writer_db) as db:
            db.execute("UPDATE articles SET indexed = 1 WHERE indexed = 0")
            add_to_vocabulary(db, newly)
            db.execute("DELETE FROM tombstones")
        self._spelling.add(newly)
        for stale in self.data_dir.glob("index-*"):  # older generations and half-built ones
            if stale != path:
                shutil.rmtree(stale, ignore_errors=True)
        return index, count

    # --- connections ----------------------------------------------------------------------

    @contextmanager
    def _reader(self) -> Iterator[sqlite3.Connection]:
        try:
            conn = self._pool.get_nowait()
        except queue.Empty:
            conn = connect(self._db_path)
        try:
            with engine_errors():
                yield conn
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if self._pool.qsize() < POOL_SIZE:
                self._pool.put(conn)
            else:
                conn.close()

    # --- articles -------------------------------------------------------------------------

    def ingest(self, articles: Sequence[Article]) -> list[IngestOutcome]:
        with self._lock, engine_errors():
            self._index.writer()  # fail before writing anything when another process holds the index
            if not self._reconciled:
                self._reconcile()
            outcomes: list[IngestOutcome] = []
            documents: list[IndexedPassage] = []
            to_index: list[str] = []
            stored_unindexed: list[str] = []  # left unindexed by an earlier failure: read back from SQLite
            # One transaction for the batch (one COMMIT, not one per article); each article in its own
            # savepoint, so a failing one is undone alone. Nothing is reported before the COMMIT.
            with transaction(self._writer_db):
                for article in articles:
                    outcome, seq = self._store_article(article)
                    outcomes.append(outcome)
                    if seq is None or article.id in to_index or article.id in stored_unindexed:
                        continue
                    if outcome.status == "created":
                        to_index.append(article.id)
                        documents += [IndexedPassage(p.id, article.id, article.outlet, article.published_at,
                                                     seq * SEQ_SPAN + p.ordinal, p.text) for p in article.passages]
                    else:
                        stored_unindexed.append(article.id)
            if stored_unindexed:
                documents += self._indexed_passages(self._writer_db, stored_unindexed)
                to_index += stored_unindexed
            if to_index:
                try:
                    self._index.replace_articles(to_index, documents)
                    self._index.commit()
                except (OSError, ValueError) as exc:
                    self._index.rollback()
                    # Stored but not searchable: a retry finds them unindexed and indexes them.
                    raise BackendUnavailable("embedded store: the search index could not be written",
                                             retry_after=5) from exc
                self._mark_indexed(to_index, document_frequencies(documents))
            return outcomes

    def _store_article(self, article: Article) -> tuple[IngestOutcome, int | None]:
        """One article in one savepoint of the open batch transaction: (outcome, its sequence number
        when it must be indexed)."""
        db = self._writer_db
        try:
            with savepoint(db):
                existing = db.execute("SELECT content_sha256, indexed, seq FROM articles WHERE id = ?",
                                      (article.id,)).fetchone()
                if existing is not None:
                    if existing[0] != article.content_sha256:
                        detail = f"article {article.id} exists with other text"
                        if article.external_id is not None:
                            detail = f"external_id {article.external_id!r} exists with other text"
                        return IngestOutcome("conflict", article, detail), None
                    return IngestOutcome("unchanged", self._load_article(db, article.id)), \
                        (None if existing[1] else existing[2])
                seq = db.execute(
                    f"INSERT INTO articles ({ARTICLE_COLUMNS}, passage_count) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (article.id, article.external_id, article.title, article.outlet, article.url, article.author,
                     article.published_at, article.language, article.text, article.ingested_at,
                     article.content_sha256, article.passage_count)).lastrowid
                db.executemany("INSERT INTO passages VALUES (?,?,?,?,?,?,?,?)",
                               [passage_row(p) for p in article.passages])
        except sqlite3.IntegrityError as exc:
            return IngestOutcome("failed", article, f"the article could not be stored: {exc}"), None
        except sqlite3.OperationalError as exc:
            return IngestOutcome("failed", article, f"the database refused the article: {exc}"), None
        return IngestOutcome("created", article), seq

    def get_article(self, article_id: str) -> Article:
        with self._reader() as db:
            return self._load_article(db, article_id)

    def _load_article(self, db: sqlite3.Connection, article_id: str) -> Article:
        with snapshot(db):
            row = db.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is None:
                raise NotFound(f"no article with id {article_id!r}")
            passages = db.execute(f"SELECT {PASSAGE_COLUMNS} FROM passages p WHERE p.article_id = ? "
                                  "ORDER BY p.ordinal", (article_id,)).fetchall()
        return Article(*row, passages=tuple(passage_from_row(p) for p in passages))

    def delete_article(self, article_id: str) -> None:
        with self._lock, engine_errors():
            self._index.writer()
            db = self._writer_db
            with transaction(db):
                row = db.execute("SELECT indexed FROM articles WHERE id = ?", (article_id,)).fetchone()
                if row is None:
                    raise NotFound(f"no article with id {article_id!r}")
                gone = []
                if row[0]:  # only indexed articles were counted in the vocabulary
                    texts = [r[0] for r in db.execute("SELECT text FROM passages WHERE article_id = ?",
                                                      (article_id,))]
                    gone = remove_from_vocabulary(db, texts)
                db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
                db.execute("INSERT OR IGNORE INTO tombstones VALUES (?)", (article_id,))
            self._index.delete_articles([article_id])
            self._index.commit()
            with transaction(db):
                db.execute("DELETE FROM tombstones WHERE article_id = ?", (article_id,))
            self._spelling.remove(gone)

    def resolve_articles(self, article_ids: Sequence[str] = (), external_ids: Sequence[str] = ()) -> list[ArticleRef]:
        ids, externals = list(dict.fromkeys(article_ids)), list(dict.fromkeys(external_ids))
        if not ids and not externals:
            return []
        with self._reader() as db:
            rows = db.execute(
                f"SELECT {REF_COLUMNS} FROM articles a WHERE a.id IN ({','.join('?' * len(ids))}) "
                f"OR a.external_id IN ({','.join('?' * len(externals))})", ids + externals).fetchall()
        return [ArticleRef(*row) for row in rows]

    def passages_of(self, article_ids: Sequence[str]) -> list[tuple[Passage, ArticleRef]]:
        found: list[tuple[Passage, ArticleRef]] = []
        with self._reader() as db, snapshot(db):
            for article_id in dict.fromkeys(article_ids):
                rows = db.execute(f"SELECT {PASSAGE_COLUMNS}, {REF_COLUMNS} FROM passages p "
                                  "JOIN articles a ON a.id = p.article_id WHERE p.article_id = ? "
                                  "ORDER BY p.ordinal", (article_id,))
                found += [(passage_from_row(row[:8]), ArticleRef(*row[8:])) for row in rows]
        return found

    # --- search ---------------------------------------------------------------------------

    def search(self, request: SearchRequest) -> SearchResult:
        filters = request.filters
        article_ids: tuple[str, ...] | None = None
        if filters.article_ids or filters.external_ids:
            article_ids = tuple(ref.id for ref in self.resolve_articles(filters.article_ids, filters.external_ids))
            if not article_ids:
                return SearchResult(0, (), {})
        try:
            day_bounds(filters.published_from, filters.published_to)
        except ValueError:
            raise ValidationFailed("published_from and published_to must be ISO dates",
                                   errors={"published_from": ["not an ISO date"]}) from None
        index_filters = IndexFilters(filters.outlets, article_ids, filters.published_from, filters.published_to)
        index = self._index  # a concurrent reindex swaps the attribute, never this object's files
        with engine_errors():
            page = index.search(request.query, index_filters, request.sort, request.offset, request.limit,
                                request.facets)
        rows = self._hit_rows([passage_id for passage_id, _ in page.hits])
        hits = tuple(
            SearchHit(passage_from_row(rows[pid][:8]), ArticleRef(*rows[pid][8:]), score,
                      highlight(rows[pid][5], request.query) if request.highlight else "")
            for pid, score in page.hits if pid in rows  # deleted since the index answered
        )
        return SearchResult(page.total, hits, page.facets)

    def _hit_rows(self, passage_ids: Sequence[str]) -> dict[str, Sequence[Any]]:
        if not passage_ids:
            return {}
        with self._reader() as db:
            marks = ",".join("?" * len(passage_ids))
            rows = db.execute(f"SELECT {PASSAGE_COLUMNS}, {REF_COLUMNS} FROM passages p "
                              f"JOIN articles a ON a.id = p.article_id WHERE p.id IN ({marks})",
                              list(passage_ids)).fetchall()
        return {row[0]: row for row in rows}

    # --- vocabulary -----------------------------------------------------------------------

    def vocabulary(self, words: Iterable[str]) -> dict[str, int]:
        asked = {word: normalize(word) for word in words}
        if not asked:
            return {}
        norms = list(set(asked.values()))
        with self._reader() as db:
            found = dict(db.execute(f"SELECT word, df FROM vocabulary WHERE word IN ({','.join('?' * len(norms))})",
                                    norms).fetchall())
        return {word: int(found.get(norm, 0)) for word, norm in asked.items()}

    def similar_words(self, word: str, limit: int = 5) -> list[str]:
        return self._spelling.similar(word, limit)

    def _indexed_words(self) -> list[str]:
        with self._reader() as db:
            return [row[0] for row in db.execute("SELECT word FROM vocabulary WHERE df > 0")]

    # --- dossiers -------------------------------------------------------------------------

    def save_dossier(self, dossier: dict[str, Any]) -> None:
        document = json.dumps(dossier, ensure_ascii=False)
        with self._lock, engine_errors(), transaction(self._writer_db) as db:
            db.execute("INSERT OR REPLACE INTO dossiers (id, created_at, document) VALUES (?, ?, ?)",
                       (dossier["id"], dossier["created_at"], document))

    def get_dossier(self, dossier_id: str) -> dict[str, Any]:
        with self._reader() as db:
            row = db.execute("SELECT document FROM dossiers WHERE id = ?", (dossier_id,)).fetchone()
        if row is None:
            raise NotFound(f"no dossier with id {dossier_id!r}")
        return dict(json.loads(row[0]))

    def list_dossiers(self, offset: int, limit: int) -> tuple[int, list[dict[str, Any]]]:
        with self._reader() as db, snapshot(db):
            total = db.execute("SELECT COUNT(*) FROM dossiers").fetchone()[0]
            rows = db.execute("SELECT document FROM dossiers ORDER BY created_at DESC, rowid DESC "
                              "LIMIT ? OFFSET ?", (limit, offset)).fetchall()
        return int(total), [json.loads(row[0]) for row in rows]

    # --- service --------------------------------------------------------------------------

    def stats(self) -> StoreStats:
        with self._reader() as db, snapshot(db):
            articles = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            passages = db.execute("SELECT COUNT(*) FROM passages").fetchone()[0]
        return StoreStats(int(articles), int(passages))

    def reindex(self) -> ReindexReport:
        started = time.perf_counter()
        with self._lock, engine_errors():
            old = self._index
            old.close()  # release the old generation's writer before its directory goes
            self._index, passages = self._build_generation()
            articles = self._writer_db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        return ReindexReport(int(articles), passages, round((time.perf_counter() - started) * 1000, 2))

    def close(self) -> None:
        with self._lock:
            try:
                self._index.close()
            except (OSError, ValueError):
                log.warning("search index writer did not close cleanly", exc_info=True)
            while True:
                try:
                    self._pool.get_nowait().close()
                except queue.Empty:
                    break
            self._writer_db.close()
