"""GET /search."""

from __future__ import annotations

from typing import Any

from flask import Blueprint

from service.actions import search_document
from service.api import load_args, store
from service.schemas.search import SearchArgsSchema

blueprint = Blueprint("search", __name__)
# Limits are read at request time, so one instance serves every request: building the schema cost
# about 0.5 ms, a tenth of a search request's CPU.
SEARCH_ARGS = SearchArgsSchema()


@blueprint.get("/search")
def search() -> dict[str, Any]:
    return search_document(store(), load_args(SEARCH_ARGS))
