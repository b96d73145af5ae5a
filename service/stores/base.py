"""The storage interface every backend implements (embedded SQLite+tantivy, Elasticsearch).

Everything above the store (API views, CLI, the dossier pipeline) talks to this Protocol only.
Backends translate their engine's exceptions into `service.errors` at their boundary.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol, runtime_checkable

from service.models import (
    Article,
    ArticleRef,
    DossierFilters,
    IngestOutcome,
    Passage,
    ReindexReport,
    SearchFilters,
    SearchRequest,
    SearchResult,
    StoreStats,
)


@runtime_checkable
class Store(Protocol):
    """Articles, passages and dossiers, with full-text search over passages."""

    backend_name: str  # "embedded" | "elasticsearch"

    def ingest(self, articles: Sequence[Article]) -> list[IngestOutcome]:
        """Store prepared articles, one outcome each, in order.

        An article whose id exists already is `unchanged` when its content_sha256 is equal and a
        `conflict` otherwise (ids derive from external_id or content hash, see service.ingest).
        Each article is stored whole or not at all; a `created` outcome means it is durable and
        searchable. A failure of one article does not stop the others: `failed` (the backend's
        state, re-send later) or `rejected` (the document itself was refused), with a detail.
        """
        ...

    def get_article(self, article_id: str) -> Article:
        """The article with its passages; raises NotFound."""
        ...

    def delete_article(self, article_id: str) -> None:
        """Remove the article and its passages from storage and index; raises NotFound."""
        ...

    def resolve_articles(
        self, article_ids: Sequence[str] = (), external_ids: Sequence[str] = ()
    ) -> list[ArticleRef]:
        """The articles named by id or external id, in no particular order; unknown ones are absent."""
        ...

    def list_articles(self, offset: int, limit: int,
                      filters: SearchFilters | None = None) -> tuple[int, list[ArticleRef]]:
        """(total, articles newest ingested first, then by id), filtered by outlets, external ids
        and the day `published_at` gives (from and to inclusive; undated articles only without)."""
        ...

    def passages_of(self, article_ids: Sequence[str]) -> list[tuple[Passage, ArticleRef]]:
        """Every passage of the given articles, in article then ordinal order."""
        ...

    def search(self, request: SearchRequest) -> SearchResult:
        """Ranked passages with highlights and (if asked) outlet and published_month facets."""
        ...

    def vocabulary(self, words: Iterable[str]) -> dict[str, int]:
        """Passage document frequency of each (normalized) word; absent words map to 0."""
        ...

    def similar_words(self, word: str, limit: int = 5) -> list[str]:
        """Indexed words spelled like `word` (rapidfuzz), best first, excluding `word` itself."""
        ...

    def save_dossier(self, dossier: dict[str, Any]) -> None:
        """Store a new dossier document (JSON-ready dict with an "id", "claim" and "created_at").

        Saving over an existing id replaces the dossier, its review included."""
        ...

    def get_dossier(self, dossier_id: str) -> dict[str, Any]:
        """The stored dossier document, with its `review` when one was recorded; raises NotFound."""
        ...

    def list_dossiers(self, offset: int, limit: int,
                      filters: DossierFilters | None = None) -> tuple[int, list[dict[str, Any]]]:
        """(total, dossiers newest first, each with its `review` when recorded), filtered by
        claim terms (`models.claim_terms`, all required) and `models.dossier_labels`."""
        ...

    def related_dossiers(self, terms: Sequence[str], limit: int) -> list[dict[str, Any]]:
        """Up to `limit` dossiers whose claim shares claim terms with `terms`, those sharing the
        most first, then the newest; each as `{"id", "claim", "created_at", "claim_analysis",
        "verdict"}` (`verdict`: the label of `models.dossier_labels`). A backend may look up by
        the rarest of the terms only."""
        ...

    def update_review(self, dossier_id: str,
                      change: Callable[[dict[str, Any]], dict[str, Any]]) -> dict[str, Any]:
        """Atomically replace a dossier's review with `change(dossier with its current review)` and
        return the dossier with the new review. NotFound for an unknown dossier; when `change`
        raises, nothing is stored. Concurrent updates are applied one after the other, never lost."""
        ...

    def stats(self) -> StoreStats:
        """Counts read from the backend itself (also serves as the health probe)."""
        ...

    def reindex(self) -> ReindexReport:
        """Rebuild the search index from the system of record and swap it in atomically."""
        ...

    def close(self) -> None:
        ...
