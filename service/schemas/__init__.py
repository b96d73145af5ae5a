"""Marshmallow schemas: the only place that decides which fields pass in and out of the API."""

from __future__ import annotations

from typing import Any

from marshmallow import Schema
from marshmallow import ValidationError as SchemaError

from service.errors import ValidationFailed


def load(schema: Schema, data: Any) -> dict[str, Any]:
    try:
        return schema.load(data)  # type: ignore[no-any-return]
    except SchemaError as exc:
        raise ValidationFailed(summarize(exc.messages), errors=flatten(exc.messages)) from None


def flatten(messages: Any, prefix: str = "") -> dict[str, list[str]]:
    """marshmallow's nested messages as {"field.sub": ["message"]}."""
    if isinstance(messages, list):
        return {prefix or "_body": [str(m) for m in messages]}
    flat: dict[str, list[str]] = {}
    for key, value in messages.items():
        name = f"{prefix}.{key}" if prefix else str(key)
        if isinstance(value, dict):
            flat.update(flatten(value, name))
        else:
            flat[name] = [str(m) for m in (value if isinstance(value, list) else [value])]
    return flat


def summarize(messages: Any) -> str:
    return "; ".join(f"{field}: {' '.join(msgs)}" for field, msgs in flatten(messages).items())
