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

Group commit. A tantivy commit costs tens of milliseconds (about ten fsyncs), so writes do not
each hold a lock through one. `_db_lock` guards the SQLite writer connection; while holding it, a
write appends its index operation to a queue (`_queue_lock`, held for an append) and takes a
ticket, so the queue keeps SQLite's commit order (an ingest and a delete of one article cannot
swap). Then it waits on `_commit_lock`: the first waiter applies everything queued so far to the
tantivy writer and commits once; those queued behind it find their work done. Only the holder
of `_commit_lock` touches the tantivy writer. Dossier saves take the database lock alone and
never wait for a commit. Lock order: commit → db → queue.
Reads use a small pool of SQLite connections; search hits are read back from SQLite, which a
tantivy commit never runs ahead of. Engine exceptions become `service.errors` in `engine_errors`.
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
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from service.errors import BackendUnavailable, NotFound, ValidationFailed
from service.highlight import highlight
from service.models import (
    Article,
    ArticleRef,
    DossierFilters,
    IngestOutcome,
    Passage,
    ReindexReport,
    SearchFilters,
    SearchHit,
    SearchRequest,
    SearchResult,
    StoreStats,
    dossier_labels,
    published_days,
)
from service.stores.embedded_db import (
    ARTICLE_COLUMNS,
    PASSAGE_COLUMNS,
    PASSAGE_WIDTH,
    POOL_SIZE,
    REF_COLUMNS,
    SCHEMA,
    SpellingIndex,
    add_to_vocabulary,
    connect,
    document_frequencies,
    encode_attributions,
    engine_errors,
    index_dossier,
    migrate,
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
from service.text.facts import STORED_PREFIX, encode_facts, read_again
from service.tokens import normalize

log = logging.getLogger(__name__)

RELATED_TERMS = 8  # the rarest claim terms a related-dossier look-up reads
FLAG_CHUNK = 500  # articles flagged indexed per UPDATE statement (well under SQLite's variable limit)


class EmbeddedStore:
    """SQLite + tantivy in one data directory; see the module docstring for the write path."""

    backend_name = "embedded"

    def __init__(self, data_dir: str | Path) -> None:
        self.data_dir = Path(data_dir)
        self._db_lock = threading.RLock()  # the SQLite writer connection
        self._commit_lock = threading.RLock()  # the tantivy writer: applying operations, committing
        self._queue_lock = threading.Lock()  # the operation queue and the ticket counters below
        self._pending: list[Callable[[SearchIndex], None]] = []  # index operations, in SQLite's order
        self._queued = 0  # tickets handed out, one per queued operation
        self._committed = 0  # tickets whose operations a commit (or a rebuild) has settled
        self._failed: set[int] = set()  # settled tickets whose commit failed, until their owner hears
        self._pool: queue.LifoQueue[sqlite3.Connection] = queue.LifoQueue()
        self._spelling = SpellingIndex(self._indexed_words)
        self._reconciled = False
        with engine_errors():
            self.data_dir.mkdir(parents=True, exist_ok=True)
            self._db_path = self.data_dir / "factcheck.sqlite3"
            self._writer_db = connect(self._db_path)
            self._writer_db.executescript(SCHEMA)
            migrate(self._writer_db)
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
            with self._commit_lock, self._db_lock:
                self._reconcile()
        except BackendUnavailable as exc:  # another process holds the writer; retried on our next write
            log.warning("reconciliation postponed: %s", exc.detail)

    def _reconcile(self) -> None:
        """Index what SQLite committed but the index lacks; remove what SQLite deleted.

        Called holding the commit and database locks; its commit also settles queued operations."""
        db = self._writer_db
        tombstones = [r[0] for r in db.execute("SELECT article_id FROM tombstones")]
        unindexed = [r[0] for r in db.execute("SELECT id FROM articles WHERE indexed = 0")]
        if not tombstones and not unindexed:
            self._reconciled = True
            return
        self._index.writer()  # only now: a reader process must not take the writer from the one writing
        self._reconciled = True
        log.info("reconciling search index: %d unindexed articles, %d deletions", len(unindexed), len(tombstones))

        def reconcile() -> None:
            self._index.delete_articles(tombstones)
            for start in range(0, len(unindexed), 500):
                chunk = unindexed[start:start + 500]
                self._index.replace_articles(chunk, self._indexed_passages(db, chunk))

        self._commit_pending(then=reconcile)
        for start in range(0, len(unindexed), 500):
            chunk = unindexed[start:start + 500]
            self._mark_indexed(chunk, self._indexed_passages(db, chunk))
        with transaction(db):
            db.executemany("DELETE FROM tombstones WHERE article_id = ?", [(t,) for t in tombstones])

    def _indexed_passages(self, db: sqlite3.Connection, article_ids: Sequence[str]) -> list[IndexedPassage]:
        marks = ",".join("?" * len(article_ids))
        rows = db.execute(
            f"SELECT p.id, p.article_id, a.outlet, a.published_at, a.seq * {SEQ_SPAN} + p.ordinal, p.text "
            f"FROM passages p JOIN articles a ON a.id = p.article_id WHERE a.id IN ({marks})", list(article_ids))
        return [IndexedPassage(*row) for row in rows]

    def _mark_indexed(self, article_ids: Sequence[str], documents: Sequence[IndexedPassage]) -> None:
        """Flag the documents' articles searchable and count their words, together: the vocabulary
        holds exactly the passages of indexed articles. Only articles this call flips from 0 to 1
        are counted (one deleted meanwhile, or already counted by a rebuild, is not)."""
        by_article: dict[str, list[IndexedPassage]] = {article_id: [] for article_id in article_ids}
        for document in documents:
            by_article[document.article_id].append(document)
        if not by_article:
            return
        flipped_passages: list[IndexedPassage] = []
        ids = list(by_article)
        with self._db_lock, transaction(self._writer_db) as db:
            for start in range(0, len(ids), FLAG_CHUNK):  # one statement per chunk, not one per article
                chunk = ids[start:start + FLAG_CHUNK]
                flipped = db.execute(f"UPDATE articles SET indexed = 1 WHERE indexed = 0 AND id IN "
                                     f"({','.join('?' * len(chunk))}) RETURNING id", chunk).fetchall()
                for (article_id,) in flipped:
                    flipped_passages += by_article[article_id]
            counts = document_frequencies(flipped_passages)
            add_to_vocabulary(db, counts)  # one upsert per batch, not per article
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
        return self.begin_ingest(articles)()

    def begin_ingest(self, articles: Sequence[Article]) -> Callable[[], list[IngestOutcome]]:
        """Store the batch in SQLite now; the call returned indexes it and gives the outcomes.

        A bulk ingest (service.actions.Ingestion) finishes one batch in another thread while this
        one stores the next: the index commit, a wait of ~50 ms a batch in which this thread had
        nothing to do, then overlaps the next batch's SQLite writes. Nothing is reported before
        the call returns: until then an article is stored but unindexed, as after a crash, and the
        next start indexes it (_reconcile)."""
        with engine_errors():
            self._ready_to_write()
            with self._db_lock:
                outcomes, to_index, documents = self._store_batch(articles)
                if not to_index:
                    return lambda: outcomes
                ticket = self._queue(lambda index: index.replace_articles(to_index, documents))

        def finish() -> list[IngestOutcome]:
            with engine_errors():
                self._await_commit(ticket)
                self._mark_indexed(to_index, documents)
                return outcomes
        return finish

    def _ready_to_write(self) -> None:
        """Hold the index writer (fail before writing anything when another process holds it) and
        reconcile once; taken in lock order, before the database lock."""
        if not self._index.has_writer or not self._reconciled:
            with self._commit_lock, self._db_lock:
                self._index.writer()
                if not self._reconciled:
                    self._reconcile()

    def _store_batch(self, articles: Sequence[Article]) -> tuple[list[IngestOutcome], list[str], list[IndexedPassage]]:
        """Write the batch to SQLite: the outcomes, the articles to (re)index and their passages."""
        outcomes: list[IngestOutcome] = []
        to_index: list[str] = []
        documents: list[IndexedPassage] = []
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
        return outcomes, to_index, documents

    def _queue(self, operation: Callable[[SearchIndex], None]) -> int:
        """Queue an index operation (the caller holds the database lock: SQLite's order) and
        return its commit ticket."""
        with self._queue_lock:
            self._pending.append(operation)
            self._queued += 1
            return self._queued

    def _settle(self, failed: bool, upto: int | None = None) -> None:
        """Tickets up to `upto` (default: all handed out) are done; `failed`: their owners must hear."""
        with self._queue_lock:
            upto = self._queued if upto is None else upto
            if failed:
                self._failed.update(range(self._committed + 1, upto + 1))
            self._committed = max(self._committed, upto)

    def _commit_pending(self, then: Callable[[], None] | None = None) -> None:
        """Holding the commit lock: hand the queued operations (then `then`'s) to the tantivy writer,
        commit once and settle their tickets. On failure everything since the last commit is rolled
        back and those tickets fail: their articles stay stored and unindexed, and a retry (or the
        next start) indexes them."""
        with self._queue_lock:
            operations, self._pending = self._pending, []
            upto = self._queued
        try:
            for operation in operations:
                operation(self._index)
            if then is not None:
                then()
            self._index.commit()
        except BaseException:
            try:
                self._index.rollback()
            except (OSError, ValueError):
                log.warning("search index rollback failed", exc_info=True)
            self._settle(failed=True, upto=upto)
            raise
        self._settle(failed=False, upto=upto)

    def _await_commit(self, ticket: int) -> None:
        """Return once a commit holds the ticket's operation: the first waiter commits everything
        queued so far, and those queued behind it find their work done."""
        with self._commit_lock:
            if ticket > self._committed:
                try:
                    self._commit_pending()
                except (OSError, ValueError):
                    log.warning("search index commit failed", exc_info=True)
            with self._queue_lock:
                failed = ticket in self._failed
                self._failed.discard(ticket)
        if failed:
            raise BackendUnavailable("embedded store: the search index could not be written", retry_after=5)

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
                db.executemany("INSERT INTO passages VALUES (?,?,?,?,?,?,?,?,?)",
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
        with engine_errors():
            db = self._writer_db
            self._ready_to_write()
            with self._db_lock:
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
                ticket = self._queue(lambda index: index.delete_articles([article_id]))
            self._await_commit(ticket)
            with self._db_lock, transaction(db):
                db.execute("DELETE FROM tombstones WHERE article_id = ?", (article_id,))
            self._spelling.remove(gone)

    def resolve_articles(self, article_ids: Sequence[str] = (), external_ids: Sequence[str] = ()) -> list[ArticleRef]:
        ids, externals = list(dict.fromkeys(article_ids)), list(dict.fromkeys(external_ids))
        if not ids and not externals:
            return []
        # only the lists given: with an empty `IN ()` beside the other, SQLite scanned every article
        # (5 ms at 100k articles, for each search filtered by article) instead of using the indexes
        conditions = [f"a.{column} IN ({','.join('?' * len(values))})"
                      for column, values in (("id", ids), ("external_id", externals)) if values]
        with self._reader() as db:
            rows = db.execute(f"SELECT {REF_COLUMNS} FROM articles a WHERE {' OR '.join(conditions)}",
                              ids + externals).fetchall()
        return [ArticleRef(*row) for row in rows]

    def list_articles(self, offset: int, limit: int,
                      filters: SearchFilters | None = None) -> tuple[int, list[ArticleRef]]:
        filters = filters or SearchFilters()
        where, params = ["1"], []
        for column, values in (("outlet", filters.outlets), ("external_id", filters.external_ids),
                               ("id", filters.article_ids)):
            if values:
                where.append(f"{column} IN ({','.join('?' * len(values))})")
                params += list(values)
        start, end = published_days(filters)
        if start:
            where.append("published_at >= ?")
            params.append(start)
        if end:
            where.append("published_at < ?")
            params.append(end)
        clause = " AND ".join(where)
        with self._reader() as db, snapshot(db):
            total = db.execute(f"SELECT COUNT(*) FROM articles WHERE {clause}", params).fetchone()[0]
            rows = db.execute(f"SELECT id, external_id, title, outlet, url, published_at FROM articles "
                              f"WHERE {clause} ORDER BY ingested_at DESC, id LIMIT ? OFFSET ?",
                              [*params, limit, offset]).fetchall()
        return int(total), [ArticleRef(*row) for row in rows]

    def passages_of(self, article_ids: Sequence[str]) -> list[tuple[Passage, ArticleRef]]:
        found: list[tuple[Passage, ArticleRef]] = []
        with self._reader() as db, snapshot(db):
            for article_id in dict.fromkeys(article_ids):
                rows = db.execute(f"SELECT {PASSAGE_COLUMNS}, {REF_COLUMNS} FROM passages p "
                                  "JOIN articles a ON a.id = p.article_id WHERE p.article_id = ? "
                                  "ORDER BY p.ordinal", (article_id,))
                found += [(passage_from_row(row[:PASSAGE_WIDTH]), ArticleRef(*row[PASSAGE_WIDTH:])) for row in rows]
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
        rows = self._hit_rows([key for key, _ in page.hits])
        hits = tuple(
            SearchHit(passage_from_row(rows[key][:PASSAGE_WIDTH]), ArticleRef(*rows[key][PASSAGE_WIDTH:]), score,
                      highlight(rows[key][5], request.query) if request.highlight else "")
            for key, score in page.hits if key in rows  # deleted since the index answered
        )
        return SearchResult(page.total, hits, page.facets)

    def _hit_rows(self, keys: Sequence[int]) -> dict[int, Sequence[Any]]:
        """Passage and article rows by index ordering key (article seq × SEQ_SPAN + ordinal).

        One statement (so one consistent state without a transaction of its own): the keys as
        (seq, ordinal) rows, joined to articles by rowid and to passages by (article_id, ordinal)."""
        if not keys:
            return {}
        pairs = sorted({divmod(key, SEQ_SPAN) for key in keys})
        with self._reader() as db:
            rows = db.execute(f"WITH k(seq, ordinal) AS (VALUES {','.join(['(?,?)'] * len(pairs))}) "
                              f"SELECT {PASSAGE_COLUMNS}, {REF_COLUMNS}, k.seq, k.ordinal FROM k "
                              "JOIN articles a ON a.seq = k.seq "
                              "JOIN passages p ON p.article_id = a.id AND p.ordinal = k.ordinal",
                              [n for pair in pairs for n in pair]).fetchall()
        return {row[-2] * SEQ_SPAN + row[-1]: row[:-2] for row in rows}

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
        with self._db_lock, engine_errors(), transaction(self._writer_db) as db:
            db.execute("INSERT OR REPLACE INTO dossiers (id, created_at, document) VALUES (?, ?, ?)",
                       (dossier["id"], dossier["created_at"], document))
            verdict = index_dossier(db, dossier)
            db.execute("UPDATE dossiers SET verdict = ? WHERE id = ?", (verdict, dossier["id"]))

    def get_dossier(self, dossier_id: str) -> dict[str, Any]:
        with self._reader() as db:
            row = db.execute("SELECT document, review FROM dossiers WHERE id = ?", (dossier_id,)).fetchone()
        if row is None:
            raise NotFound(f"no dossier with id {dossier_id!r}")
        return _with_review(row)

    def list_dossiers(self, offset: int, limit: int,
                      filters: DossierFilters | None = None) -> tuple[int, list[dict[str, Any]]]:
        filters = filters or DossierFilters()
        where, params = ["1"], []
        for term in filters.terms:
            where.append("id IN (SELECT dossier_id FROM dossier_terms WHERE term = ?)")
            params.append(term)
        if filters.verdict:
            where.append("verdict = ?")
            params.append(filters.verdict)
        if filters.review_state:
            where.append("review_state = ?")
            params.append(filters.review_state)
        clause = " AND ".join(where)
        with self._reader() as db, snapshot(db):
            total = db.execute(f"SELECT COUNT(*) FROM dossiers WHERE {clause}", params).fetchone()[0]
            rows = db.execute(f"SELECT document, review FROM dossiers WHERE {clause} "
                              "ORDER BY created_at DESC, rowid DESC LIMIT ? OFFSET ?",
                              [*params, limit, offset]).fetchall()
        return int(total), [_with_review(row) for row in rows]

    def related_dossiers(self, terms: Sequence[str], limit: int) -> list[dict[str, Any]]:
        terms = list(dict.fromkeys(terms))[:50]
        if not terms:
            return []
        with self._reader() as db, snapshot(db):
            # Look up by the rarest terms only: they tell claims apart, and a word in every other
            # claim ("attack") would make the look-up read most of the table.
            counts = [(db.execute("SELECT COUNT(*) FROM dossier_terms WHERE term = ?", (t,)).fetchone()[0], t)
                      for t in terms]
            terms = [t for n, t in sorted(counts) if n][:RELATED_TERMS]
            if not terms:
                return []
            # only the fields asked for, and only of the rows returned: a whole dossier is tens of
            # kilobytes of evidence, and json_extract parses all of it (in one query SQLite would
            # parse every dossier sharing a term before it sorts and cuts to `limit`)
            rows = db.execute(
                "WITH t AS (SELECT dossier_id, COUNT(*) AS shared FROM dossier_terms "
                f"WHERE term IN ({','.join('?' * len(terms))}) GROUP BY dossier_id), "
                "top AS (SELECT d.rowid AS row, t.shared AS shared, d.created_at AS created_at FROM t "
                "JOIN dossiers AS d ON d.id = t.dossier_id ORDER BY t.shared DESC, d.created_at DESC, d.rowid DESC "
                "LIMIT ?) "
                "SELECT d.id, json_extract(d.document, '$.claim'), d.created_at, "
                "json_extract(d.document, '$.claim_analysis'), d.verdict "
                "FROM top JOIN dossiers AS d ON d.rowid = top.row "
                "ORDER BY top.shared DESC, top.created_at DESC, top.row DESC", [*terms, limit]).fetchall()
        return [{"id": row[0], "claim": row[1], "created_at": row[2],
                 "claim_analysis": json.loads(row[3]) if row[3] else None, "verdict": row[4]} for row in rows]

    def update_review(self, dossier_id: str,
                      change: Callable[[dict[str, Any]], dict[str, Any]]) -> dict[str, Any]:
        with self._db_lock, engine_errors(), transaction(self._writer_db) as db:
            row = db.execute("SELECT document, review FROM dossiers WHERE id = ?", (dossier_id,)).fetchone()
            if row is None:
                raise NotFound(f"no dossier with id {dossier_id!r}")
            document = _with_review(row)
            document["review"] = change(document)
            verdict, state = dossier_labels(document)
            db.execute("UPDATE dossiers SET review = ?, verdict = ?, review_state = ? WHERE id = ?",
                       (json.dumps(document["review"], ensure_ascii=False), verdict, state, dossier_id))
        return document

    # --- service --------------------------------------------------------------------------

    def stats(self) -> StoreStats:
        with self._reader() as db, snapshot(db):
            articles = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            passages = db.execute("SELECT COUNT(*) FROM passages").fetchone()[0]
            oldest = db.execute("SELECT facts FROM passages ORDER BY rowid LIMIT 1").fetchone()
        current = oldest is None or (oldest[0] or "").startswith(STORED_PREFIX)
        return StoreStats(int(articles), int(passages), current)

    def reindex(self) -> ReindexReport:
        started = time.perf_counter()
        with self._commit_lock, self._db_lock, engine_errors():
            self._store_missing_facts()
            old = self._index
            old.close()  # release the old generation's writer before its directory goes
            with self._queue_lock:
                self._pending = []  # their SQLite transactions committed: the new generation holds them
            self._index, passages = self._build_generation()
            self._settle(failed=False)
            articles = self._writer_db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        return ReindexReport(int(articles), passages, round((time.perf_counter() - started) * 1000, 2))

    def _store_missing_facts(self) -> None:
        """Read and store the facts of passages stored without them, or with an older reading of
        them (a database of an older version), one article per transaction."""
        db = self._writer_db
        missing = [row[0] for row in db.execute("SELECT DISTINCT article_id FROM passages WHERE facts IS NULL "
                                                "OR substr(facts, 1, ?) != ?",
                                                (len(STORED_PREFIX), STORED_PREFIX))]
        for article_id in missing:
            with transaction(db):
                published = db.execute("SELECT published_at FROM articles WHERE id = ?", (article_id,)).fetchone()
                rows = db.execute(f"SELECT {PASSAGE_COLUMNS} FROM passages p WHERE p.article_id = ? "
                                  "ORDER BY p.ordinal", (article_id,)).fetchall()
                passages = [passage_from_row(row) for row in rows]
                attributions, found = read_again([p.text for p in passages], published[0] if published else None)
                db.executemany("UPDATE passages SET attributions = ?, facts = ? WHERE id = ?",
                               [(encode_attributions(a), encode_facts(f), p.id)
                                for p, a, f in zip(passages, attributions, found, strict=True)])

    def close(self) -> None:
        with self._commit_lock, self._db_lock:
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


def _with_review(row: Sequence[Any]) -> dict[str, Any]:
    """A stored dossier document with its review (kept in a column of its own) when it has one."""
    document = dict(json.loads(row[0]))
    if row[1] is not None:
        document["review"] = json.loads(row[1])
    return document
