"""The Elasticsearch backend: articles, passages and dossiers in versioned indices behind aliases.

    {prefix}-articles    system of record: whole articles with their passages
    {prefix}-passages    search index, rebuilt from articles by `reindex()`
    {prefix}-vocabulary  every indexed word once (spelling variants), rebuilt with passages
    {prefix}-dossiers    stored dossiers

Each alias points at `{alias}-v{n}`; definitions come from `indexes/*.json`. The service keeps
no state of its own here, so several workers and replicas can share one cluster.

Ingest writes an article's passages (ids `{article_id}-{ordinal}`, so a retry overwrites rather
than duplicates) and only then the article with op_type `create`: an article reported
`created` is complete and searchable, and a retried request finds it and answers `unchanged`.
"""

from __future__ import annotations

import functools
import logging
import random
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from elastic_transport import TransportError
from elasticsearch import ApiError, AuthenticationException, AuthorizationException, Elasticsearch

import indexes
from service.errors import BackendUnavailable, Conflict
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
    claim_terms,
    dossier_labels,
    published_days,
)
from service.stores.es_errors import error_reason, translate, translated
from service.stores.es_ingest import BulkIngest
from service.stores.es_paging import deep_page
from service.stores.es_queries import (
    article_from_source,
    facets_from,
    passage_from_source,
    ref_from_source,
    search_body,
)
from service.stores.es_vocabulary import Vocabulary
from service.text.facts import FACTS_VERSION

log = logging.getLogger(__name__)


def _redacted(url: str) -> str:
    """The URL without user:password, fit for an error message."""
    parts = urlsplit(url)
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


class ElasticsearchStore:
    """The Store protocol on Elasticsearch (or an API-compatible engine)."""

    backend_name = "elasticsearch"

    def __init__(self, url: str = "http://localhost:9200", *, prefix: str = "factcheck",
                 api_key: str | None = None, basic_auth: tuple[str, str] | None = None,
                 ca_certs: str | None = None, node_class: Any = None, request_timeout: float = 30.0,
                 connect_attempts: int = 5, connect_backoff: float = 1.0, result_window: int = 10_000) -> None:
        self.urls = [part.strip() for part in url.split(",") if part.strip()]
        self.prefix = prefix
        self.connect_attempts = connect_attempts
        self.connect_backoff = connect_backoff
        self.result_window = result_window
        options: dict[str, Any] = {"request_timeout": request_timeout, "retry_on_timeout": True, "max_retries": 2}
        if api_key:
            options["api_key"] = api_key
        if basic_auth:
            options["basic_auth"] = basic_auth
        if ca_certs:
            options["ca_certs"] = ca_certs
        if node_class is not None:  # tests only; the service keeps the client's default node
            options["node_class"] = node_class
        self.es = Elasticsearch(self.urls, **options)
        self.vocabulary_index = Vocabulary(self.es, self.alias("vocabulary"), self.alias("passages"))

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any], **options: Any) -> ElasticsearchStore:
        """A connected store from the service settings (ELASTICSEARCH_*, INDEX_PREFIX)."""
        user, password = settings.get("ELASTICSEARCH_USERNAME"), settings.get("ELASTICSEARCH_PASSWORD")
        store = cls(
            settings.get("ELASTICSEARCH_URL") or "http://localhost:9200",
            prefix=settings.get("INDEX_PREFIX") or "factcheck",
            api_key=settings.get("ELASTICSEARCH_API_KEY") or None,
            basic_auth=(user, password or "") if user else None,
            ca_certs=settings.get("ELASTICSEARCH_CA_CERTS") or None,
            **{"connect_attempts": int(settings.get("ELASTICSEARCH_CONNECT_ATTEMPTS") or 5), **options},
        )
        try:
            store.connect()
        except BaseException:
            store.close()
            raise
        return store

    def alias(self, name: str) -> str:
        return f"{self.prefix}-{name}"

    # -- start-up ---------------------------------------------------------------------------

    def connect(self) -> None:
        """Wait for the cluster (bounded retries with backoff), then create missing indices."""
        where = ", ".join(_redacted(u) for u in self.urls)
        for attempt in range(1, self.connect_attempts + 1):
            try:
                self.es.cluster.health(wait_for_status="yellow", timeout="10s")
                break
            except (AuthenticationException, AuthorizationException) as exc:
                # Retrying cannot fix credentials: say so at once, in one line.
                raise BackendUnavailable(f"Elasticsearch at {where}: {translate(exc).detail}") from None
            except (TransportError, ApiError) as exc:
                if attempt == self.connect_attempts:
                    error = translate(exc)
                    raise BackendUnavailable(
                        f"Elasticsearch at {where} is not reachable after {attempt} attempts "
                        f"({error.detail}); check ELASTICSEARCH_URL", retry_after=error.retry_after) from None
                time.sleep(self.connect_backoff * 2 ** (attempt - 1))
        for name in indexes.NAMES:
            self._ensure(name)
        self._fill_dossier_fields()

    def _ensure(self, name: str) -> None:
        alias = self.alias(name)
        with translated():
            if self.es.indices.exists_alias(name=alias):
                self._add_missing_fields(name)
                return
            definition = indexes.load(name)
            try:
                self.es.indices.create(index=f"{alias}-v1", aliases={alias: {}}, **definition)
            except ApiError as exc:
                # Another worker starting at the same moment created it first.
                if error_reason(exc.body)[0] != "resource_already_exists_exception":
                    raise

    def _add_missing_fields(self, name: str) -> None:
        """An index made by an older version lacks fields the index file now has (passages'
        `facts`): add them, which the engines allow for new fields. Documents stored before keep
        no value for them until `reindex` rebuilds the derived indices."""
        alias = self.alias(name)
        wanted = indexes.load(name)["mappings"].get("properties", {})
        for index, body in self.es.indices.get_mapping(index=alias).body.items():
            live = body.get("mappings", {}).get("properties", {})
            missing = {field: spec for field, spec in wanted.items() if field not in live}
            if missing:
                log.info("index %s: adding the fields %s of %s", index, ", ".join(sorted(missing)), name)
                self.es.indices.put_mapping(index=index, properties=missing)

    # -- articles ---------------------------------------------------------------------------

    def ingest(self, articles: Sequence[Article]) -> list[IngestOutcome]:
        return BulkIngest(self, articles).run()

    def fetch_articles(self, ids: Iterable[str]) -> dict[str, Article]:
        """The stored articles among `ids`."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return {}
        with translated():
            response = self.es.mget(index=self.alias("articles"), ids=wanted)
        return {doc["_id"]: article_from_source(doc["_source"]) for doc in response["docs"] if doc.get("found")}

    def get_article(self, article_id: str) -> Article:
        with translated(missing=f"article {article_id}"):
            response = self.es.get(index=self.alias("articles"), id=article_id)
        return article_from_source(response["_source"])

    def delete_article(self, article_id: str) -> None:
        self.get_article(article_id)  # NotFound before anything changes
        # Passages first: should the second step fail, the article is still there to delete again.
        with translated():
            self.delete_passages([(article_id, 0)])
            self.es.delete(index=self.alias("articles"), id=article_id, refresh="wait_for")

    def delete_passages(self, from_ordinal: Sequence[tuple[str, int]]) -> None:
        """Delete passages of each article from an ordinal on (stale ones after a failed write)."""
        for start in range(0, len(from_ordinal), 500):
            clauses = [{"bool": {"filter": [{"term": {"article_id": article_id}},
                                            {"range": {"ordinal": {"gte": ordinal}}}]}}
                       for article_id, ordinal in from_ordinal[start:start + 500]]
            self.es.delete_by_query(index=self.alias("passages"), conflicts="proceed", refresh=True,
                                    query={"bool": {"should": clauses, "minimum_should_match": 1}})

    def resolve_articles(self, article_ids: Sequence[str] = (),
                         external_ids: Sequence[str] = ()) -> list[ArticleRef]:
        refs: dict[str, ArticleRef] = {}
        for field, values in (("article_id", list(article_ids)), ("external_id", list(external_ids))):
            for start in range(0, len(values), 1000):
                chunk = values[start:start + 1000]
                with translated():
                    response = self.es.search(index=self.alias("articles"), size=len(chunk),
                                              query={"terms": {field: chunk}},
                                              source_excludes=["text", "passages"])
                for hit in response["hits"]["hits"]:
                    refs[hit["_id"]] = ref_from_source(hit["_source"])
        return list(refs.values())

    def list_articles(self, offset: int, limit: int,
                      filters: SearchFilters | None = None) -> tuple[int, list[ArticleRef]]:
        filters = filters or SearchFilters()
        clauses: list[dict[str, Any]] = []
        for field, values in (("outlet", filters.outlets), ("external_id", filters.external_ids),
                              ("article_id", filters.article_ids)):
            if values:
                clauses.append({"terms": {field: list(values)}})
        start, end = published_days(filters)
        if start or end:  # published_at is a keyword: compared as written, like the embedded store
            clauses.append({"range": {"published_at": {**({"gte": start} if start else {}),
                                                       **({"lt": end} if end else {})}}})
        body = {"query": {"bool": {"filter": clauses}}, "track_total_hits": True,
                "sort": [{"ingested_at": "desc"}, {"article_id": "asc"}],
                "source_excludes": ["text", "passages"]}
        with translated():
            response = self.page(self.alias("articles"), body, offset, limit)
        return (response["hits"]["total"]["value"],
                [ref_from_source(hit["_source"]) for hit in response["hits"]["hits"]])

    def passages_of(self, article_ids: Sequence[str]) -> list[tuple[Passage, ArticleRef]]:
        wanted = list(dict.fromkeys(article_ids))
        found = self.fetch_articles(wanted)
        return [(passage, found[a].ref()) for a in wanted if a in found for passage in found[a].passages]

    # -- search -----------------------------------------------------------------------------

    def search(self, request: SearchRequest) -> SearchResult:
        from service.highlight import highlight

        article_ids: set[str] | None = None
        filters = request.filters
        if filters.article_ids or filters.external_ids:
            article_ids = set(filters.article_ids)
            if filters.external_ids:
                article_ids |= {ref.id for ref in self.resolve_articles((), filters.external_ids)}
            if not article_ids:  # only unknown external ids: nothing can match
                empty = {"outlet": (), "published_month": ()} if request.facets else {}
                return SearchResult(0, (), empty)
        body = search_body(request, article_ids)
        with translated(subject="query"):
            response = self.page(self.alias("passages"), body, request.offset, request.limit)
        hits = []
        for hit in response["hits"]["hits"]:
            passage, ref = passage_from_source(hit["_source"])
            hits.append(SearchHit(passage, ref, float(hit.get("_score") or 0.0),
                                  highlight(passage.text, request.query) if request.highlight else ""))
        return SearchResult(response["hits"]["total"]["value"], tuple(hits),
                            facets_from(response.get("aggregations")))

    def page(self, index: str, body: dict[str, Any], offset: int, limit: int) -> Any:
        """One page of a sorted search: from/size inside the result window, search_after beyond."""
        if offset + limit <= self.result_window:
            return self.es.search(index=index, from_=offset, size=limit, **body)
        return deep_page(functools.partial(self.es.search, index=index), body, offset, limit, self.result_window)

    # -- vocabulary -------------------------------------------------------------------------

    def vocabulary(self, words: Iterable[str]) -> dict[str, int]:
        with translated():
            return self.vocabulary_index.frequencies(words)

    def similar_words(self, word: str, limit: int = 5) -> list[str]:
        with translated():
            return self.vocabulary_index.similar(word, limit)

    # -- dossiers ---------------------------------------------------------------------------

    def save_dossier(self, dossier: dict[str, Any]) -> None:
        with translated(subject="dossier"):
            self.es.index(index=self.alias("dossiers"), id=dossier["id"], document=_dossier_source(dossier),
                          refresh="wait_for")

    def get_dossier(self, dossier_id: str) -> dict[str, Any]:
        with translated(missing=f"dossier {dossier_id}"):
            response = self.es.get(index=self.alias("dossiers"), id=dossier_id)
        return _with_review(response["_source"])

    def list_dossiers(self, offset: int, limit: int,
                      filters: DossierFilters | None = None) -> tuple[int, list[dict[str, Any]]]:
        filters = filters or DossierFilters()
        clauses: list[dict[str, Any]] = [{"term": {"claim_terms": term}} for term in filters.terms]
        if filters.verdict:
            clauses.append({"term": {"verdict": filters.verdict}})
        if filters.review_state == "unreviewed":  # a dossier stored before reviews has no state yet
            clauses.append({"bool": {"must_not": [{"terms": {"review_state": ["in_review", "final"]}}]}})
        elif filters.review_state:
            clauses.append({"term": {"review_state": filters.review_state}})
        body = {"query": {"bool": {"filter": clauses}}, "track_total_hits": True,
                "sort": [{"created_at": "desc"}, {"dossier_id": "desc"}]}
        with translated():
            response = self.page(self.alias("dossiers"), body, offset, limit)
        return (response["hits"]["total"]["value"],
                [_with_review(hit["_source"]) for hit in response["hits"]["hits"]])

    def related_dossiers(self, terms: Sequence[str], limit: int) -> list[dict[str, Any]]:
        terms = list(dict.fromkeys(terms))[:50]
        if not terms:
            return []
        # each shared term scores 1, so the score is the number of terms shared
        shared = [{"constant_score": {"filter": {"term": {"claim_terms": term}}, "boost": 1.0}} for term in terms]
        with translated():
            response = self.es.search(index=self.alias("dossiers"), size=limit,
                                      query={"bool": {"should": shared, "minimum_should_match": 1}},
                                      sort=["_score", {"created_at": "desc"}, {"dossier_id": "desc"}],
                                      source_includes=[*(f"document.{f}" for f in RELATED_FIELDS), "verdict"])
        return [{**{f: hit["_source"]["document"].get(f) for f in RELATED_FIELDS}, "verdict": hit["_source"]["verdict"]}
                for hit in response["hits"]["hits"]]

    def update_review(self, dossier_id: str,
                      change: Callable[[dict[str, Any]], dict[str, Any]]) -> dict[str, Any]:
        """Read, change, write only if nobody wrote in between (seq_no / primary_term); else again."""
        for attempt in range(REVIEW_ATTEMPTS):
            with translated(missing=f"dossier {dossier_id}"):
                response = self.es.get(index=self.alias("dossiers"), id=dossier_id)
            document = _with_review(response["_source"])
            document["review"] = change(document)
            try:
                with translated(subject="review"):
                    self.es.index(index=self.alias("dossiers"), id=dossier_id, document=_dossier_source(document),
                                  if_seq_no=response["_seq_no"], if_primary_term=response["_primary_term"],
                                  refresh="wait_for")
            except Conflict:  # another review was written meanwhile: apply this one to it
                time.sleep(random.uniform(0, 0.01 * (attempt + 1)))  # and let the writers spread out
                continue
            return document
        raise BackendUnavailable("the dossier's review kept changing under concurrent writes; retry",
                                 retry_after=1)

    def _fill_dossier_fields(self) -> None:
        """Dossiers stored before reviews lack the fields listings filter on: add them, once. A
        dossier another worker rewrote meanwhile (a conflict) has them already."""
        alias = self.alias("dossiers")
        while True:
            with translated():
                hits = self.es.search(index=alias, size=500, seq_no_primary_term=True, query={
                    "bool": {"must_not": [{"exists": {"field": "claim_terms"}}]}})["hits"]["hits"]
            if not hits:
                return
            log.info("dossiers: adding the listing fields to %d stored dossiers", len(hits))
            for hit in hits:
                try:
                    with translated():
                        source = _dossier_source(_with_review(hit["_source"]))
                        self.es.index(index=alias, id=hit["_id"], document=source,
                                      if_seq_no=hit["_seq_no"], if_primary_term=hit["_primary_term"])
                except Conflict:
                    pass
            with translated():
                self.es.indices.refresh(index=alias)

    # -- operations -------------------------------------------------------------------------

    def stats(self) -> StoreStats:
        with translated():
            articles = self.es.count(index=self.alias("articles"))["count"]
            passages = self.es.count(index=self.alias("passages"))["count"]
            oldest = self.es.search(index=self.alias("articles"), size=1, sort=[{"ingested_at": "asc"}],
                                    source=["article_id"], query={"match_all": {}})["hits"]["hits"]
            facts: Any = None
            if oldest:
                found = self.es.search(index=self.alias("passages"), size=1, source=["facts"],
                                       query={"term": {"article_id": oldest[0]["_source"]["article_id"]}})
                facts = found["hits"]["hits"][0]["_source"].get("facts") if found["hits"]["hits"] else None
        current = not oldest or (isinstance(facts, dict) and facts.get("v") == FACTS_VERSION)
        return StoreStats(articles=articles, passages=passages, facts_current=current)

    def scan_articles(self, batch: int = 500) -> Iterator[list[Article]]:
        """Every stored article, in id order, a batch at a time."""
        after: list[Any] | None = None
        while True:
            extra = {"search_after": after} if after is not None else {}
            with translated():
                hits = self.es.search(index=self.alias("articles"), size=batch, sort=[{"article_id": "asc"}],
                                      query={"match_all": {}}, **extra)["hits"]["hits"]
            if not hits:
                return
            yield [article_from_source(hit["_source"]) for hit in hits]
            after = hits[-1]["sort"]

    def reindex(self) -> ReindexReport:
        from service.stores.es_reindex import rebuild_search_indices

        return rebuild_search_indices(self)

    def close(self) -> None:
        self.es.close()


RELATED_FIELDS = ("id", "claim", "created_at", "claim_analysis")  # what related_dossiers gives of a dossier
REVIEW_ATTEMPTS = 20  # reviews of one dossier at the same moment are few; each retry reads afresh


def _dossier_source(document: dict[str, Any]) -> dict[str, Any]:
    """The indexed form of a dossier: the document as sent, its review beside it, and the fields a
    listing filters on (`document` and `review` are stored, not indexed)."""
    label, state = dossier_labels(document)
    plain = {key: value for key, value in document.items() if key != "review"}
    source = {"dossier_id": document["id"], "created_at": document["created_at"], "document": plain,
              "claim_terms": claim_terms(document.get("claim", "")), "verdict": label, "review_state": state}
    if document.get("review") is not None:
        source["review"] = document["review"]
    return source


def _with_review(source: dict[str, Any]) -> dict[str, Any]:
    document = dict(source["document"])
    if source.get("review") is not None:
        document["review"] = source["review"]
    return document
