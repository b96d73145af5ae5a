"""The OpenAPI 3 document, generated from the same marshmallow schemas that validate requests."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin
from marshmallow import Schema

from service.api.docs import ASSETS
from service.schemas.articles import (
    ArticleInSchema,
    ArticleListArgsSchema,
    ArticleListSchema,
    ArticleSchema,
    BulkReportSchema,
    FetchRequestSchema,
)
from service.schemas.common import ProblemSchema
from service.schemas.dossiers import DossierRequestSchema
from service.schemas.events import EventsArgsSchema, EventsResponseSchema
from service.schemas.reviews import (
    DossierDocumentSchema,
    DossierFormatArgsSchema,
    DossierListArgsSchema,
    DossierListSchema,
    ReviewRequestSchema,
)
from service.schemas.search import HealthSchema, SearchArgsSchema, SearchResponseSchema

PROBLEM = "application/problem+json"


@dataclass(frozen=True)
class Operation:
    path: str
    method: str
    summary: str
    responses: Mapping[int, type[Schema] | None]
    body: type[Schema] | None = None
    query: type[Schema] | None = None
    errors: tuple[int, ...] = (400, 422)
    body_types: tuple[str, ...] = ("application/json",)
    media: tuple[str, ...] = ()  # a response that is no JSON document: its media types


DOSSIER_ID: dict[str, Any] = {"name": "dossier_id", "in": "path", "required": True, "schema": {"type": "string"}}
ARTICLE_REF: dict[str, Any] = {"name": "article_id", "in": "path", "required": True,
                               "schema": {"type": "string", "not": {"enum": ["bulk", "fetch"]}},
                               "description": "An article id (20 hex digits), else an external id (not `bulk` or "
                                              "`fetch`: those paths are the bulk and fetch endpoints)."}
ASSET_NAME: dict[str, Any] = {"name": "name", "in": "path", "required": True,
                              "schema": {"type": "string", "enum": list(ASSETS)}}

OPERATIONS: tuple[Operation, ...] = (
    Operation("/articles", "post", "Ingest one article: a JSON object, or an HTML page as the body (text/html, "
              "the other fields as query parameters)",
              {201: ArticleSchema, 200: ArticleSchema}, ArticleInSchema, errors=(400, 409, 413, 422, 503),
              body_types=("application/json", "text/html")),
    Operation("/articles/bulk", "post", "Ingest a JSON array or NDJSON of articles",
              {200: BulkReportSchema}, ArticleInSchema, errors=(400, 413, 503),
              body_types=("application/json", "application/x-ndjson")),
    Operation("/articles/fetch", "post", "Fetch pages or RSS/Atom feeds by URL and ingest them (each URL "
              "succeeds or fails on its own; non-public addresses are refused)",
              {200: BulkReportSchema}, FetchRequestSchema, errors=(400, 413, 422, 503)),
    Operation("/articles", "get", "Stored articles, newest ingested first, by outlet, external id and day",
              {200: ArticleListSchema}, query=ArticleListArgsSchema, errors=(422,)),
    # 405 for the two names that are endpoints of their own (/articles/bulk, /articles/fetch)
    Operation("/articles/{article_id}", "get", "An article with its passages, by id or by external id",
              {200: ArticleSchema}, errors=(404, 405)),
    Operation("/articles/{article_id}", "delete", "Delete an article (by id or external id); its passages leave "
              "the index",
              {204: None}, errors=(404, 405)),
    Operation("/search", "get", "Full-text search over passages",
              {200: SearchResponseSchema}, query=SearchArgsSchema, errors=(422, 503)),
    Operation("/events", "get", "Incidents the archive reports, each with its passages grouped by source and the "
              "figures each source gives", {200: EventsResponseSchema}, query=EventsArgsSchema, errors=(422, 503)),
    Operation("/dossiers", "post", "Check a claim: build and store a verification dossier",
              {201: DossierDocumentSchema}, DossierRequestSchema, errors=(400, 413, 422, 503)),
    Operation("/dossiers", "get", "Stored dossiers, newest first; search their claims, filter by verdict and "
              "review state", {200: DossierListSchema}, query=DossierListArgsSchema, errors=(422,)),
    Operation("/dossiers/{dossier_id}", "get", "A stored dossier with its review (JSON), or its report "
              "(text/markdown) or ClaimReview (application/ld+json); also ?format=markdown|claimreview",
              {200: DossierDocumentSchema}, query=DossierFormatArgsSchema, errors=(404, 422)),
    Operation("/dossiers/{dossier_id}/reviews", "post", "Review a dossier: stance decisions, final verdict, "
              "notes (the machine's assessment is kept beside them)",
              {201: DossierDocumentSchema}, ReviewRequestSchema, errors=(400, 404, 413, 422, 503)),
    Operation("/health", "get", "Backend reachability and counts", {200: HealthSchema}, errors=(503,)),
    Operation("/docs", "get", "This document as a Swagger UI page (also at /docs of the server)", {200: None},
              errors=(), media=("text/html",)),
    Operation("/docs/init.js", "get", "The docs page's start-up script", {200: None}, errors=(),
              media=("text/javascript",)),
    Operation("/docs/assets/{name}", "get", "The docs page's Swagger UI assets (from the swagger-ui-bundle package)",
              {200: None}, errors=(404,), media=("text/css", "text/javascript", "image/png")),
)
OPEN = ("/health", "/docs", "/docs/init.js", "/docs/assets/{name}")  # no key, no rate limit


def build_spec(config: Mapping[str, Any]) -> APISpec:
    spec = APISpec(
        title="Fact-check workbench API",
        version="1.0.0",
        openapi_version="3.0.3",
        plugins=[MarshmallowPlugin()],
        servers=[{"url": "/api/v1"}],
        info={"description": "Archive search and claim verification dossiers. Errors are RFC 7807."},
    )
    spec.components.schema("Problem", schema=ProblemSchema)
    spec.components.security_scheme("bearer", {"type": "http", "scheme": "bearer",
                                               "description": "An API key (FACTCHECK_API_KEYS)."})
    for path in dict.fromkeys(op.path for op in OPERATIONS):
        spec.path(path=path, operations={op.method: _operation(op) for op in OPERATIONS if op.path == path})
    # ArticleInSchema's own rule (exactly one of `text` and `html`), which marshmallow fields cannot state
    spec.components.schemas["ArticleIn"]["oneOf"] = [{"required": ["text"]}, {"required": ["html"]}]
    return spec


def _operation(op: Operation) -> dict[str, Any]:
    responses: dict[str, Any] = {}
    for status, response_schema in op.responses.items():
        if op.media:
            responses[str(status)] = {"description": "OK",
                                      "content": {media: {"schema": {"type": "string"}} for media in op.media}}
        elif response_schema is None:
            responses[str(status)] = {"description": "No content"}
        elif op.path.startswith("/dossiers/") and op.method == "get":
            responses[str(status)] = {"description": "OK", "content": {
                "application/json": {"schema": response_schema}, "text/markdown": {"schema": {"type": "string"}},
                "application/ld+json": {"schema": {"type": "object", "description": "schema.org ClaimReview"}}}}
        else:
            responses[str(status)] = {"description": "OK", "content": {"application/json": {"schema": response_schema}}}
    write = op.method in {"post", "put", "patch", "delete"}
    limited = op.path not in OPEN
    extra: tuple[int, ...] = ((401, 403) if write else ()) + ((429,) if limited else ()) + (406,)
    if op.body is not None:
        extra += (415,)
    for status in op.errors + extra:
        responses[str(status)] = {"description": "Problem", "content": {PROBLEM: {"schema": "Problem"}}}
    operation: dict[str, Any] = {"summary": op.summary, "responses": responses}
    if write:
        operation["security"] = [{"bearer": []}]
    params = [p for p in (ARTICLE_REF, DOSSIER_ID, ASSET_NAME) if "{" + p["name"] + "}" in op.path]
    if op.query is not None:
        params.append({"in": "query", "schema": op.query})
    if params:
        operation["parameters"] = params
    if op.body is not None:
        schema: Any = op.body
        if op.path.endswith("/bulk"):
            # Any body is read line by line (NDJSON) or item by item (array): each item is
            # validated as an ArticleIn on its own and a bad one is reported in `errors` of the
            # 200 answer, not by rejecting the request. So no body shape is invalid as a whole.
            schema = {"description": "Articles (ArticleIn): a JSON array, or one object per NDJSON line."}
        operation["requestBody"] = {"required": True, "content": {
            t: {"schema": {"type": "string", "description": "An HTML page."} if t == "text/html" else schema}
            for t in op.body_types}}
    return operation
