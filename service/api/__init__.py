"""HTTP edge: blueprints under /api/v1, one problem+json error handler, request helpers.

Views parse input with the schemas, call the same service functions the CLI calls, and format
output. No logic lives only here.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from flask import Flask, Response, current_app, request
from marshmallow import Schema
from werkzeug.exceptions import HTTPException
from werkzeug.routing import PathConverter

from service.errors import (
    BadRequest,
    FactcheckError,
    MethodNotAllowed,
    NotFound,
    PayloadTooLarge,
    problem,
)
from service.schemas import load
from service.stores.base import Store

log = logging.getLogger(__name__)

PREFIX = "/api/v1"


class ArticleRefConverter(PathConverter):
    """An article id or external id (which may hold slashes), but not `bulk`: /articles/bulk is
    the bulk endpoint (an article whose external id is "bulk" is reached by its id)."""

    regex = r"(?!bulk$)[^/].*?"


def register_api(app: Flask) -> None:
    from service.api import articles, docs, dossiers, events, meta, search
    from service.api.security import register_security

    app.url_map.converters["article_ref"] = ArticleRefConverter
    for module in (articles, search, events, dossiers, meta, docs):
        app.register_blueprint(module.blueprint, url_prefix=PREFIX)
    app.register_blueprint(docs.shortcut)
    app.register_error_handler(Exception, handle_error)
    app.before_request(_limit_body)
    register_security(app)


def store() -> Store:
    return current_app.extensions["store"]  # type: ignore[no-any-return]


def _limit_body() -> None:
    """Bulk ingest may send large bodies; everything else is small (413 above the limit)."""
    bulk = request.endpoint == "articles.bulk_ingest"
    request.max_content_length = current_app.config["MAX_BULK_BYTES" if bulk else "MAX_BODY_BYTES"]


_HTTP_ERRORS: dict[int, type[FactcheckError]] = {
    400: BadRequest, 404: NotFound, 405: MethodNotAllowed, 413: PayloadTooLarge,
}


def handle_error(error: Exception) -> Response:
    """Every error leaves as application/problem+json; never a stack trace or engine detail."""
    if isinstance(error, HTTPException):
        cls = _HTTP_ERRORS.get(error.code or 500, FactcheckError)
        known = cls(_http_detail(error))
        if error.code and cls is FactcheckError:
            known.status, known.title = error.code, error.name
    elif isinstance(error, FactcheckError):
        known = error
    else:
        log.exception("unhandled error on %s %s", request.method, request.path)
        known = FactcheckError("the server could not complete the request")
    response = current_app.response_class(
        json.dumps(problem(known)), status=known.status, mimetype="application/problem+json"
    )
    if known.retry_after is not None:
        response.headers["Retry-After"] = str(known.retry_after)
    allowed = getattr(error, "valid_methods", None)  # set by werkzeug's MethodNotAllowed
    if isinstance(error, HTTPException) and error.code == 405 and allowed:
        response.headers["Allow"] = ", ".join(allowed)
    return response


def _http_detail(error: HTTPException) -> str:
    if error.code == 404:
        return f"no such endpoint: {request.path}"
    if error.code == 405:
        return f"{request.method} is not allowed on {request.path}"
    if error.code == 413:
        limit = request.max_content_length
        return f"request body exceeds the limit of {limit} bytes" if limit else "request body too large"
    return error.description or error.name


def read_json_body() -> Any:
    """The request body as JSON, with a precise 400 for anything that is not UTF-8 JSON."""
    raw = request.get_data(cache=False)
    if not raw.strip():
        raise BadRequest("the request body is empty; send a JSON object")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadRequest(f"the request body is not valid UTF-8 (byte {exc.start})") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadRequest(
            f"the request body is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from None


def load_body(schema: Schema) -> dict[str, Any]:
    data = read_json_body()
    if not isinstance(data, dict):
        raise BadRequest(f"expected a JSON object, got {type(data).__name__}")
    return load(schema, data)


def load_args(schema: Schema) -> dict[str, Any]:
    """Query-string arguments; repeated parameters become lists where the schema has a List."""
    from marshmallow import fields

    data: dict[str, Any] = {}
    for name, values in request.args.to_dict(flat=False).items():
        field = schema.fields.get(name)
        data[name] = values if isinstance(field, fields.List) else values[-1]
    return load(schema, data)
