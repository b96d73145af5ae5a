"""The workbench's one exception tree. Every error a client can see is one of these.

    FactcheckError (500)
     ├── BadRequest (400)
     │    └── ValidationFailed (422)      field → messages, in `errors`
     │         └── FetchRefused (422)     a URL not fetched: not public, unreachable, unusable answer
     ├── Unauthorized (401)
     ├── Forbidden (403)
     ├── NotFound (404)
     ├── MethodNotAllowed (405)
     ├── NotAcceptable (406)             the Accept header allows no type the endpoint offers
     ├── Conflict (409)
     ├── PayloadTooLarge (413)
     ├── UnsupportedMediaType (415)      a body of a Content-Type the endpoint does not read
     ├── RateLimited (429)               Retry-After
     └── BackendUnavailable (503)        Retry-After

`problem()` builds every RFC 7807 body; `service.api` registers one handler that uses it.
Backends translate engine exceptions into these at their boundary, so nothing above the
store knows which engine raised.
"""

from __future__ import annotations

from typing import Any

PROBLEM_BASE = "https://factcheck.invalid/problems/"


class FactcheckError(Exception):
    status = 500
    title = "Internal error"
    slug = "internal"

    def __init__(self, detail: str | None = None, *, errors: dict[str, list[str]] | None = None,
                 retry_after: int | None = None) -> None:
        super().__init__(detail or self.title)
        self.detail = detail or self.title
        self.errors = errors
        self.retry_after = retry_after


class BadRequest(FactcheckError):
    status, title, slug = 400, "Bad request", "bad-request"


class ValidationFailed(BadRequest):
    status, title, slug = 422, "Validation failed", "validation"


class FetchRefused(ValidationFailed):
    """A URL that is not fetched: not http(s), not public, or its server's answer is unusable."""


class Unauthorized(FactcheckError):
    status, title, slug = 401, "Unauthorized", "unauthorized"


class Forbidden(FactcheckError):
    status, title, slug = 403, "Forbidden", "forbidden"


class NotFound(FactcheckError):
    status, title, slug = 404, "Not found", "not-found"


class MethodNotAllowed(FactcheckError):
    status, title, slug = 405, "Method not allowed", "method-not-allowed"


class NotAcceptable(FactcheckError):
    status, title, slug = 406, "Not acceptable", "not-acceptable"


class Conflict(FactcheckError):
    status, title, slug = 409, "Conflict", "conflict"


class PayloadTooLarge(FactcheckError):
    status, title, slug = 413, "Payload too large", "payload-too-large"


class UnsupportedMediaType(FactcheckError):
    status, title, slug = 415, "Unsupported media type", "unsupported-media-type"


class RateLimited(FactcheckError):
    status, title, slug = 429, "Too many requests", "rate-limited"


class BackendUnavailable(FactcheckError):
    status, title, slug = 503, "Backend unavailable", "backend-unavailable"


def problem(error: FactcheckError) -> dict[str, Any]:
    """The RFC 7807 body for an error: type, title, status, detail (+ errors)."""
    body: dict[str, Any] = {
        "type": PROBLEM_BASE + error.slug,
        "title": error.title,
        "status": error.status,
        "detail": error.detail,
    }
    if error.errors:
        body["errors"] = error.errors
    return body
