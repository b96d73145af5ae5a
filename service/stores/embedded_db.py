"""SQLite side of the embedded backend: schema, connections, transactions, row conversions.

SQLite is the system of record (WAL, synchronous=FULL, foreign keys). The tantivy index in
`embedded_index` can always be rebuilt from these tables.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from service.errors import BackendUnavailable, FactcheckError
from service.models import Attribution, Context, Passage, claim_terms, dossier_labels
from service.tokens import normalize

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    external_id TEXT UNIQUE,
    title TEXT, outlet TEXT, url TEXT, author TEXT, published_at TEXT, language TEXT,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    content_sha256 TEXT NOT NULL,
    passage_count INTEGER NOT NULL,
    indexed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS articles_unindexed ON articles(indexed) WHERE indexed = 0;
CREATE INDEX IF NOT EXISTS articles_newest ON articles(ingested_at DESC, id);
CREATE TABLE IF NOT EXISTS passages (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    context TEXT NOT NULL,
    attributions TEXT NOT NULL,
    facts TEXT,
    UNIQUE (article_id, ordinal)
);
CREATE TABLE IF NOT EXISTS vocabulary (word TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS tombstones (article_id TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS dossiers (id TEXT PRIMARY KEY, created_at TEXT NOT NULL, document TEXT NOT NULL,
    verdict TEXT, review_state TEXT NOT NULL DEFAULT 'unreviewed', review TEXT);
CREATE TABLE IF NOT EXISTS dossier_terms (
    term TEXT NOT NULL,
    dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    PRIMARY KEY (term, dossier_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS dossier_terms_of ON dossier_terms(dossier_id);
CREATE INDEX IF NOT EXISTS dossiers_newest ON dossiers(created_at);
"""
ARTICLE_COLUMNS = ("id, external_id, title, outlet, url, author, published_at, language, text, ingested_at, "
                   "content_sha256")
PASSAGE_COLUMNS = ("p.id, p.article_id, p.ordinal, p.char_start, p.char_end, p.text, p.context, p.attributions, "
                   "p.facts")
PASSAGE_WIDTH = 9  # the columns above: a row of PASSAGE_COLUMNS, REF_COLUMNS splits here
REF_COLUMNS = "a.id, a.external_id, a.title, a.outlet, a.url, a.published_at"
POOL_SIZE = 8
SIMILARITY = 0.8  # normalized Levenshtein similarity: one edit in five letters


@contextmanager
def engine_errors() -> Iterator[None]:
    """Translate SQLite and tantivy failures into the service's exception tree."""
    try:
        yield
    except FactcheckError:
        raise
    except sqlite3.OperationalError as exc:
        detail = "the database is busy" if "locked" in str(exc) else "the database cannot be used"
        raise BackendUnavailable(f"embedded store: {detail}", retry_after=2) from exc
    except sqlite3.DatabaseError as exc:
        raise BackendUnavailable("embedded store: database error", retry_after=5) from exc
    except (OSError, ValueError) as exc:
        raise BackendUnavailable("embedded store: search index error", retry_after=5) from exc


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=10)
    conn.execute("PRAGMA journal_mode=WAL")
    # FULL: a commit is on disk before an article or dossier is acknowledged, so a power loss
    # cannot take back what the API reported as stored (NORMAL, WAL's usual setting, survives a
    # killed process but not that). Measured here: 0.2 ms per commit instead of 0.03, and a bulk
    # request commits once per 500 articles.
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # a failed COMMIT (e.g. disk full) can leave the transaction open
            conn.execute("ROLLBACK")
        raise


class TransactionLost(sqlite3.DatabaseError):
    """SQLite rolled back the whole enclosing transaction (e.g. I/O error, disk full).

    Not an OperationalError: per-unit handlers must not mistake it for one unit's failure."""


@contextmanager
def savepoint(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A nested atomic unit inside an open transaction: on error only its own writes are undone.

    Some errors make SQLite roll back the whole transaction; then the savepoint is gone with
    every earlier one, and `TransactionLost` is raised so that the caller fails the batch."""
    conn.execute("SAVEPOINT unit")
    try:
        yield conn
    except BaseException:
        if not conn.in_transaction:
            raise TransactionLost("the transaction was rolled back") from None
        conn.execute("ROLLBACK TO unit")
        conn.execute("RELEASE unit")
        raise
    conn.execute("RELEASE unit")


DOSSIER_COLUMNS = (("verdict", "TEXT"), ("review_state", "TEXT NOT NULL DEFAULT 'unreviewed'"), ("review", "TEXT"))


def migrate(conn: sqlite3.Connection) -> None:
    """Bring a database of an older version to SCHEMA: a passages table without `facts` gets the
    column (NULL: those passages' facts are read on demand until `reindex` stores them); a
    dossiers table without the review columns gets them, and its dossiers their claim terms,
    read from each stored document."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(passages)")}
    if "facts" not in columns:
        conn.execute("ALTER TABLE passages ADD COLUMN facts TEXT")
    columns = {row[1] for row in conn.execute("PRAGMA table_info(dossiers)")}
    if all(name in columns for name, _ in DOSSIER_COLUMNS):
        return
    with transaction(conn):
        for name, kind in DOSSIER_COLUMNS:
            if name not in columns:
                conn.execute(f"ALTER TABLE dossiers ADD COLUMN {name} {kind}")
        for dossier_id, document in conn.execute("SELECT id, document FROM dossiers").fetchall():
            label = index_dossier(conn, json.loads(document))
            conn.execute("UPDATE dossiers SET verdict = ? WHERE id = ?", (label, dossier_id))


def index_dossier(conn: sqlite3.Connection, document: dict[str, Any]) -> str:
    """Store the claim terms of a dossier (`models.claim_terms`), which history-list searches and
    related-dossier look-ups read; the verdict label a listing filters on."""
    conn.execute("DELETE FROM dossier_terms WHERE dossier_id = ?", (document["id"],))
    conn.executemany("INSERT INTO dossier_terms (term, dossier_id) VALUES (?, ?)",
                     [(term, document["id"]) for term in claim_terms(document.get("claim", ""))])
    return dossier_labels(document)[0]


def passage_from_row(row: Sequence[Any]) -> Passage:
    context = json.loads(row[6])
    attributions = () if row[7] == "[]" else tuple(Attribution(**a) for a in json.loads(row[7]))  # most: none
    return Passage(row[0], row[1], row[2], row[3], row[4], row[5],
                   Context(context.get("previous"), context.get("next")), attributions, row[8])


# json.dumps(..., ensure_ascii=False) builds a new encoder on every call; one instance gives the same text.
_JSON = json.JSONEncoder(ensure_ascii=False)


def _json_text(value: str | None) -> str:
    return "null" if value is None else encode_basestring(value)


def encode_attributions(attributions: Sequence[Attribution]) -> str:
    """A passage's attributions as the column stores them."""
    return _JSON.encode([a.__dict__ for a in attributions]) if attributions else "[]"


def passage_row(p: Passage) -> tuple[Any, ...]:
    # the same text as _JSON.encode({"previous": …, "next": …}), built directly: 0.5 µs instead of 3.3
    context = '{"previous": ' + _json_text(p.context.previous) + ', "next": ' + _json_text(p.context.next) + "}"
    return (p.id, p.article_id, p.ordinal, p.char_start, p.char_end, p.text, context,
            encode_attributions(p.attributions), p.facts_json)


_RUN = re.compile(r"\w+")


def passage_words(text: str) -> set[str]:
    """The distinct `tokens.index_terms` of a text, computed faster: index_terms splits words at
    apostrophes, which leaves exactly the \\w+ runs, so each distinct run is normalized once.
    ASCII text needs no folding beyond lowercase (and its \\w+ runs hold no apostrophe)."""
    if text.isascii():
        return set(_RUN.findall(text.lower()))
    return {part for run in set(_RUN.findall(text)) for part in normalize(run).split("'") if part}


def document_frequencies(passages: Iterable[Passage] | Iterable[Any]) -> Counter[str]:
    """How many of the passages (anything with `.text`) hold each word."""
    return Counter(word for passage in passages for word in passage_words(passage.text))  # counted in C



@contextmanager
def snapshot(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Several reads from one consistent state (joins an open transaction if there is one)."""
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        yield conn
    finally:
        if own:
            conn.execute("COMMIT")


def add_to_vocabulary(conn: sqlite3.Connection, counts: Counter[str]) -> None:
    """Add passage document frequencies (from `document_frequencies`)."""
    conn.executemany("INSERT INTO vocabulary (word, df) VALUES (?, ?) "
                     "ON CONFLICT (word) DO UPDATE SET df = df + excluded.df", sorted(counts.items()))


def remove_from_vocabulary(conn: sqlite3.Connection, texts: Iterable[str]) -> list[str]:
    """Undo `add_to_vocabulary` for deleted passages; the words no passage holds any more."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(passage_words(text))
    if not counts:
        return []
    conn.executemany("UPDATE vocabulary SET df = df - ? WHERE word = ?", [(n, w) for w, n in counts.items()])
    gone = [row[0] for row in conn.execute(
        f"SELECT word FROM vocabulary WHERE df <= 0 AND word IN ({','.join('?' * len(counts))})", list(counts))]
    conn.executemany("DELETE FROM vocabulary WHERE word = ?", [(w,) for w in gone])
    return gone

class SpellingIndex:
    """Indexed words bucketed by first letter and length, for `similar_words` (rapidfuzz).

    Loaded from the vocabulary table on first use, then kept current by the store's own writes.
    """

    def __init__(self, load: Callable[[], Iterable[str]]) -> None:
        self._load = load
        self._buckets: dict[tuple[str, int], set[str]] | None = None
        self._lock = threading.Lock()

    def similar(self, word: str, limit: int) -> list[str]:
        target = normalize(word)
        if not target:
            return []
        buckets = self._ready()
        with self._lock:  # an ingest's add() grows these sets: iterating one meanwhile raised RuntimeError
            candidates = [w for n in range(len(target) - 2, len(target) + 3) for w in buckets.get((target[0], n), ())]
        # Every word above the cutoff (few), then best first and alphabetical among equals: the
        # same answer as sorting all candidates first, without sorting thousands per call.
        matches = process.extract(target, candidates, scorer=Levenshtein.normalized_similarity,
                                  score_cutoff=SIMILARITY - 1e-4, limit=None)  # rapidfuzz rounds 4/5 below 0.8
        ranked = sorted((-score, word) for word, score, _ in matches if word != target)
        return [word for _, word in ranked[:limit]]

    def add(self, words: Iterable[str]) -> None:
        with self._lock:
            if self._buckets is not None:
                for word in words:
                    self._buckets.setdefault((word[0], len(word)), set()).add(word)

    def remove(self, words: Iterable[str]) -> None:
        with self._lock:
            if self._buckets is not None:
                for word in words:
                    self._buckets.get((word[0], len(word)), set()).discard(word)

    def _ready(self) -> dict[tuple[str, int], set[str]]:
        with self._lock:
            if self._buckets is None:
                buckets: dict[tuple[str, int], set[str]] = {}
                for word in self._load():
                    buckets.setdefault((word[0], len(word)), set()).add(word)
                self._buckets = buckets
            return self._buckets
