"""GET /search."""

from __future__ import annotations

from typing import Any

from flask import Blueprint

from service.actions import search_document
from service.api import load_args, store
from service.schemas.search import SearchArgsSchema

blueprint = Blueprint("search", __name__)


@blueprint.get("/search")
def search() -> dict[str, Any]:
    return search_document(store(), load_args(SearchArgsSchema()))
