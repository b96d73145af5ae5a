"""Article payloads (in) and articles with passages (out)."""

from __future__ import annotations

import re
from typing import Any

from marshmallow import Schema, ValidationError, fields, validate, validates

from service.schemas.common import ArticleRefSchema, PassageSchema

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


class ArticleInSchema(Schema):
    """What a client sends. Only `text` is required; unknown metadata stays null."""

    text = fields.String(required=True, validate=validate.Length(min=1))
    external_id = fields.String(load_default=None, allow_none=True, validate=validate.Length(min=1, max=256))
    title = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=1000))
    outlet = fields.String(load_default=None, allow_none=True, validate=validate.Length(min=1, max=200))
    url = fields.Url(load_default=None, allow_none=True, schemes={"http", "https"},
                     metadata={"format": "uri", "pattern": r"^https?://[^\s/$.?#][^\s]*$"})
    author = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=500))
    published_at = fields.String(load_default=None, allow_none=True, validate=validate_published_at)
    language = fields.String(load_default=None, allow_none=True, validate=validate.Length(min=2, max=35))

    @validates("text")
    def _text(self, value: str, **_: Any) -> None:
        if not value.strip():
            raise ValidationError("text is empty (only whitespace)")


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


class BulkReportSchema(Schema):
    ingested = fields.Integer(required=True)
    unchanged = fields.Integer(required=True)
    failed = fields.Integer(required=True)
    errors = fields.List(fields.Nested(BulkErrorSchema), required=True)
