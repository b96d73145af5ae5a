"""Marshmallow schemas: the only place that decides which fields pass in and out of the API.

Every input (a JSON body, a bulk line, query arguments, a CLI option or an ingested file) is
loaded through `load`, which first refuses strings no field may hold: a lone surrogate (half of a
UTF-16 pair, which no store can encode, and which a fact-checker must not get silently replaced)
and control characters other than tab, newline and carriage return. The 422 names the field
(`filters.outlets.0`) and the offset of the character in it.
"""

from __future__ import annotations

import re
from typing import Any

from marshmallow import Schema
from marshmallow import ValidationError as SchemaError

from service.errors import ValidationFailed

# C0/C1 control characters other than tab, newline and carriage return have no place in text.
CONTROL_CLASS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
NO_CONTROL_PATTERN = f"^[^{CONTROL_CLASS}]*$"  # the rule, for the OpenAPI document
_REFUSED = re.compile(f"[{CONTROL_CLASS}" + r"\ud800-\udfff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def load(schema: Schema, data: Any) -> dict[str, Any]:
    refused = refused_characters(data)
    if refused:
        raise ValidationFailed(summarize(refused), errors=refused)
    try:
        return schema.load(data)  # type: ignore[no-any-return]
    except SchemaError as exc:
        raise ValidationFailed(summarize(exc.messages), errors=flatten(exc.messages)) from None


def character_problem(value: str, controls: bool = True) -> str | None:
    """Why `value` cannot be accepted as text (its first refused character), or None.

    With `controls=False` only lone surrogates count (text that must be storable, not clean)."""
    match = (_REFUSED if controls else _SURROGATE).search(value)
    if match is None:
        return None
    char = match.group()
    kind = "a lone surrogate" if "\ud800" <= char <= "\udfff" else "a control character"
    return f"contains {kind} (U+{ord(char):04X}) at offset {match.start()}"


def refused_characters(data: Any, controls: bool = True) -> dict[str, list[str]]:
    """{"field.path": [problem]} for every string (key or value) in `data` with a refused character."""
    found: dict[str, list[str]] = {}
    stack: list[tuple[str, Any]] = [("", data)]
    while stack:  # a loop, not recursion: parse_json bounds the depth, other callers may not
        path, value = stack.pop()
        if isinstance(value, str):
            problem = character_problem(value, controls)
            if problem:
                found[path or "_body"] = [problem]
        elif isinstance(value, dict):
            for key, item in value.items():
                name = str(key).encode("utf-8", "backslashreplace").decode("utf-8")
                name = f"{path}.{name}" if path else name
                problem = character_problem(str(key), controls)
                if problem:
                    found[name] = [f"the field name {problem}"]
                else:
                    stack.append((name, item))
        elif isinstance(value, list | tuple):
            stack.extend((f"{path}.{index}" if path else str(index), item) for index, item in enumerate(value))
    return dict(sorted(found.items()))


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
