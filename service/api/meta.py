"""GET /health and GET /openapi.json."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, current_app

from service.api import store
from service.schemas.search import HealthSchema
from service.stores import store_warnings

blueprint = Blueprint("meta", __name__)


@blueprint.get("/health")
def health() -> dict[str, Any]:
    """Asks the backend for its counts: a store that cannot answer is not healthy (503)."""
    backend = store()
    stats = backend.stats()
    body = {"status": "ok", "backend": backend.backend_name,
            "articles": stats.articles, "passages": stats.passages, "facts_current": stats.facts_current,
            "warnings": store_warnings(stats)}
    return HealthSchema().dump(body)  # type: ignore[no-any-return]


@blueprint.get("/openapi.json")
def openapi() -> dict[str, Any]:
    from service.openapi import build_spec

    return build_spec(current_app.config).to_dict()
