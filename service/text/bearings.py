"""Where a place lies from another: "160 kilometers (100 miles) west of the capital Baghdad",
"north of Erbil" → (west, Baghdad), (north, Erbil)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.memo import memo

_BEARING = re.compile(
    r"\b(?P<dir>(?i:(?:north|south)-?(?:east|west)|north|south|east|west))(?i:ern)?\s+of\s+(?:the\s+)?"
    r"(?:(?:capital|city|town|village|port|province|country)\s+(?:of\s+)?)?"
    r"(?P<place>(?:al-|el-)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


@dataclass(frozen=True)
class Bearing:
    direction: str  # north, south, east, west, northeast …
    place: str  # the place it is reckoned from
    text: str


@memo(8192)
def find_bearings(text: str) -> tuple[Bearing, ...]:
    """Each "<direction> of <place>" a text states."""
    if " of " not in text:
        return ()
    return tuple(Bearing(m.group("dir").lower().replace("-", ""), m.group("place"), m.group())
                 for m in _BEARING.finditer(text))


def compatible(a: str, b: str) -> bool:
    """Two directions that can describe one bearing ("west" and "northwest")."""
    return a in b or b in a
