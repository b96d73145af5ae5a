"""What a user can do, shared by the API views and the CLI commands.

Each function takes the store and already-validated input (schemas loaded it) and returns a
JSON-ready document dumped through the response schema, so the API and the CLI cannot drift.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from tqdm import tqdm

from service.dossier.pipeline import gather_evidence
from service.dossier.workers import DossierWorkers, assess_document
from service.errors import FactcheckError
from service.files import FileProblem, find_files, read_payloads
from service.ingest import BulkReport, ingest_batch, prepare_article
from service.models import Article, SearchFilters
from service.schemas import load
from service.schemas.articles import ArticleInSchema
from service.schemas.fastdump import compile_dump
from service.schemas.search import SearchResponseSchema
from service.search import run_search
from service.stores.base import Store

BATCH = 500  # articles per store call: one index commit per batch

# Dumping holds no per-call state, so one instance serves every request; building a nested
# schema tree anew costs more than the dump itself (measured: 2.5 ms vs 0.9 ms per dossier).
# (The dossier schema's instance lives in service.dossier.workers, where dossiers are dumped.)
SEARCH_RESPONSE = SearchResponseSchema()
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


def check_claim(store: Store, request: Mapping[str, Any], workers: DossierWorkers | None = None) -> dict[str, Any]:
    """Build the dossier for a DossierRequestSchema-loaded request, store it, return it.

    The store's part runs here; the assessment runs in `workers` when given (a server), else here."""
    started = time.perf_counter()
    filters = request.get("filters") or SearchFilters()
    gathered = gather_evidence(store, request["claim"], filters, request["max_evidence"])
    document = workers.assess(gathered) if workers is not None else assess_document(gathered)
    document["took_ms"] = round((time.perf_counter() - started) * 1000, 2)
    store.save_dossier(document)
    return document


class Ingestion:
    """Validate, prepare and store payloads in batches, accounting for each line."""

    def __init__(self, store: Store, max_articles: int | None = None) -> None:
        self.store = store
        self.report = BulkReport()
        self.max_articles = max_articles
        self._schema = ArticleInSchema()
        self._pending: list[tuple[Any, Article]] = []
        self._seen = 0

    def add(self, line: Any, payload: Mapping[str, Any]) -> None:
        self._seen += 1
        if self.max_articles is not None and self._seen > self.max_articles:
            self.report.add_error(line, 413, f"over the limit of {self.max_articles} articles "
                                             "per bulk request; not ingested")
            return
        try:
            self._pending.append((line, prepare_article(load(self._schema, payload))))
        except FactcheckError as exc:
            self.report.add_error(line, exc.status, exc.detail)
        if len(self._pending) >= BATCH:
            self.flush()

    def reject(self, line: Any, status: int, detail: str) -> None:
        self.report.add_error(line, status, detail)

    def flush(self) -> BulkReport:
        ingest_batch(self.store, self._pending, self.report)
        self._pending = []
        return self.report


def ingest_files(store: Store, paths: Iterable[Path], progress: bool = True) -> BulkReport:
    """`factcheck ingest`: every article file below the paths, with a progress bar."""
    try:
        files = find_files(paths)
    except FileProblem as exc:
        raise FactcheckError(str(exc)) from None
    ingestion = Ingestion(store)
    for where, payload in tqdm(read_payloads(files), unit=" articles", disable=not progress,
                               desc="ingest", file=None):
        if isinstance(payload, FileProblem):
            ingestion.reject(where, 400, str(payload))
        else:
            ingestion.add(where, payload)
    return ingestion.flush()
