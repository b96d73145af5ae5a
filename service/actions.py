"""What a user can do, shared by the API views and the CLI commands.

Each function takes the store and already-validated input (schemas loaded it) and returns a
JSON-ready document dumped through the response schema, so the API and the CLI cannot drift.
"""

from __future__ import annotations

import functools
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import IO, Any, TypeVar

from service.dossier.pipeline import gather_evidence
from service.dossier.workers import DossierWorkers, assess_document
from service.errors import BackendUnavailable, FactcheckError, NotFound
from service.fetch import Fetcher, Payload, is_url, page_payload, url_payloads
from service.files import FileProblem, find_files, read_payloads
from service.ingest import ArticleParts, BulkReport, account_batch, assemble_article, begin_batch, report_unavailable
from service.models import Article, DossierFilters, IngestOutcome, SearchFilters, claim_terms
from service.preparing import CHUNK, Pending, Preparer
from service.progress import progress_for
from service.reviews import present
from service.schemas.dossiers import max_claim_chars
from service.schemas.fastdump import compile_dump
from service.schemas.reviews import DossierListSchema
from service.schemas.search import SearchResponseSchema
from service.search import run_search
from service.similar import find_similar
from service.stores.base import Store

T = TypeVar("T")

BATCH = 500  # articles per store call: one index commit per batch
ARTICLE_ID = re.compile(r"[0-9a-f]{20}")  # service.ingest.article_id_for
IN_FLIGHT = 30  # chunks sent for analysis and not yet stored: a batch, and the helper's work while it is stored

# Dumping holds no per-call state, so one instance serves every request; building a nested
# schema tree anew costs more than the dump itself (measured: 2.5 ms vs 0.9 ms per dossier).
# (The dossier schema's instance lives in service.dossier.workers, where dossiers are dumped.)
SEARCH_RESPONSE = SearchResponseSchema()
DOSSIER_LIST = DossierListSchema()
_dump_search_response = compile_dump(SEARCH_RESPONSE)  # the same output, faster (service/schemas/fastdump.py)


def search_document(store: Store, args: Mapping[str, Any]) -> dict[str, Any]:
    """Run a SearchArgsSchema-loaded search and dump the response."""
    started = time.perf_counter()
    filters = SearchFilters(
        outlets=tuple(args["outlet"]),
        article_ids=tuple(args["article_id"]),
        published_from=args["published_from"].isoformat() if args["published_from"] else None,
        published_to=args["published_to"].isoformat() if args["published_to"] else None,
    )
    result = run_search(store, args["q"], filters, args["sort"], args["page"], args["size"])
    body = {
        "total": result.total,
        "page": args["page"],
        "size": args["size"],
        "took_ms": round((time.perf_counter() - started) * 1000, 2),
        "hits": result.hits,
        "facets": {name: result.facets.get(name, ()) for name in ("outlet", "published_month")},
    }
    return _dump_search_response(body)


def dossier_listing(store: Store, args: Mapping[str, Any]) -> dict[str, Any]:
    """The history list for DossierListArgsSchema-loaded arguments, dumped."""
    page, size = args["page"], args["size"]
    filters = DossierFilters(tuple(claim_terms(args["q"])), args["verdict"], args["review_state"])
    total, documents = store.list_dossiers((page - 1) * size, size, filters)
    body = {"total": total, "page": page, "size": size, "dossiers": [present(d) for d in documents]}
    return DOSSIER_LIST.dump(body)  # type: ignore[no-any-return]


def find_article(store: Store, reference: str) -> Article:
    """The article with this id, else the one with this external id; NotFound says what was tried."""
    if ARTICLE_ID.fullmatch(reference):
        try:
            return store.get_article(reference)
        except NotFound:
            pass
    refs = store.resolve_articles(external_ids=[reference])
    if not refs:
        tried = "id nor external_id" if ARTICLE_ID.fullmatch(reference) else "external_id"
        raise NotFound(f"no article with {tried} {reference!r}"
                       + ("" if ARTICLE_ID.fullmatch(reference) else " (article ids are 20 hex digits)"))
    return store.get_article(refs[0].id)


def check_claim(store: Store, request: Mapping[str, Any], workers: DossierWorkers | None = None) -> dict[str, Any]:
    """Build the dossier for a DossierRequestSchema-loaded request, store it, return it.

    The store's part runs here; the assessment runs in `workers` when given (a server), else here."""
    started = time.perf_counter()
    filters = request.get("filters") or SearchFilters()
    gathered = gather_evidence(store, request["claim"], filters, request["max_evidence"],
                               max_claim_chars(), request.get("claim_date"))
    document = workers.assess(gathered) if workers is not None else assess_document(gathered)
    document["similar_dossiers"] = find_similar(store, document)
    document["took_ms"] = round((time.perf_counter() - started) * 1000, 2)
    store.save_dossier(document)
    return document


class Ingestion:
    """Validate, prepare and store payloads in batches, accounting for each line in order.

    Payloads go in chunks to `service.preparing`: the first inline, the next to the helper process
    once it runs, so that it analyzes while this thread stores. Results are taken back in order, so
    the report is the one a line-by-line ingest gives.
    """

    def __init__(self, store: Store, max_articles: int | None = None, helper: bool = True,
                 list_articles: bool = True) -> None:
        self.store = store
        self.report = BulkReport(list_articles=list_articles)
        self.max_articles = max_articles
        self._preparer = Preparer()
        self._helper = helper
        self._lines: list[Any] = []  # the chunk being filled
        self._payloads: list[Mapping[str, Any]] = []
        self._queue: deque[tuple[list[Any], Pending]] = deque()  # submitted chunks, in line order
        self._batch: list[tuple[Any, Article]] = []
        self._indexing: tuple[list[tuple[Any, Article]], Future[list[IngestOutcome]]] | None = None
        self._seen = 0

    @property
    def articles_added(self) -> int:
        """Article payloads added so far (each is ingested, or reported with its error)."""
        return self._seen

    @property
    def chunks_at_helper(self) -> int:
        return self._preparer.chunks_at_helper

    def add(self, line: Any, payload: Mapping[str, Any]) -> None:
        self._seen += 1
        if self.max_articles is not None and self._seen > self.max_articles:
            self.reject(line, 413, f"over the limit of {self.max_articles} articles per bulk request; not ingested")
            return
        self._lines.append(line)
        self._payloads.append(payload)
        if len(self._payloads) >= CHUNK:
            self._submit()
            self._account(wait=False)

    def reject(self, line: Any, status: int, detail: str) -> None:
        self._submit()  # the lines before this one first
        self._queue.append(([line], Pending((), prepared=[(status, detail)])))
        self._account(wait=False)

    def flush(self) -> BulkReport:
        self._submit()
        self._account(wait=True)
        self._store_batch()
        self._account_indexed()
        return self.report

    def _store_batch(self) -> None:
        """Store the batch, then account for the one before it, whose indexing (in its own thread)
        overlapped this batch's database writes; this batch is indexed in turn."""
        batch, self._batch = self._batch, []
        if not batch:
            return
        try:
            finish = begin_batch(self.store, [article for _, article in batch])
        except BackendUnavailable as exc:
            self._account_indexed()
            report_unavailable(batch, exc, self.report)
            return
        self._account_indexed()
        self._indexing = (batch, in_thread(finish))

    def _account_indexed(self) -> None:
        if self._indexing is None:
            return
        batch, indexed = self._indexing
        self._indexing = None
        try:
            outcomes = indexed.result()
        except BackendUnavailable as exc:
            report_unavailable(batch, exc, self.report)
            return
        account_batch(batch, outcomes, self.report)

    def _submit(self) -> None:
        if self._payloads:
            use_helper = self._helper and self._seen > CHUNK  # a one-chunk bulk does not start the helper
            self._queue.append((self._lines, self._preparer.submit(self._payloads, use_helper)))
            self._lines, self._payloads = [], []

    def _account(self, wait: bool) -> None:
        """Take prepared chunks in order, while they are ready (or `wait`, or too many are queued).
        Unless waiting, stop after storing a batch: the caller sends the helper more chunks first,
        or it would run dry while this thread stores one ready batch after the other."""
        while self._queue and (wait or self._queue[0][1].done() or len(self._queue) > IN_FLIGHT):
            lines, pending = self._queue.popleft()
            self._steal_while_waiting(pending)
            stored = False
            for line, prepared in zip(lines, self._preparer.result(pending), strict=True):
                if isinstance(prepared, ArticleParts):
                    self._batch.append((line, assemble_article(prepared)))
                    if len(self._batch) >= BATCH:
                        self._store_batch()
                        stored = True
                else:
                    self._account_indexed()  # the report stays in line order
                    self.report.add_error(line, *prepared)
            if stored and not wait:
                return


    def _steal_while_waiting(self, head: Pending) -> None:
        """While the helper analyzes the chunk this thread needs next, analyze the last chunk it
        has not started: both cores work, instead of this one waiting (the results are still taken
        in line order). Not when there are as many helpers as cores (service.preparing says why)."""
        if not self._preparer.helps_while_waiting():
            return
        for _, pending in reversed(self._queue):
            if head.done():
                return
            if pending.future is not None and not pending.future.done():
                self._preparer.steal(pending)


def in_thread(call: Callable[[], T]) -> Future[T]:
    """Run `call` in a thread of its own (one per batch: a pool would outlive a failed request)."""
    future: Future[T] = Future()

    def run() -> None:
        try:
            future.set_result(call())
        except BaseException as exc:  # noqa: BLE001 - the waiting thread raises it
            future.set_exception(exc)

    threading.Thread(target=run, name="ingest-indexing", daemon=True).start()
    return future


def ingest_sources(store: Store, sources: Sequence[str], fetcher: Fetcher, progress: bool = True,
                   progress_stream: IO[str] | None = None) -> BulkReport:
    """`factcheck ingest`: article files and feeds below the paths, and pages and feeds at the URLs
    (fetched a few at a time), with a progress bar over them all."""
    urls = [source for source in sources if is_url(source)]
    try:
        files = find_files(Path(source) for source in sources if not is_url(source))
    except FileProblem as exc:
        raise FactcheckError(str(exc)) from None
    ingestion = Ingestion(store, list_articles=False)  # the command prints counts and errors only
    bar = progress_for(len(files) + len(urls), "ingest", "sources", enabled=progress, stream=progress_stream)
    try:
        fetch_page = functools.partial(page_payload, fetcher)
        for path in files:
            for where, payload in read_payloads([path], fetch_page):
                if isinstance(payload, FileProblem):
                    ingestion.reject(where, payload.status, str(payload))
                else:
                    ingestion.add(where, payload)
            bar.set_postfix_str(f"{ingestion.articles_added} articles", refresh=False)
            bar.update(1)
        for url, payloads in fetched_in_order(fetcher, urls):
            _add_fetched(ingestion, url, url, payloads)
            bar.set_postfix_str(f"{ingestion.articles_added} articles", refresh=False)
            bar.update(1)
        return ingestion.flush()
    finally:
        bar.close()


def ingest_urls(store: Store, urls: Sequence[str], fetcher: Fetcher, max_articles: int | None = None) -> BulkReport:
    """`POST /articles/fetch`: each URL's page, or each entry of its feed; errors by URL number."""
    ingestion = Ingestion(store, max_articles=max_articles)
    for line, (_, payloads) in enumerate(fetched_in_order(fetcher, urls), 1):
        _add_fetched(ingestion, line, urls[line - 1], payloads)
    return ingestion.flush()


FETCHES_AT_ONCE = 4  # URL fetches wait on the network, not the CPU: a few overlap


def fetched_in_order(fetcher: Fetcher, urls: Sequence[str]) -> Iterator[tuple[str, list[Payload] | FactcheckError]]:
    """Each URL's payloads (or the error that stopped it), fetched a few at a time, in URL order."""
    def fetch_all(url: str) -> list[Payload] | FactcheckError:
        try:
            return list(url_payloads(fetcher, url))
        except FactcheckError as exc:
            return exc

    if not urls:
        return
    with ThreadPoolExecutor(min(FETCHES_AT_ONCE, len(urls)), thread_name_prefix="fetch") as pool:
        ahead: deque[tuple[str, Future[list[Payload] | FactcheckError]]] = deque()
        for url in urls:  # a window of fetches ahead, not all at once: fetched pages wait in memory
            ahead.append((url, pool.submit(fetch_all, url)))
            if len(ahead) >= 2 * FETCHES_AT_ONCE:
                done_url, future = ahead.popleft()
                yield done_url, future.result()
        while ahead:
            done_url, future = ahead.popleft()
            yield done_url, future.result()


def _add_fetched(ingestion: Ingestion, line: Any, url: str, payloads: list[Payload] | FactcheckError) -> None:
    if isinstance(payloads, FactcheckError):
        # the CLI's line is the URL itself, which the detail already begins with
        detail = payloads.detail.removeprefix(f"{url}: ") if line == url else payloads.detail
        ingestion.reject(line, payloads.status, detail)
        return
    for where, payload in payloads:
        if isinstance(payload, FactcheckError):
            ingestion.reject(line, payload.status, f"{where}: {payload.detail}")
        else:
            ingestion.add(line, payload)
