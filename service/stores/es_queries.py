"""Elasticsearch documents and request bodies for the workbench's models.

Pure functions, no client: models → index documents (and back), a `SearchRequest` → a search
body. The index definitions these documents must fit are the JSON files in `indexes/`.
"""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from service.errors import ValidationFailed
from service.models import (
    Article,
    ArticleRef,
    Attribution,
    Context,
    FacetValue,
    ParsedQuery,
    Passage,
    SearchFilters,
    SearchRequest,
)
from service.text.facts import encode_json

# A spelling variant found in the vocabulary counts for less than the word the user typed
# (the embedded backend's weight, so both rank variants alike).
VARIANT_WEIGHT = 0.7
# A fuzzy match (a spelling no vocabulary lookup confirmed) counts for less still.
FUZZY_WEIGHT = 0.5
# Facet buckets returned per facet; outlets and months of one archive stay well below this.
FACET_SIZE = 100
# Relevance ties (and an empty query) fall back to article then passage order; the last two
# keys make every sort total, which `search_after` needs to page without skipping or repeating.
TIEBREAK: list[Any] = [{"article_id": "asc"}, {"ordinal": "asc"}]
FACET_FIELDS = ("outlet", "published_month")


def es_date(value: str | None) -> tuple[str, str] | None:
    """(date for `strict_date_optional_time`, UTC month) of an ISO date/datetime; None if not one.

    Python accepts ISO forms Elasticsearch's strict format does not (a space instead of `T`),
    so the passage index gets the value re-written; the article keeps it as sent. A time without
    offset counts as UTC, and the month is the UTC month, as on the embedded backend.
    """
    if not value:
        return None
    try:
        if len(value.strip()) == 10:
            day = date.fromisoformat(value.strip())
            return day.isoformat(), day.isoformat()[:7]
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.isoformat(), moment.astimezone(UTC).strftime("%Y-%m")


def article_document(article: Article) -> dict[str, Any]:
    """The articles-index document: the whole article, passages included (system of record)."""
    return {
        "article_id": article.id,
        "external_id": article.external_id,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "author": article.author,
        "published_at": article.published_at,
        "language": article.language,
        "text": article.text,
        "ingested_at": article.ingested_at,
        "content_sha256": article.content_sha256,
        "passage_count": article.passage_count,
        "passages": [_passage_fields(p) for p in article.passages],
    }


def _passage_fields(passage: Passage) -> dict[str, Any]:
    fields = asdict(replace(passage, facts_json=None))
    del fields["article_id"], fields["facts_json"]
    fields["facts"] = json.loads(passage.facts_json) if passage.facts_json else None
    return fields


def passage_document(passage: Passage, article: Article) -> dict[str, Any]:
    """The passages-index document: the sentence plus the article fields filters and hits need."""
    published = es_date(article.published_at)
    return {
        "passage_id": passage.id,
        "article_id": article.id,
        "external_id": article.external_id,
        "outlet": article.outlet,
        "published_at": published[0] if published else None,
        "published_month": published[1] if published else None,
        "ordinal": passage.ordinal,
        "char_start": passage.char_start,
        "char_end": passage.char_end,
        "text": passage.text,
        "context": asdict(passage.context),
        "attributions": [asdict(a) for a in passage.attributions],
        "facts": json.loads(passage.facts_json) if passage.facts_json else None,
        "article": asdict(article.ref()),
    }


def passage_from_fields(fields: dict[str, Any], article_id: str) -> Passage:
    return Passage(
        id=fields.get("id") or fields["passage_id"],
        article_id=article_id,
        ordinal=fields["ordinal"],
        char_start=fields["char_start"],
        char_end=fields["char_end"],
        text=fields["text"],
        context=Context(**fields["context"]),
        attributions=tuple(Attribution(**a) for a in fields.get("attributions") or ()),
        facts_json=encode_json(fields.get("facts")),
    )


def passage_from_source(source: dict[str, Any]) -> tuple[Passage, ArticleRef]:
    """A passages-index `_source` back to the passage and its article reference."""
    return passage_from_fields(source, source["article_id"]), ArticleRef(**source["article"])


def article_from_source(source: dict[str, Any]) -> Article:
    """An articles-index `_source` back to the `Article`."""
    article_id = source["article_id"]
    return Article(
        id=article_id,
        external_id=source["external_id"],
        title=source["title"],
        outlet=source["outlet"],
        url=source["url"],
        author=source["author"],
        published_at=source["published_at"],
        language=source["language"],
        text=source["text"],
        ingested_at=source["ingested_at"],
        content_sha256=source["content_sha256"],
        passages=tuple(passage_from_fields(p, article_id) for p in source["passages"]),
    )


def ref_from_source(source: dict[str, Any]) -> ArticleRef:
    return ArticleRef(source["article_id"], source["external_id"], source["title"], source["outlet"],
                      source["url"], source["published_at"])


def text_query(query: ParsedQuery) -> dict[str, Any]:
    """The scoring part: terms rank (fuzzy for name variants), phrases must, excluded must not."""
    should: list[dict[str, Any]] = []
    for term in query.terms:
        # A word counts once, by its best spelling: as typed, a vocabulary variant, or fuzzily.
        # AUTO allows 1 edit from 3 letters and 2 from 6 (Ain al-Asad / Ain Al-Assad); the first
        # letter must match, which keeps short words from matching unrelated ones.
        spellings = [{"match": {"text": {"query": term.text, "boost": term.boost}}},
                     {"match": {"text": {"query": term.text, "boost": term.boost * FUZZY_WEIGHT,
                                         "fuzziness": "AUTO", "prefix_length": 1}}}]
        spellings += [{"match": {"text": {"query": variant, "boost": term.boost * VARIANT_WEIGHT}}}
                      for variant in term.variants]
        should.append({"dis_max": {"queries": spellings}})
    must = [{"match_phrase": {"text.exact": phrase}} for phrase in query.phrases]
    # An excluded word or phrase, stemmed like the terms ("-strikes" also drops "strike").
    must_not = [{"match_phrase": {"text": words}} for words in query.excluded]
    if not should and not must:
        must = [{"match_all": {}}]
    return {"bool": {"should": should, "must": must, "must_not": must_not,
                     # Without phrases at least one term must match; with them terms only rank.
                     "minimum_should_match": 1 if should and not query.phrases else 0}}


def filter_clauses(filters: SearchFilters, article_ids: set[str] | None) -> list[dict[str, Any]]:
    """Filters; `article_ids` are the article ids and resolved external ids (None: no such filter)."""
    clauses: list[dict[str, Any]] = []
    if filters.outlets:
        clauses.append({"terms": {"outlet": list(filters.outlets)}})
    if article_ids is not None:
        clauses.append({"terms": {"article_id": sorted(article_ids)}})
    bounds: dict[str, str] = {}
    if filters.published_from:
        bounds["gte"] = _day(filters.published_from, "published_from").isoformat()
    if filters.published_to:
        # `lt` the next day rather than `lte` the day: how a date without time rounds under
        # `lte` is engine-specific, the half-open range means the same everywhere.
        bounds["lt"] = (_day(filters.published_to, "published_to") + timedelta(days=1)).isoformat()
    if bounds:
        clauses.append({"range": {"published_at": bounds}})
    return clauses


def _day(value: str, name: str) -> date:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise ValidationFailed("invalid filter", errors={name: [f"{value!r} is not an ISO date"]}) from None


def search_body(request: SearchRequest, article_ids: set[str] | None) -> dict[str, Any]:
    """Query, sort and facet aggregations of a search (paging is added by the caller)."""
    query = text_query(request.query)
    query["bool"]["filter"] = filter_clauses(request.filters, article_ids)
    sort: list[Any] = [{"_score": "desc"}, *TIEBREAK]
    if request.sort == "date":
        sort = [{"published_at": {"order": "desc", "missing": "_last"}}, *sort]
    body: dict[str, Any] = {"query": query, "sort": sort, "track_total_hits": True, "track_scores": True}
    if request.facets:
        body["aggs"] = {name: {"terms": {"field": name, "size": FACET_SIZE}} for name in FACET_FIELDS}
    return body


def facets_from(aggregations: dict[str, Any] | None) -> dict[str, tuple[FacetValue, ...]]:
    if not aggregations:
        return {}
    return {name: tuple(FacetValue(str(bucket["key"]), bucket["doc_count"])
                        for bucket in aggregations[name]["buckets"])
            for name in FACET_FIELDS if name in aggregations}
