"""Article payloads (in) and articles with passages (out)."""

from __future__ import annotations

import re
from typing import Any

from marshmallow import Schema, ValidationError, fields, validate, validates, validates_schema

from service.schemas.common import ArticleRefSchema, PassageSchema
from service.schemas.search import PagedWindowSchema

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def validate_published_at(value: str) -> None:
    """An ISO 8601 date (2023-10-31) or datetime (2023-10-31T12:22:00, optional offset)."""
    from datetime import date, datetime

    try:
        if _DATE.match(value):
            date.fromisoformat(value)
        else:
            datetime.fromisoformat(value)
    except ValueError:
        raise ValidationError(
            f"{value!r} is not an ISO 8601 date (2023-10-31) or datetime (2023-10-31T12:22:00)"
        ) from None


_URL_PATTERN = r"^https?://[^\s/$.?#][^\s]*$"


class ArticleInSchema(Schema):
    """What a client sends: `text`, or an HTML page as `html`. Unknown metadata stays null."""

    text = fields.String(validate=validate.Length(min=1), metadata={
        "description": "The article's text. Exactly one of `text` and `html` is required."})
    html = fields.String(validate=validate.Length(min=1), metadata={
        "description": "An HTML page instead of `text`: its main text is extracted (navigation, comments and "
                       "other furniture left out) and its own metadata fills the fields not given."})
    base_url = fields.Url(load_default=None, allow_none=True, schemes={"http", "https"},
                          metadata={"format": "uri", "pattern": _URL_PATTERN, "description":
                                    "With `html`: the address the page came from; it resolves a relative "
                                    "canonical link and is the `url` when the page states none."})
    external_id = fields.String(load_default=None, allow_none=True, validate=validate.Length(min=1, max=256))
    title = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=1000))
    outlet = fields.String(load_default=None, allow_none=True, validate=validate.Length(min=1, max=200))
    url = fields.Url(load_default=None, allow_none=True, schemes={"http", "https"},
                     metadata={"format": "uri", "pattern": _URL_PATTERN})
    author = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=500))
    published_at = fields.String(load_default=None, allow_none=True, validate=validate_published_at)
    language = fields.String(load_default=None, allow_none=True, validate=validate.Length(min=2, max=35))

    @validates("text")
    def _text(self, value: str, **_: Any) -> None:
        if not value.strip():
            raise ValidationError("text is empty (only whitespace)")

    @validates_schema
    def _text_or_html(self, data: dict[str, Any], **_: Any) -> None:
        given = [name for name in ("text", "html") if data.get(name) is not None]
        if len(given) != 1:
            raise ValidationError("send exactly one of `text` and `html`" if given else
                                  "Missing data for required field.", field_name="text")
        if data.get("base_url") is not None and "html" not in given:
            raise ValidationError("`base_url` goes with `html` only", field_name="base_url")


class ArticleSchema(ArticleRefSchema):
    """An article as the API returns it: the fields a hit carries, the rest, and its passages."""

    author = fields.String(allow_none=True)
    language = fields.String(allow_none=True)
    text = fields.String(required=True)
    ingested_at = fields.String(required=True)
    content_sha256 = fields.String(required=True)
    passage_count = fields.Integer(required=True)
    passages = fields.List(fields.Nested(PassageSchema), required=True)


class BulkErrorSchema(Schema):
    line = fields.Integer(required=True, metadata={"description": "1-based line (NDJSON) or item (array)."})
    status = fields.Integer(required=True)
    detail = fields.String(required=True)
    article_id = fields.String(allow_none=True, metadata={
        "description": "The id the article has or would have; null when the line is no valid article."})


class BulkArticleSchema(Schema):
    line = fields.Integer(required=True)
    article_id = fields.String(required=True)
    status = fields.String(required=True, validate=validate.OneOf(["created", "unchanged"]))


class BulkReportSchema(Schema):
    ingested = fields.Integer(required=True)
    unchanged = fields.Integer(required=True)
    failed = fields.Integer(required=True)
    errors = fields.List(fields.Nested(BulkErrorSchema), required=True)
    articles = fields.List(fields.Nested(BulkArticleSchema), required=True, metadata={
        "description": "Each stored line (created or unchanged) with its article id, in line order."})


class ArticleListArgsSchema(PagedWindowSchema):
    """`GET /articles`: by external id and outlet (each repeatable), publication window, page."""

    size = fields.Integer(load_default=20, validate=validate.Range(min=1))
    external_id = fields.List(fields.String(validate=validate.Length(min=1, max=256)), load_default=list,
                              validate=validate.Length(max=100), metadata={"description": "Repeat for several."})
    outlet = fields.List(fields.String(validate=validate.Length(min=1, max=200)), load_default=list,
                         validate=validate.Length(max=100), metadata={"description": "Repeat for several."})


class ArticleListSchema(Schema):
    total = fields.Integer(required=True)
    page = fields.Integer(required=True)
    size = fields.Integer(required=True)
    articles = fields.List(fields.Nested(ArticleRefSchema), required=True, metadata={
        "description": "Newest ingested first; GET /articles/{id} gives one with its text and passages."})


def _max_fetch_urls() -> int:
    from flask import current_app

    return int(current_app.config["MAX_FETCH_URLS"])


class FetchRequestSchema(Schema):
    """`POST /articles/fetch`: the http(s) URLs of pages or RSS/Atom feeds to fetch and ingest."""

    urls = fields.List(fields.String(validate=validate.Length(min=1, max=2048)), required=True,
                       validate=validate.Length(min=1), metadata={
                           "description": "Pages or feeds, fetched under the FETCH_* settings (MAX_FETCH_URLS at "
                                          "most). Errors in the report give the URL's 1-based position as `line`."})

    @validates("urls")
    def _urls(self, value: list[str], **_: Any) -> None:
        limit = _max_fetch_urls()
        if len(value) > limit:
            raise ValidationError(f"at most {limit} URLs in one request, got {len(value)}")
