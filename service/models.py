"""Plain data passed between the steps of the workbench (ingest → store → search → dossier).

These dataclasses are engine-neutral: the stores take and return them, the marshmallow schemas
in `service.schemas` turn them into JSON. Nothing here imports Flask or a search engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

AttributionKind = Literal[
    "news_agency", "media", "official", "military", "armed_group", "anonymous", "person", "other"
]
# failed: not stored for the backend's state (unreachable, busy): re-send later.
# rejected: the backend refused the document itself (e.g. a mapping conflict): re-sending cannot help.
IngestStatus = Literal["created", "unchanged", "conflict", "failed", "rejected"]
SortOrder = Literal["relevance", "date"]


@dataclass(frozen=True)
class Attribution:
    """Who, inside the text, a passage's statement is credited to (offsets into the passage)."""

    source: str
    kind: AttributionKind
    cue: str
    char_start: int
    char_end: int


@dataclass(frozen=True)
class Context:
    previous: str | None
    next: str | None


@dataclass(frozen=True)
class Passage:
    """One sentence of an article: the unit of evidence. Offsets point into `Article.text`."""

    id: str
    article_id: str
    ordinal: int
    char_start: int
    char_end: int
    text: str
    context: Context
    attributions: tuple[Attribution, ...] = ()
    # What the passage states (service.text.facts), read at ingest, as the JSON it is stored as:
    # decoded only when asked for (`facts`), since ingest only stores it. None: stored before.
    facts_json: str | None = None

    @cached_property
    def facts(self) -> Any:
        """service.text.facts.PassageFacts, or None for a passage stored before facts were read."""
        from service.text.facts import decode_facts  # models import nothing of the service's layers

        return decode_facts(self.facts_json)


@dataclass(frozen=True)
class ArticleRef:
    """The article fields a search hit or evidence item carries."""

    id: str
    external_id: str | None
    title: str | None
    outlet: str | None
    url: str | None
    published_at: str | None


@dataclass(frozen=True)
class Article:
    """A published piece with its passages. `published_at` is an ISO date or datetime string."""

    id: str
    external_id: str | None
    title: str | None
    outlet: str | None
    url: str | None
    author: str | None
    published_at: str | None
    language: str | None
    text: str
    ingested_at: str
    content_sha256: str
    passages: tuple[Passage, ...] = ()

    @property
    def passage_count(self) -> int:
        return len(self.passages)

    def ref(self) -> ArticleRef:
        return ArticleRef(
            self.id, self.external_id, self.title, self.outlet, self.url, self.published_at
        )


@dataclass(frozen=True)
class IngestOutcome:
    """What the store did with one article of a request."""

    status: IngestStatus
    article: Article
    detail: str | None = None


@dataclass(frozen=True)
class QueryTerm:
    """A plain word of a query. `variants` are spelling variants found in the vocabulary."""

    text: str
    boost: float = 1.0
    variants: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParsedQuery:
    """A user query: any of `terms` may match (ranked by BM25), every phrase must, no excluded word may."""

    terms: tuple[QueryTerm, ...] = ()
    phrases: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.terms and not self.phrases


@dataclass(frozen=True)
class SearchFilters:
    outlets: tuple[str, ...] = ()
    article_ids: tuple[str, ...] = ()
    external_ids: tuple[str, ...] = ()
    published_from: str | None = None  # ISO date, inclusive
    published_to: str | None = None  # ISO date, inclusive


@dataclass(frozen=True)
class SearchRequest:
    """One search. An empty query with filters lists the filtered passages (by date or order)."""

    query: ParsedQuery
    filters: SearchFilters = field(default_factory=SearchFilters)
    sort: SortOrder = "relevance"
    offset: int = 0
    limit: int = 10
    facets: bool = True
    highlight: bool = True  # False: hits carry highlight "" (the dossier marks only what it shows)


@dataclass(frozen=True)
class SearchHit:
    passage: Passage
    article: ArticleRef
    score: float
    highlight: str


@dataclass(frozen=True)
class FacetValue:
    value: str
    count: int


@dataclass(frozen=True)
class SearchResult:
    total: int
    hits: tuple[SearchHit, ...]
    facets: dict[str, tuple[FacetValue, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class StoreStats:
    articles: int
    passages: int
    # whether the oldest stored passage's facts are this version's reading (service.text.facts.FACTS_VERSION):
    # passages an older version read are read again in every dossier that meets them, until `reindex`
    facts_current: bool = True


@dataclass(frozen=True)
class ReindexReport:
    articles: int
    passages: int
    took_ms: float


ReviewState = Literal["unreviewed", "in_review", "final"]


@dataclass(frozen=True)
class DossierFilters:
    """Which stored dossiers a listing shows. `terms` are claim terms (`claim_terms`), all required."""

    terms: tuple[str, ...] = ()
    verdict: str | None = None  # the reviewer's final label when set, else the machine's
    review_state: ReviewState | None = None


def claim_terms(text: str) -> list[str]:
    """The distinct stems of a claim's words, sorted: what a dossier listing's `q` is matched with
    (so "Missiles" finds "missile"). Stored beside each dossier by both backends."""
    from service.tokens import index_terms, stem  # models import nothing of the service's layers at load

    return sorted({stem(term) for term in index_terms(text)})


def dossier_labels(document: dict[str, Any]) -> tuple[str, ReviewState]:
    """(the verdict a listing filters on, the review state) of a dossier document with its review."""
    review = document.get("review") or {}
    final = review.get("verdict")
    label = final["label"] if final else document.get("verdict", {}).get("label", "unverified")
    return label, review.get("state", "unreviewed")


def published_days(filters: SearchFilters) -> tuple[str | None, str | None]:
    """The published_at strings [start, end) of the filters' inclusive day window, for listing
    articles: dates and datetimes are compared as written (an ISO string sorts by its day first)."""
    from datetime import date, timedelta

    start = filters.published_from[:10] if filters.published_from else None
    end = None
    if filters.published_to:
        end = (date.fromisoformat(filters.published_to[:10]) + timedelta(days=1)).isoformat()
    return start, end
