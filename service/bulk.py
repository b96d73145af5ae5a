"""Streaming readers for bulk ingest bodies: a JSON array or NDJSON, one item at a time.

The body is never held whole in memory. NDJSON lines are independent, so a broken line is
reported and the next one read. A JSON array cannot be resynchronised after a broken item, so
the reader reports that item and stops.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from service.errors import BadRequest
from service.jsontext import JSONNotAccepted, JSONTooDeep, decode_prefix, parse_json

CHUNK = 64 * 1024


@dataclass(frozen=True)
class BrokenItem:
    """A line or array item that is not a JSON object (status 400)."""

    detail: str


Item = tuple[int, dict[str, Any] | BrokenItem]


def read_bulk(stream: IO[bytes]) -> Iterator[Item]:
    """Yield (1-based line or item number, parsed object or BrokenItem), sniffing the format."""
    head = b""
    while True:
        chunk = stream.read(CHUNK)
        head += chunk
        if not chunk or head.strip():
            break
    stripped = head.lstrip()
    if stripped.startswith(b"\xef\xbb\xbf"):
        stripped = stripped[3:].lstrip()
    if not stripped:
        raise BadRequest("the request body is empty; send a JSON array or NDJSON of articles")
    if stripped.startswith(b"["):
        yield from _read_array(stripped[1:], stream)
    else:
        yield from _read_ndjson(head, stream)


def _as_object(value: Any) -> dict[str, Any] | BrokenItem:
    if isinstance(value, dict):
        return value
    return BrokenItem(f"expected a JSON object (an article), got {type(value).__name__}")


def _decode(raw: bytes) -> str | BrokenItem:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return BrokenItem(f"not valid UTF-8 (byte {exc.start})")


def _read_ndjson(head: bytes, stream: IO[bytes]) -> Iterator[Item]:
    buffer = head
    number = 0
    while True:
        newline = buffer.find(b"\n")
        if newline < 0:
            chunk = stream.read(CHUNK)
            if chunk:
                buffer += chunk
                continue
            line, buffer = buffer, b""
        else:
            line, buffer = buffer[:newline], buffer[newline + 1 :]
        number += 1
        if line.strip():
            yield number, _parse_line(line)
        if newline < 0:
            return


def _parse_line(line: bytes) -> dict[str, Any] | BrokenItem:
    text = _decode(line)
    if isinstance(text, BrokenItem):
        return text
    try:
        return _as_object(parse_json(text))
    except json.JSONDecodeError as exc:
        return BrokenItem(f"invalid JSON: {exc.msg} at column {exc.colno}")
    except JSONNotAccepted as exc:
        return BrokenItem(f"not accepted: {exc}")


def _read_array(rest: bytes, stream: IO[bytes]) -> Iterator[Item]:
    """Decode items of a JSON array incrementally (the opening bracket is already consumed)."""
    pending = b""  # undecoded bytes (may end inside a multi-byte character)
    text = ""
    number = 0
    expect_item = True
    eof = False
    data = rest
    while True:
        pending += data
        try:
            text += pending.decode("utf-8")
            pending = b""
        except UnicodeDecodeError as exc:
            if exc.start < len(pending) - 3 or eof:
                yield number + 1, BrokenItem(f"not valid UTF-8 near item {number + 1}")
                return
            text += pending[: exc.start].decode("utf-8")
            pending = pending[exc.start :]
        text = text.lstrip()
        while text:
            if text[0] == "]" and (expect_item is False or number == 0):
                return
            if not expect_item:
                if text[0] != ",":
                    yield number + 1, BrokenItem("expected ',' or ']' between array items")
                    return
                text = text[1:].lstrip()
                expect_item = True
                continue
            try:
                value, end = decode_prefix(text)
            except JSONTooDeep as exc:  # known before the item ends: no need to read the rest
                yield number + 1, BrokenItem(f"not accepted: item {number + 1} is {exc}")
                return
            except JSONNotAccepted as exc:
                yield number + 1, BrokenItem(f"not accepted: {exc} (item {number + 1})")
                return
            except json.JSONDecodeError as exc:
                if eof:
                    yield number + 1, BrokenItem(f"invalid JSON in item {number + 1}: {exc.msg}")
                    return
                break  # the item may continue in the next chunk
            number += 1
            yield number, _as_object(value)
            text = text[end:].lstrip()
            expect_item = False
        if eof:
            if expect_item or text:
                yield number + 1, BrokenItem("the JSON array is not closed with ']'")
            return
        data = stream.read(CHUNK)
        eof = not data

