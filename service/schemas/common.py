"""Schemas shared by articles, search hits and dossier evidence."""

from __future__ import annotations

from marshmallow import Schema, fields


class Day(fields.Date):
    """A calendar day, YYYY-MM-DD; the error says which form is wanted (a datetime is not a day)."""

    default_error_messages = {  # marshmallow merges it with Date's own messages
        "invalid": "Not a valid date: expected a day as YYYY-MM-DD (e.g. 2023-10-31), without a time.",
    }


class AttributionSchema(Schema):
    source = fields.String(required=True, metadata={"description": "Who the statement is credited to."})
    kind = fields.String(
        required=True,
        metadata={"enum": ["news_agency", "media", "official", "military", "armed_group",
                           "anonymous", "person", "other"]},
    )
    cue = fields.String(required=True, metadata={"description": "The words that credit it (told, according to…)."})
    char_start = fields.Integer(required=True, metadata={"description": "Offset inside the passage text."})
    char_end = fields.Integer(required=True)


class ContextSchema(Schema):
    previous = fields.String(allow_none=True)
    next = fields.String(allow_none=True)


class PassageSchema(Schema):
    id = fields.String(required=True)
    article_id = fields.String(required=True)
    ordinal = fields.Integer(required=True)
    char_start = fields.Integer(required=True, metadata={"description": "Offset into the article text."})
    char_end = fields.Integer(required=True)
    text = fields.String(required=True)
    context = fields.Nested(ContextSchema, required=True)
    attributions = fields.List(fields.Nested(AttributionSchema), required=True)


class ArticleRefSchema(Schema):
    id = fields.String(required=True)
    external_id = fields.String(allow_none=True)
    title = fields.String(allow_none=True)
    outlet = fields.String(allow_none=True)
    url = fields.String(allow_none=True)
    published_at = fields.String(allow_none=True)


class SearchHitSchema(Schema):
    passage = fields.Nested(PassageSchema, required=True)
    article = fields.Nested(ArticleRefSchema, required=True)
    score = fields.Float(required=True)
    highlight = fields.String(
        required=True, metadata={"description": "Passage text, HTML-escaped, matches in <mark>."}
    )


class ProblemSchema(Schema):
    type = fields.String(required=True)
    title = fields.String(required=True)
    status = fields.Integer(required=True)
    detail = fields.String(required=True)
    errors = fields.Dict(keys=fields.String(), values=fields.List(fields.String()))
