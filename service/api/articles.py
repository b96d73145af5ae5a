"""POST/GET /articles, GET/DELETE /articles/{id} (GET also by external id), POST /articles/bulk and
POST /articles/fetch."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, current_app, request, url_for

from service.actions import Ingestion, find_article, ingest_urls
from service.api import JSON, NDJSON, check_content_type, load_args, load_body, load_html_body, store
from service.bulk import BrokenItem, read_bulk
from service.errors import BackendUnavailable, Conflict, ValidationFailed
from service.ingest import prepare_article
from service.models import Article, SearchFilters
from service.schemas.articles import (
    ArticleInSchema,
    ArticleListArgsSchema,
    ArticleListSchema,
    ArticleSchema,
    BulkReportSchema,
    FetchRequestSchema,
)

blueprint = Blueprint("articles", __name__)
ARTICLE = ArticleSchema()  # dump-only and stateless: one instance for every request
ARTICLE_IN = ArticleInSchema()  # limits are read at request time: one instance for every request
ARTICLE_LIST_ARGS = ArticleListArgsSchema()
ARTICLE_LIST = ArticleListSchema()


@blueprint.post("/articles")
def create_article() -> tuple[dict[str, Any], int, dict[str, str]]:
    """A JSON article, or an HTML page as the body (`Content-Type: text/html`, fields in the query)."""
    fields = load_html_body(ARTICLE_IN) if request.mimetype == "text/html" else load_body(ARTICLE_IN)
    outcome = store().ingest([prepare_article(fields)])[0]
    if outcome.status == "conflict":
        raise Conflict(outcome.detail or "an article with this external_id exists with other text")
    if outcome.status == "rejected":
        raise ValidationFailed(outcome.detail or "the backend refused the article")
    if outcome.status == "failed":
        raise BackendUnavailable(outcome.detail or "the article could not be stored", retry_after=5)
    status = 201 if outcome.status == "created" else 200
    location = url_for("articles.get_article", article_id=outcome.article.id)
    return dump_article(outcome.article), status, {"Location": location}


@blueprint.post("/articles/bulk")
def bulk_ingest() -> dict[str, Any]:
    """A JSON array or NDJSON body, read as a stream; each line succeeds or fails on its own."""
    check_content_type(JSON, NDJSON, "application/jsonl")
    ingestion = Ingestion(store(), max_articles=current_app.config["MAX_BULK_ARTICLES"])
    for line, item in read_bulk(request.stream):
        if isinstance(item, BrokenItem):
            ingestion.reject(line, 400, item.detail)
        else:
            ingestion.add(line, item)
    return BulkReportSchema().dump(ingestion.flush())  # type: ignore[no-any-return]


@blueprint.post("/articles/fetch")
def fetch_articles() -> dict[str, Any]:
    """Fetch each URL (a page, or a feed: each of its entries) and ingest it; each succeeds or fails on its own."""
    urls = load_body(FetchRequestSchema())["urls"]
    report = ingest_urls(store(), urls, current_app.extensions["fetcher"], current_app.config["MAX_BULK_ARTICLES"])
    return BulkReportSchema().dump(report)  # type: ignore[no-any-return]


@blueprint.get("/articles")
def list_articles() -> dict[str, Any]:
    args = load_args(ARTICLE_LIST_ARGS)
    page, size = args["page"], args["size"]
    filters = SearchFilters(
        outlets=tuple(args["outlet"]), external_ids=tuple(args["external_id"]),
        published_from=args["published_from"].isoformat() if args["published_from"] else None,
        published_to=args["published_to"].isoformat() if args["published_to"] else None)
    total, refs = store().list_articles((page - 1) * size, size, filters)
    return ARTICLE_LIST.dump({"total": total, "page": page, "size": size, "articles": refs})  # type: ignore[no-any-return]


@blueprint.get("/articles/<article_ref:article_id>")
def get_article(article_id: str) -> dict[str, Any]:
    """By article id, else by external id (an external id may look like anything, even an id)."""
    return dump_article(find_article(store(), article_id))


@blueprint.delete("/articles/<article_ref:article_id>")
def delete_article(article_id: str) -> Response:
    """By article id, else by external id, like GET."""
    store().delete_article(find_article(store(), article_id).id)
    return Response(status=204)


def dump_article(article: Article) -> dict[str, Any]:
    return ARTICLE.dump(article)  # type: ignore[no-any-return]
