"""Elasticsearch and transport exceptions, translated into `service.errors` at the boundary.

Every call of the Elasticsearch backend runs inside `translated()`, the one place that knows
the engine's exception classes; nothing above the store sees them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from elastic_transport import ConnectionError as TransportConnectionError
from elastic_transport import ConnectionTimeout, TransportError
from elasticsearch import (
    ApiError,
    AuthenticationException,
    AuthorizationException,
    BadRequestError,
    ConflictError,
    NotFoundError,
)

from service.errors import BackendUnavailable, Conflict, FactcheckError, NotFound, ValidationFailed

# Seconds a client is told to wait (Retry-After) when Elasticsearch cannot answer.
RETRY_AFTER = 5

# Where Elasticsearch names the offending field in an error reason (mapping and parse errors).
_FIELD_PATTERNS = (
    re.compile(r"failed to parse field \[([^\]]+)\]"),
    re.compile(r"dynamic introduction of \[([^\]]+)\]"),
    re.compile(r"mapper \[([^\]]+)\] (?:cannot|of different type)"),
    re.compile(r"No mapping found for \[([^\]]+)\]"),
    re.compile(r"field \[([^\]]+)\] of type"),
)


def error_reason(error: Any) -> tuple[str, str]:
    """(type, reason) of an Elasticsearch error object or body; the root cause where one is given."""
    if isinstance(error, dict) and "error" in error and isinstance(error["error"], dict | str):
        error = error["error"]
    if isinstance(error, dict):
        root = (error.get("root_cause") or [error])[0]
        return str(root.get("type") or error.get("type")), str(root.get("reason") or error.get("reason"))
    return "error", str(error)


def field_of(reason: str, default: str) -> str:
    """The field an Elasticsearch reason names, or `default`."""
    for pattern in _FIELD_PATTERNS:
        match = pattern.search(reason)
        if match:
            return match.group(1)
    return default


def rejection(error: Any, default_field: str = "document") -> ValidationFailed:
    """A document or request Elasticsearch refused (HTTP 400), as a 422 naming the field."""
    kind, reason = error_reason(error)
    field = field_of(reason, default_field)
    return ValidationFailed(f"Elasticsearch rejected the {default_field}: {reason}",
                            errors={field: [f"{kind}: {reason}"]})


def unavailable(what: str) -> BackendUnavailable:
    return BackendUnavailable(f"Elasticsearch is unavailable ({what}); retry later", retry_after=RETRY_AFTER)


def translate(exc: TransportError | ApiError, missing: str | None = None,
              subject: str = "request") -> FactcheckError:
    """Our error for an Elasticsearch client exception (see `translated`)."""
    if isinstance(exc, TransportConnectionError | ConnectionTimeout):
        return unavailable(type(exc).__name__)
    if isinstance(exc, NotFoundError):
        if missing is not None:
            return NotFound(f"{missing} not found")
        return BackendUnavailable(f"an Elasticsearch index is missing ({error_reason(exc.body)[1]}); "
                                  "restart the service to recreate it", retry_after=RETRY_AFTER)
    if isinstance(exc, AuthenticationException | AuthorizationException):
        return BackendUnavailable(f"Elasticsearch refused the service's credentials (HTTP {exc.status_code}); "
                                  "check ELASTICSEARCH_API_KEY or ELASTICSEARCH_USERNAME/PASSWORD",
                                  retry_after=RETRY_AFTER)
    if isinstance(exc, BadRequestError):
        return rejection(exc.body, subject)
    if isinstance(exc, ConflictError):
        return Conflict(error_reason(exc.body)[1])
    if isinstance(exc, ApiError):
        # 429 (queue full), 413, 5xx (no master, shards unavailable): the cluster, not the client.
        return unavailable(f"HTTP {exc.status_code}: {error_reason(exc.body)[1]}")
    return unavailable(type(exc).__name__)  # TLS, serialization and other transport failures


@contextmanager
def translated(missing: str | None = None, subject: str = "request") -> Iterator[None]:
    """Run Elasticsearch calls; re-raise their failures as our errors.

    `missing` names our resource (e.g. "article 0a1b") when a 404 means it does not exist;
    otherwise a 404 means one of our indices is gone, which only an operator can fix.
    `subject` names what a 400 rejected ("document", "query") when the reason names no field.
    """
    try:
        yield
    except (TransportError, ApiError) as exc:
        raise translate(exc, missing, subject) from None
