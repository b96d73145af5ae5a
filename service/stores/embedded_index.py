"""The embedded backend's search index: one tantivy index generation, its writer and its queries.

    DATA_DIR/index.current   {"generation": "index-3", "schema": 1}   (swapped with os.replace)
    DATA_DIR/index-3/        the tantivy index the pointer names

SQLite is the system of record (service.stores.embedded); this index holds only what search
needs: passage and article ids, outlet, publication time and month, an ordering key and the
analyzed text. Queries are built from `ParsedQuery` objects with `Query.*` constructors and the
registered analyzer — user input never reaches tantivy's query-string parser.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import tantivy
from tantivy import Document, Filter, Index, Occur, Query, SchemaBuilder, TextAnalyzerBuilder, Tokenizer

from service.errors import BackendUnavailable
from service.models import FacetValue, ParsedQuery

# A store whose index has another version rebuilds it from SQLite on start. 2: article_id lost its
# fast column (nothing read it, and every commit paid for writing it).
SCHEMA_VERSION = 2
POINTER = "index.current"
ANALYZER = "en_fold_stem"
MISSING_DATE = -(2**62)  # sorts after every real date in a descending sort
VARIANT_WEIGHT = 0.7  # a spelling variant counts less than the word the user typed
EXACT_DATE_SORT = 10_000  # up to this many matches, date sort breaks ties by score exactly
FACET_SIZES = {"outlet": 50, "published_month": 240}
# Passages without an outlet are counted in a bucket of this key, never shown: every match then
# falls in exactly one outlet bucket, and the buckets count the matches (a value_count beside
# them cost a third of the aggregation at 1M passages).
NO_OUTLET = "\u0000"
SEQ_SPAN = 1_000_000  # ordering key: article sequence × SEQ_SPAN + passage ordinal
# One indexing thread, not one per core: every commit flushes a segment per thread, and a
# single-article commit (the API's POST /articles) cost 43.9 ms of CPU with the default against
# 21.0 with one, at 100k passages; the bulk path keeps both cores busy with the request thread
# and the analysis helper anyway.
INDEXING_THREADS = 1

LOCK_BUSY = ("the search index is locked by another process (is `factcheck serve` or `factcheck ingest` "
             "running on the same DATA_DIR?); stop it or send the articles through its API")


def text_analyzer() -> tantivy.TextAnalyzer:
    """Words (letters/digits), lowercased, accents folded, Snowball English stems."""
    return (TextAnalyzerBuilder(Tokenizer.simple())
            .filter(Filter.remove_long(60))
            .filter(Filter.lowercase())
            .filter(Filter.ascii_fold())
            .filter(Filter.stemmer("english"))
            .build())


def build_schema() -> tantivy.Schema:
    builder = SchemaBuilder()
    builder.add_text_field("passage_id", stored=True, tokenizer_name="raw")
    # indexed only (deletes and filters by term): a fast column of it was never read, and writing
    # one cost a one-article commit ~3 ms of its ~13 ms CPU at 100k passages
    builder.add_text_field("article_id", tokenizer_name="raw")
    builder.add_text_field("outlet", fast=True, tokenizer_name="raw")
    builder.add_integer_field("published", indexed=True, fast=True)  # UTC epoch seconds
    builder.add_text_field("published_month", fast=True, tokenizer_name="raw")
    builder.add_integer_field("seq", fast=True)
    builder.add_text_field("text", tokenizer_name=ANALYZER, index_option="position")
    return builder.build()


# --- publication dates ----------------------------------------------------------------------

@lru_cache(maxsize=4096)
def published_seconds(published_at: str | None) -> int | None:
    """UTC epoch seconds of an ISO date or datetime (naive means UTC); None when unreadable."""
    if not published_at:
        return None
    try:
        moment = datetime.fromisoformat(published_at.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp())


@lru_cache(maxsize=4096)
def month_of(seconds: int) -> str:
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m")


def day_bounds(published_from: str | None, published_to: str | None) -> tuple[int | None, int | None]:
    """Inclusive day range → inclusive epoch-second bounds (a date filter compares UTC days)."""
    def start(day: str) -> int:
        return int(datetime.combine(date.fromisoformat(day[:10]), time(), UTC).timestamp())
    low = start(published_from) if published_from else None
    high = start(published_to) + int(timedelta(days=1).total_seconds()) - 1 if published_to else None
    return low, high


# --- one indexed passage --------------------------------------------------------------------

@dataclass(frozen=True)
class IndexedPassage:
    passage_id: str
    article_id: str
    outlet: str | None
    published_at: str | None
    seq: int
    text: str

    def document(self) -> Document:
        doc = Document()
        doc.add_text("passage_id", self.passage_id)
        doc.add_text("article_id", self.article_id)
        if self.outlet:
            doc.add_text("outlet", self.outlet)
        seconds = published_seconds(self.published_at)
        doc.add_integer("published", MISSING_DATE if seconds is None else seconds)
        if seconds is not None:
            doc.add_text("published_month", month_of(seconds))
        doc.add_integer("seq", self.seq)
        doc.add_text("text", self.text)
        return doc


@dataclass(frozen=True)
class IndexFilters:
    """Filters already resolved to index terms (external ids became article ids)."""

    outlets: tuple[str, ...] = ()
    article_ids: tuple[str, ...] | None = None  # None: no article filter
    published_from: str | None = None
    published_to: str | None = None


Facets = dict[str, tuple[FacetValue, ...]]


@dataclass(frozen=True)
class IndexPage:
    total: int
    hits: list[tuple[int, float]]  # (ordering key: article seq × SEQ_SPAN + ordinal, score)
    facets: Facets


# --- generations ----------------------------------------------------------------------------

def read_pointer(data_dir: Path) -> Path | None:
    """The generation directory the pointer names, or None when absent, unreadable or outdated."""
    try:
        pointer = json.loads((data_dir / POINTER).read_text("utf-8"))
        if pointer.get("schema") != SCHEMA_VERSION:
            return None
        path = data_dir / str(pointer["generation"])
    except (OSError, ValueError, KeyError, AttributeError):
        return None
    return path if path.is_dir() and path.name.startswith("index-") else None


def write_pointer(data_dir: Path, generation: Path) -> None:
    """Point at `generation` atomically (write a temporary file, fsync, os.replace)."""
    tmp = data_dir / (POINTER + ".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump({"generation": generation.name, "schema": SCHEMA_VERSION}, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, data_dir / POINTER)


def next_generation(data_dir: Path) -> Path:
    """A number above every generation on disk and the one named (so a vanished one is not reused)."""
    names = [p.name for p in data_dir.glob("index-*")]
    try:
        names.append(str(json.loads((data_dir / POINTER).read_text("utf-8"))["generation"]))
    except (OSError, ValueError, KeyError, TypeError):
        pass
    numbers = [int(name[6:]) for name in names if name.startswith("index-") and name[6:].isdigit()]
    return data_dir / f"index-{max(numbers, default=0) + 1}"


FACET_WORKERS = 2  # facet aggregations running beside searches at once (the machine has 2 cores)
_FACET_SLOTS = threading.BoundedSemaphore(FACET_WORKERS)
_FACET_POOL: tuple[int, ThreadPoolExecutor] | None = None


def _facet_pool() -> ThreadPoolExecutor:
    """The worker pool of this process (a forked server worker must not reuse its parent's threads)."""
    global _FACET_POOL
    if _FACET_POOL is None or _FACET_POOL[0] != os.getpid():
        _FACET_POOL = (os.getpid(), ThreadPoolExecutor(FACET_WORKERS, thread_name_prefix="facets"))
    return _FACET_POOL[1]


class SearchIndex:
    """One tantivy index generation with at most one writer, opened lazily and kept open."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.mkdir(parents=True, exist_ok=True)
        self.schema = build_schema()
        self.index = Index(self.schema, path=str(path), reuse=True)
        self._analyzer = text_analyzer()
        self.index.register_tokenizer(ANALYZER, self._analyzer)
        self._writer: tantivy.IndexWriter | None = None
        self._meta_seen: tuple[int, int, int] | None = None

    # writing ------------------------------------------------------------------------------

    @property
    def has_writer(self) -> bool:
        return self._writer is not None

    def writer(self) -> tantivy.IndexWriter:
        if self._writer is None:
            try:
                self._writer = self.index.writer(heap_size=128_000_000, num_threads=INDEXING_THREADS)
            except ValueError as exc:
                if "LockBusy" in str(exc):
                    raise BackendUnavailable(LOCK_BUSY, retry_after=5) from None
                raise
        return self._writer

    def replace_articles(self, article_ids: Iterable[str], passages: Iterable[IndexedPassage]) -> None:
        """Queue deletion of the articles' documents, then their passages (visible after commit)."""
        writer = self.writer()
        for article_id in article_ids:
            writer.delete_documents_by_term("article_id", article_id)
        for passage in passages:
            writer.add_document(passage.document())

    def delete_articles(self, article_ids: Iterable[str]) -> None:
        writer = self.writer()
        for article_id in article_ids:
            writer.delete_documents_by_term("article_id", article_id)

    def commit(self) -> None:
        self.writer().commit()
        self.index.reload()

    def rollback(self) -> None:
        if self._writer is not None:
            self._writer.rollback()

    def close(self) -> None:
        """Let merges finish and release the writer lock."""
        writer, self._writer = self._writer, None
        if writer is not None:
            writer.wait_merging_threads()

    # reading ------------------------------------------------------------------------------

    def analyze(self, text: str) -> list[str]:
        return list(self._analyzer.analyze(text))

    def _follow_commits(self) -> None:
        """Reload when meta.json changed: another process (`factcheck ingest`) may have committed.
        A stat costs microseconds; reloading on every search showed up in load profiles. While this
        process holds the writer, no other can commit, and its own commits reload (commit())."""
        if self._writer is not None:
            return
        try:
            status = os.stat(self.path / "meta.json")
        except OSError:
            return
        stamp = (status.st_ino, status.st_mtime_ns, status.st_size)
        if stamp != self._meta_seen:
            self.index.reload()
            self._meta_seen = stamp

    def num_docs(self) -> int:
        self.index.reload()
        return int(self.index.searcher().num_docs)

    def search(self, parsed: ParsedQuery, filters: IndexFilters, sort: str, offset: int, limit: int,
               facets: bool) -> IndexPage:
        """One page of hits as ordering keys (read from a fast field, not the document store: a
        dossier asks for 100+ hits, and each stored-document fetch decompresses a block)."""
        query = self.build_query(parsed, filters)
        self._follow_commits()
        searcher = self.index.searcher()
        facet_result = self._facets_beside(searcher, query) if facets else None
        total: int | None
        if sort == "relevance" and not parsed.is_empty:
            # Counting every match stops tantivy from skipping blocks that cannot reach the top k;
            # when facets are asked for, their aggregation (a full pass anyway) counts instead.
            result = searcher.search(query, max(limit, 1), count=facet_result is None, offset=offset)
            total = int(result.count or 0) if facet_result is None else None
            keys = searcher.fast_field_values("seq", [address for _, address in result.hits])
            hits = [(int(key), float(score)) for key, (score, _) in zip(keys, result.hits, strict=True)]
        else:
            total, hits = self._by_date(searcher, query, offset, limit, facet_result)
        counted, found = facet_result() if facet_result else (0, {})
        total = counted if total is None else total
        return IndexPage(total, hits[:limit], found if total else {})

    def _by_date(self, searcher: Any, query: Query, offset: int, limit: int,
                 facet_result: Callable[[], tuple[int, Facets]] | None) -> tuple[int, list[tuple[int, float]]]:
        """Newest first (undated last), then by score, then article order and ordinal.

        With facets, their aggregation (running beside) gives the number of matches, and the
        date-ordered page is searched while it runs: counting in a pass of its own made date-sorted
        searches over many matches the slowest of the benchmark's query mix."""
        dated: list[Any] | None = None
        if facet_result is None:
            total = int(searcher.search(query, 1, count=True).count or 0)
        else:
            dated = self._newest(searcher, query, offset, limit)
            total = facet_result()[0]
        if total == 0 or offset >= total:
            return total, []
        if total <= EXACT_DATE_SORT:
            scored = searcher.search(query, total, count=False).hits
            addresses = [address for _, address in scored]
            published = searcher.fast_field_values("published", addresses)
            seqs = searcher.fast_field_values("seq", addresses)
            order = sorted(range(len(scored)), key=lambda i: (-published[i], -scored[i][0], seqs[i]))
            return total, [(int(seqs[i]), float(scored[i][0])) for i in order[offset:offset + limit]]
        # Too many to sort here: tantivy orders by date alone; scores come from a second, small query.
        if dated is None:
            dated = self._newest(searcher, query, offset, limit)
        ids = [self._passage_id(searcher, address) for address in dated]
        rescore = Query.boolean_query([
            (Occur.Must, query),
            (Occur.Must, Query.const_score_query(Query.term_set_query(self.schema, "passage_id", ids), 0.0)),
        ])
        scores = {self._passage_id(searcher, a): float(s) for s, a in searcher.search(rescore, len(ids) or 1).hits}
        keys = searcher.fast_field_values("seq", dated)
        return total, [(int(key), scores.get(pid, 0.0)) for key, pid in zip(keys, ids, strict=True)]

    @staticmethod
    def _newest(searcher: Any, query: Query, offset: int, limit: int) -> list[Any]:
        """Addresses of one page of matches by publication date alone, newest first."""
        return [address for _, address in searcher.search(query, max(limit, 1), count=False, offset=offset,
                                                          order_by_field="published", order=tantivy.Order.Desc).hits]

    def _facets_beside(self, searcher: Any, query: Query) -> Callable[[], tuple[int, Facets]]:
        """Start the facet aggregation on an idle worker thread, to run beside the top-k search.

        Both are a full pass over the matches in tantivy, which releases the GIL, so on an idle
        core the facets cost no extra wall time. When every worker is busy (a loaded server), the
        aggregation runs afterwards in the caller's thread instead of queueing: CPU cost is unchanged."""
        if not _FACET_SLOTS.acquire(blocking=False):
            return lru_cache(maxsize=1)(lambda: self._facets(searcher, query))  # asked for more than once
        try:
            future = _facet_pool().submit(self._facets, searcher, query)
        except BaseException:
            _FACET_SLOTS.release()
            raise
        future.add_done_callback(lambda _: _FACET_SLOTS.release())
        return future.result

    def _facets(self, searcher: Any, query: Query) -> tuple[int, Facets]:
        """The number of matches and the facet buckets, in one aggregation pass."""
        spec: dict[str, Any] = {name: {"terms": {"field": name, "size": size}} for name, size in FACET_SIZES.items()}
        spec["outlet"]["terms"]["missing"] = NO_OUTLET
        result = searcher.aggregate(query, spec)
        outlets = result["outlet"]
        matches = sum(int(b["doc_count"]) for b in outlets["buckets"]) + int(outlets.get("sum_other_doc_count") or 0)
        return matches, {
            name: tuple(FacetValue(str(b["key"]), int(b["doc_count"]))
                        for b in sorted(result[name]["buckets"], key=lambda b: (-b["doc_count"], str(b["key"])))
                        if b["key"] != NO_OUTLET)
            for name in FACET_SIZES
        }

    @staticmethod
    def _passage_id(searcher: Any, address: Any) -> str:
        return str(searcher.doc(address).get_first("passage_id"))

    # query building -----------------------------------------------------------------------

    def build_query(self, parsed: ParsedQuery, filters: IndexFilters) -> Query:
        """Terms and their variants (at lower weight) SHOULD, phrases MUST, excluded MUST_NOT, filters MUST.

        Word queries sit side by side in one boolean, not one boolean per word: a boolean's score is
        the sum of its matching clauses either way, but a flat list of term queries lets tantivy skip
        blocks that cannot reach the top k (block-max WAND), measured 2–3× faster at 1M passages."""
        words: list[tuple[Occur, Query]] = []
        for term in parsed.terms:
            query = self._text_query(term.text, term.boost)
            if query is not None:
                words.append((Occur.Should, query))
            seen = {tuple(self.analyze(term.text))}
            for variant in term.variants:
                tokens = tuple(self.analyze(variant))
                if tokens and tokens not in seen:
                    seen.add(tokens)
                    query = self._text_query(variant, term.boost * VARIANT_WEIGHT)
                    if query is not None:
                        words.append((Occur.Should, query))
        restrictions = [(Occur.Must, Query.const_score_query(q, 0.0)) for q in self._filter_queries(filters)]
        clauses: list[tuple[Occur, Query]] = []
        if words and not parsed.phrases and restrictions:
            # Beside a MUST filter, bare SHOULD clauses would be optional; at least one word must match.
            clauses.append((Occur.Must, Query.boolean_query(words)))
        else:
            # Alone, SHOULD clauses need one match; beside a required phrase they only rank (as in
            # Elasticsearch's bool).
            clauses += words
        for phrase in parsed.phrases:
            query = self._text_query(phrase, 1.0)
            if query is not None:
                clauses.append((Occur.Must, query))
        for excluded in parsed.excluded:
            query = self._text_query(excluded, 1.0)
            if query is not None:
                clauses.append((Occur.MustNot, query))
        scored = any(occur != Occur.MustNot for occur, _ in clauses)
        clauses += restrictions
        if not scored:
            clauses.append((Occur.Must, Query.all_query()))
        return Query.boolean_query(clauses)

    def _text_query(self, text: str, boost: float) -> Query | None:
        tokens = self.analyze(text)
        if not tokens:
            return None
        if len(tokens) == 1:
            query = Query.term_query(self.schema, "text", tokens[0])
        else:
            query = Query.phrase_query(self.schema, "text", tokens)
        return query if boost == 1.0 else Query.boost_query(query, boost)

    def _filter_queries(self, filters: IndexFilters) -> list[Query]:
        queries = []
        if filters.outlets:
            queries.append(Query.term_set_query(self.schema, "outlet", list(filters.outlets)))
        if filters.article_ids is not None:
            queries.append(Query.term_set_query(self.schema, "article_id", list(filters.article_ids)))
        low, high = day_bounds(filters.published_from, filters.published_to)
        if low is not None or high is not None:
            queries.append(Query.range_query(self.schema, "published", tantivy.FieldType.Integer,
                                             MISSING_DATE + 1 if low is None else low, high))
        return queries
