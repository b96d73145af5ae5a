"""GET /events: query arguments (in) and the events listing (out)."""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, ValidationError, fields, post_load, validate, validates

from service.events import EventsQuery
from service.schemas import NO_CONTROL_PATTERN
from service.schemas.search import PagedQuerySchema


class EventsArgsSchema(PagedQuerySchema):
    q = fields.String(load_default="", metadata={"description": "Words the event's passages contain.",
                                                 "pattern": NO_CONTROL_PATTERN})
    entity = fields.String(load_default="", metadata={
        "description": "A name the passages must mention (spellings within rapidfuzz partial ratio 85).",
        "pattern": NO_CONTROL_PATTERN})
    size = fields.Integer(load_default=20, validate=validate.Range(min=1))

    @validates("entity")
    def _entity(self, value: str, **_: Any) -> None:
        if len(value) > 200:
            raise ValidationError(f"entity is {len(value)} characters long; the limit is 200")

    @post_load
    def _query(self, data: dict[str, Any], **_: Any) -> EventsQuery:
        return EventsQuery(data["q"], data["entity"],
                           data["published_from"].isoformat() if data["published_from"] else None,
                           data["published_to"].isoformat() if data["published_to"] else None,
                           data["page"], data["size"])


class EventPassageSchema(Schema):
    id = fields.String(required=True)
    article_id = fields.String(required=True)
    text = fields.String(required=True)


class EventSourceSchema(Schema):
    source = fields.String(required=True, metadata={"description": "Who the passages credit (resolved within "
                                                                   "their article), else their outlet."})
    kind = fields.String(required=True)
    outlets = fields.List(fields.String(), required=True)
    figures = fields.List(fields.String(), required=True, metadata={
        "description": "The amounts this source reports, with their fate: two Americans (injured)."})
    passages = fields.List(fields.Nested(EventPassageSchema), required=True)


class EventSchema(Schema):
    id = fields.String(required=True)
    date = fields.String(allow_none=True)
    place = fields.String(allow_none=True)
    label = fields.String(required=True)
    passages = fields.Integer(required=True)
    articles = fields.Integer(required=True)
    sources = fields.List(fields.Nested(EventSourceSchema), required=True)


class EventsResponseSchema(Schema):
    total = fields.Integer(required=True)
    page = fields.Integer(required=True)
    size = fields.Integer(required=True)
    searched = fields.Integer(required=True, metadata={"description": "Passages the listing read (at most 500)."})
    took_ms = fields.Float(required=True)
    events = fields.List(fields.Nested(EventSchema), required=True)
