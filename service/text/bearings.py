"""Where a place lies from another: "160 kilometers (100 miles) west of the capital Baghdad",
"north of Erbil" → (west, Baghdad), (north, Erbil)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.memo import memo

_BEARING = re.compile(
    r"\b(?P<within>(?i:in\s+the\s+(?:far\s+)?))?"
    r"(?P<dir>(?i:(?:north|south)-?(?:east|west)|north|south|east|west))(?i:ern)?\s+of\s+(?:the\s+)?"
    # "west of the Iraqi capital": a capital named by its country's people
    r"(?:(?P<people>[A-Z][a-z]+)\s+(?=(?:capital|city)\b))?"
    r"(?:(?:capital|city|town|village|port|province|country)\b\s*(?:of\s+)?)?"
    r"(?P<place>(?:al-|el-)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?")


@dataclass(frozen=True)
class Bearing:
    direction: str  # north, south, east, west, northeast …
    place: str  # the place it is reckoned from
    text: str
    within: bool = False  # "in the north of Iraq" (a part of it), not "north of Iraq" (beyond it)


@memo(8192)
def find_bearings(text: str) -> tuple[Bearing, ...]:
    """Each "<direction> of <place>" a text states."""
    if " of " not in text:
        return ()
    found = []
    for m in _BEARING.finditer(text):
        place = m.group("place") or (f"{m.group('people')} capital" if m.group("people") else None)
        if place is None:
            continue
        found.append(Bearing(m.group("dir").lower().replace("-", ""), place, m.group().strip(),
                             m.group("within") is not None))
    return tuple(found)


def compatible(a: str, b: str) -> bool:
    """Two directions that can describe one bearing ("west" and "northwest")."""
    return a in b or b in a


# a part of something named by its side: "the east terminal", "its eastern spillway", "the north gate" (a
# lowercase noun after the compass word; not "East Jerusalem", "North Korea", nor "east of …")
# (…and by its hand after a determiner: "its right engine", "the left lane"; not "has left school")
_SIDED = re.compile(r"\b(?P<dir>(?i:(?:north|south)-?(?:east|west)|north|south|east|west)"
                    r"|(?:(?<=\bthe\s)|(?<=\bits\s)|(?<=\bhis\s)|(?<=\bher\s)|(?<=\btheir\s))(?:left|right)"
                    r"(?=\s+(?!hand\b)[a-z]))(?i:ern)?\s+"
                    r"(?P<head>(?!(?:of|and|or|to|from|into|across|toward|towards|through|along|over|past|then|until|after"
                    r"|before|while|with|than|the|for|via|direction|wind|winds|bound|ward|wards)\b)[a-z]{3,})\b")


@dataclass(frozen=True)
class SidedPart:
    direction: str
    head: str  # the noun the side names a part of ("terminal")
    text: str


@memo(8192)
def find_sided_parts(text: str) -> tuple[SidedPart, ...]:
    """Each part of a thing a text names by its side ("the port's east terminal")."""
    low = text.lower()
    if not any(word in low for word in ("north", "south", "east", "west", "left", "right")):
        return ()
    return tuple(SidedPart(m.group("dir").lower().replace("-", ""), m.group("head"), m.group())
                 for m in _SIDED.finditer(text) if m.group("dir")[:1].islower() or m.start() == 0
                 or text[m.start() - 2:m.start()].strip() in ("", "."))
