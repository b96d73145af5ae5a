"""Search query arguments (in) and search results (out)."""

from __future__ import annotations

from typing import Any

from flask import current_app
from marshmallow import Schema, ValidationError, fields, validate, validates, validates_schema

from service.schemas import NO_CONTROL_PATTERN
from service.schemas.common import Day, SearchHitSchema


def limit(name: str) -> int:
    """A configured limit (see service.settings), read at request time."""
    return int(current_app.config[name])


def check_page_window(page: int, size: int) -> None:
    """Pages are bounded: size by MAX_PAGE_SIZE, page × size by MAX_RESULT_WINDOW."""
    if size > limit("MAX_PAGE_SIZE"):
        raise ValidationError(f"size may be at most {limit('MAX_PAGE_SIZE')}", "size")
    if page * size > limit("MAX_RESULT_WINDOW"):
        raise ValidationError(
            f"page × size may reach at most result {limit('MAX_RESULT_WINDOW')}; narrow the query or filters instead",
            "page",
        )


class PagedWindowSchema(Schema):
    """A publication window and a page: what search, the events and the articles listings share."""

    published_from = Day(load_default=None)
    published_to = Day(load_default=None)
    page = fields.Integer(load_default=1, validate=validate.Range(min=1))
    size = fields.Integer(load_default=10, validate=validate.Range(min=1))

    @validates_schema
    def _window(self, data: dict[str, Any], **_: Any) -> None:
        check_page_window(data["page"], data["size"])
        start, end = data.get("published_from"), data.get("published_to")
        if start and end and start > end:
            raise ValidationError("published_from is after published_to", "published_from")


class PagedQuerySchema(PagedWindowSchema):
    """A query string besides the window and page: what search and the events listing share."""

    q = fields.String(load_default="", metadata={"description": 'Words, "exact phrases", -excluded.',
                                                 "pattern": NO_CONTROL_PATTERN})

    @validates("q")
    def _q(self, value: str, **_: Any) -> None:
        if len(value) > limit("MAX_QUERY_CHARS"):
            raise ValidationError(
                f"query is {len(value)} characters long; the limit is {limit('MAX_QUERY_CHARS')}"
            )


class SearchArgsSchema(PagedQuerySchema):
    outlet = fields.List(fields.String(validate=validate.Length(min=1, max=200)), load_default=list)
    article_id = fields.List(fields.String(validate=validate.Length(min=1, max=64)), load_default=list)
    sort = fields.String(load_default="relevance", validate=validate.OneOf(["relevance", "date"]))


class FacetValueSchema(Schema):
    value = fields.String(required=True)
    count = fields.Integer(required=True)


class FacetsSchema(Schema):
    outlet = fields.List(fields.Nested(FacetValueSchema), required=True)
    published_month = fields.List(fields.Nested(FacetValueSchema), required=True)


class SearchResponseSchema(Schema):
    total = fields.Integer(required=True)
    page = fields.Integer(required=True)
    size = fields.Integer(required=True)
    took_ms = fields.Float(required=True)
    hits = fields.List(fields.Nested(SearchHitSchema), required=True)
    facets = fields.Nested(FacetsSchema, required=True)


class HealthSchema(Schema):
    status = fields.String(required=True)
    backend = fields.String(required=True)
    articles = fields.Integer(required=True)
    passages = fields.Integer(required=True)
    facts_current = fields.Boolean(required=True)
    warnings = fields.List(fields.String(), required=True)
