"""JSON text from clients and files, parsed within bounds: one parser for bodies, bulk lines and files.

Python's `json` has no depth limit of its own (a body nested 100,000 arrays deep ends in a
RecursionError), turns a 5,000-digit integer into a ValueError and accepts NaN and Infinity,
which are not JSON. `parse_json` checks the nesting before parsing and bounds numbers while
parsing, so each of these is a `JSONTooDeep` / `JSONNotAccepted` with a message a client can act
on. (The standard library's parser stays: it is fast and already a dependency; the depth check
is a short scan because no maintained pure-Python parser bounds depth.)
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_DEPTH = 32  # arrays/objects inside each other; the deepest request the API knows is 3
MAX_NUMBER_DIGITS = 100  # an integer literal longer than this is no count or page number

# A string (possibly cut off at the end of a chunk) or a bracket: brackets inside strings are text.
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?|[\[\]{}]', re.DOTALL)


class JSONNotAccepted(ValueError):
    """Text that is JSON-like but outside what we accept (a message for the client)."""


class JSONTooDeep(JSONNotAccepted):
    pass


def check_depth(text: str, start: int = 0, limit: int = MAX_DEPTH, one_value: bool = False) -> None:
    """Raise JSONTooDeep when arrays/objects nest deeper than `limit` in `text[start:]`.

    With `one_value`, only the value at `start` is looked at (the rest may be further items)."""
    if one_value and not text.startswith(("[", "{"), start):
        return  # a string, number or literal: no nesting
    if text.count("[", start) + text.count("{", start) <= limit:
        return  # cannot be deeper: the usual case, decided at C speed
    depth = 0
    for match in _TOKEN.finditer(text, start):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > limit:
                line = text.count("\n", 0, match.start()) + 1
                column = match.start() - text.rfind("\n", 0, match.start())
                raise JSONTooDeep(f"nested too deeply: more than {limit} levels of arrays and objects "
                                  f"(line {line}, column {column})")
        elif token in "]}":
            depth = max(0, depth - 1)
            if one_value and depth == 0:
                return


def _integer(literal: str) -> int:
    digits = len(literal.lstrip("-"))
    if digits > MAX_NUMBER_DIGITS:
        raise JSONNotAccepted(f"a number has {digits} digits; at most {MAX_NUMBER_DIGITS} are accepted")
    return int(literal)


def _constant(name: str) -> Any:
    raise JSONNotAccepted(f"{name} is not a JSON value")


_DECODER = json.JSONDecoder(parse_int=_integer, parse_constant=_constant)


def parse_json(text: str) -> Any:
    """`json.loads` within the bounds above; JSONDecodeError or JSONNotAccepted otherwise."""
    check_depth(text)
    return _DECODER.decode(text)


def decode_prefix(text: str, start: int = 0) -> tuple[Any, int]:
    """One JSON value at `text[start:]` and where it ends (`JSONDecoder.raw_decode`), within the bounds."""
    check_depth(text, start, one_value=True)
    return _DECODER.raw_decode(text, start)
