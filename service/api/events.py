"""GET /events."""

from __future__ import annotations

from typing import Any

from flask import Blueprint

from service.api import load_args, store
from service.events import list_events
from service.schemas.events import EventsArgsSchema, EventsResponseSchema

blueprint = Blueprint("events", __name__)
EVENTS_ARGS = EventsArgsSchema()
EVENTS_RESPONSE = EventsResponseSchema()


@blueprint.get("/events")
def events() -> dict[str, Any]:
    return EVENTS_RESPONSE.dump(list_events(store(), load_args(EVENTS_ARGS)))  # type: ignore[no-any-return]
