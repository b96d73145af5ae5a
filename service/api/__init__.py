"""HTTP edge: blueprints under /api/v1, one problem+json error handler, request helpers.

Views parse input with the schemas, call the same service functions the CLI calls, and format
output. No logic lives only here.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import unquote_to_bytes

from flask import Flask, Response, current_app, request
from marshmallow import Schema
from werkzeug.exceptions import HTTPException
from werkzeug.routing import PathConverter

from service.errors import (
    BadRequest,
    FactcheckError,
    MethodNotAllowed,
    NotAcceptable,
    NotFound,
    PayloadTooLarge,
    UnsupportedMediaType,
    ValidationFailed,
    problem,
)
from service.jsontext import JSONNotAccepted, parse_json
from service.schemas import load
from service.stores.base import Store

log = logging.getLogger(__name__)

PREFIX = "/api/v1"
JSON = "application/json"
PROBLEM_JSON = "application/problem+json"
NDJSON = "application/x-ndjson"

View = TypeVar("View", bound=Callable[..., Any])


class ArticleRefConverter(PathConverter):
    """An article id or external id (which may hold slashes), but not `bulk` or `fetch`: those are
    the bulk and fetch endpoints (an article whose external id is one of them is reached by its id)."""

    regex = r"(?!(?:bulk|fetch)$)[^/].*?"


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
    app.before_request(_check_accept)


def offers(*media_types: str) -> Callable[[View], View]:
    """The response types a view can send, best first (JSON when a view does not say)."""

    def mark(view: View) -> View:
        view.offered_types = media_types  # type: ignore[attr-defined]
        return view

    return mark


def _offered() -> tuple[str, ...]:
    view = current_app.view_functions.get(request.endpoint or "")
    return getattr(view, "offered_types", (JSON,))


def _check_accept() -> None:
    """406 when the Accept header allows none of the endpoint's types (errors are problem+json,
    which a client asking for it also gets: it then receives JSON on success)."""
    if request.endpoint is None or request.method == "OPTIONS" or not request.accept_mimetypes:
        return  # no such endpoint (404 follows), a CORS preflight, or no Accept header: anything goes
    offered = _offered()
    if request.accept_mimetypes.best_match((*offered, PROBLEM_JSON)) is None:
        raise NotAcceptable(f"this endpoint answers {', '.join(offered)}; the Accept header "
                            f"({request.headers.get('Accept', '')[:200]!r}) allows none of them")


def negotiated_type() -> str:
    """The offered response type the client prefers (the first offered when it states no preference)."""
    offered = _offered()
    best = request.accept_mimetypes.best_match(offered) if request.accept_mimetypes else None
    return best or offered[0]


def store() -> Store:
    return current_app.extensions["store"]  # type: ignore[no-any-return]


def _limit_body() -> None:
    """Bulk ingest may send large bodies; everything else is small (413 above the limit)."""
    bulk = request.endpoint == "articles.bulk_ingest"
    request.max_content_length = current_app.config["MAX_BULK_BYTES" if bulk else "MAX_BODY_BYTES"]


_HTTP_ERRORS: dict[int, type[FactcheckError]] = {
    400: BadRequest, 404: NotFound, 405: MethodNotAllowed, 406: NotAcceptable, 413: PayloadTooLarge,
    415: UnsupportedMediaType,
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
        if known.status >= 500:  # the backend failed: say why in the log (the client gets no engine detail)
            log.error("%s on %s %s: %s", known.title, request.method, request.path, known.detail, exc_info=error)
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


def check_content_type(*accepted: str) -> None:
    """415 unless the body is declared as one of `accepted` (or `+json` for JSON), in UTF-8.

    A body without Content-Type is read as the first accepted type; one declared otherwise
    (text/plain, a form) is refused rather than guessed at."""
    declared = request.mimetype
    if not declared:
        return
    json_like = JSON in accepted and declared.startswith("application/") and declared.endswith("+json")
    if declared not in accepted and not json_like:
        raise UnsupportedMediaType(f"the body is declared as {declared!r}; send it as "
                                   f"{' or '.join(accepted)} (Content-Type header)")
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if charset not in {"utf-8", "utf8"}:
        raise UnsupportedMediaType(f"the body is declared as charset {charset!r}; send UTF-8")


def read_json_body() -> Any:
    """The request body as JSON, with a precise 400 for anything that is not UTF-8 JSON."""
    check_content_type(JSON)
    raw = request.get_data(cache=False)
    if not raw.strip():
        raise BadRequest("the request body is empty; send a JSON object")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadRequest(f"the request body is not valid UTF-8 (byte {exc.start})") from None
    try:
        return parse_json(text)
    except json.JSONDecodeError as exc:
        raise BadRequest(
            f"the request body is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from None
    except JSONNotAccepted as exc:
        raise BadRequest(f"the request body is not accepted: {exc}") from None


def load_body(schema: Schema) -> dict[str, Any]:
    data = read_json_body()
    if not isinstance(data, dict):
        raise BadRequest(f"expected a JSON object, got {type(data).__name__}")
    return load(schema, data)


def load_html_body(schema: Schema) -> dict[str, Any]:
    """An HTML page as the body, decoded by its declared charset (else detected), with the other
    article fields from the query string."""
    from service.pages import decode_html

    raw = request.get_data(cache=False)
    if not raw.strip():
        raise BadRequest("the request body is empty; send an HTML page")
    data: dict[str, Any] = request.args.to_dict()
    if "html" in data or "text" in data:
        raise BadRequest("with an HTML body, `html` and `text` cannot be query parameters")
    data["html"] = decode_html(raw, request.mimetype_params.get("charset"))
    return load(schema, data)


def _check_query_encoding() -> None:
    """422 for a query parameter that is not UTF-8 once percent-decoded (a lone surrogate cannot be
    UTF-8): werkzeug would replace the bytes with U+FFFD and search for altered text."""
    errors: dict[str, list[str]] = {}
    for pair in request.query_string.split(b"&"):
        name, _, value = pair.partition(b"=")
        for part in (name, value):
            try:
                unquote_to_bytes(part.replace(b"+", b" ")).decode("utf-8")
            except UnicodeDecodeError as exc:
                shown = unquote_to_bytes(name).decode("utf-8", "backslashreplace")[:100]
                errors[shown] = [f"not valid UTF-8 once percent-decoded (byte {exc.start}); "
                                 "a lone surrogate cannot be encoded"]
    if errors:
        raise ValidationFailed("; ".join(f"{k}: {v[0]}" for k, v in errors.items()), errors=errors)


def load_args(schema: Schema) -> dict[str, Any]:
    """Query-string arguments; repeated parameters become lists where the schema has a List."""
    from marshmallow import fields

    _check_query_encoding()
    data: dict[str, Any] = {}
    for name, values in request.args.to_dict(flat=False).items():
        field = schema.fields.get(name)
        data[name] = values if isinstance(field, fields.List) else values[-1]
    return load(schema, data)
