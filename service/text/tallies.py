"""Vote tallies and score lines: "the council voted 7-2", "passed by a vote of 52 to 48", "a 5-4 ruling",
"won 3-1". Two numbers read as one figure: "7-2" is not a 7 and a 2, and "5-4" against "7-2" for the same vote is
another result.

Read with a few English patterns (no parser or library reads tallies: number libraries read one number at a time).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.memo import memo

# (not a share, a span of time or a day range before its month: "60 to 40 percent", "12-14 March")
_PAIR = r"(?P<a>\d{1,3})\s*(?:-|–|—|\s+to\s+)\s*(?P<b>\d{1,3})" \
        r"(?![\d.,]*\s*(?:percent|per\s+cent|%|years?|months?|days?|hours?|(?-i:[A-Z][a-z]+)))"
# a verb or noun of a vote or a match within a few words before the pair ("voted 7-2", "by a vote of 52 to 48",
# "passed the bill 61-38", "beat Halden 3-1")
_BEFORE = re.compile(r"\b(?:vot(?:ed|es?|ing)|ballot|passed|approved|adopted|rejected|defeated|overturned|upheld"
                     r"|ruled|won|lost|beat|drew|tied|margin|tally|split|majority)\b(?:\s+(?!and\b|but\b)[\w'’.-]+){0,4}?"
                     r"\s+(?:by\s+)?(?:a\s+(?:vote|margin|tally|score)\s+of\s+)?" + _PAIR + r"\b", re.IGNORECASE)
# a pair before the noun it is a tally of ("a 5-4 ruling", "a 61-38 vote", "their 2-0 win")
_AFTER = re.compile(r"\b" + _PAIR + r"\s+(?:vote|votes|decision|ruling|verdict|majority|margin|win|victory|defeat"
                    r"|loss|draw|tie|score|scoreline)\b", re.IGNORECASE)
# "by 7 votes to 2"
_VOTES_TO = re.compile(r"\b(?P<a>\d{1,3})\s+votes?\s+to\s+(?P<b>\d{1,3})\b", re.IGNORECASE)


_NO_TALLY_BEFORE = re.compile(r"\b(?:on|from|between|aged|ages|in|at|until|till)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class Tally:
    text: str  # as written: "7-2"
    high: int
    low: int
    start: int


@memo(8192)
def find_tallies(text: str) -> tuple[Tally, ...]:
    """Every tally a sentence states, in order, each read as (larger, smaller): who had which side is not compared."""
    found: dict[int, Tally] = {}
    for pattern in (_VOTES_TO, _AFTER, _BEFORE):
        for m in pattern.finditer(text):
            a, b = int(m.group("a")), int(m.group("b"))
            start = m.start("a")
            if _NO_TALLY_BEFORE.search(text, max(0, start - 12), start):
                continue  # "on 12-14 March", "aged 24-31", "from 9-5": days, ages, hours
            if start not in found:
                found[start] = Tally(text[start:m.end("b")], max(a, b), min(a, b), start)
    return tuple(found[k] for k in sorted(found))
