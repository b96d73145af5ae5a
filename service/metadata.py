"""Article metadata that the text itself states: byline, dateline, embedded-post credit.

    header lines (top of the text, before the first prose line) ─► author, published_at, outlet
    embedded post credit ("— Outlet (@handle) January 20, 2024") ─► outlet, published_at

Nothing is guessed. A field is returned only when a whole line states it:
- a byline "By Alireza Akbari" among the header lines → `author`;
- a dateline among the header lines — the whole line is a date, optionally with a time and a
  trailing " - Outlet" ("October 24, 2023 - 22:14", "Tue 31 Oct 2023 12:22 pm - Jerusalem Time")
  → `published_at` (an ISO datetime when a time is stated, else an ISO date) and `outlet`;
- without a header dateline, exactly one embedded post credit anywhere in the text → `outlet`
  and `published_at` (several different credits say nothing certain, so none is used).
A date inside a sentence ("on Monday, October 30, 2023") is never a publication date. Dates are
parsed by python-dateutil without fuzzy matching, twice with different defaults: a date missing
its year, month or day parses differently and is rejected rather than completed.
"""

from __future__ import annotations

import re
from datetime import datetime

from dateutil import parser as dateparser

_HEADER_MAX_LINES = 15
_PROSE_MIN_WORDS = 6
_OUTLET_MAX_WORDS = 5
_DATELINE_MAX_CHARS = 80

_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al-\w+|bin|ibn|de|da|van|von|der|del|la|le)){0,4}"
_BYLINE = re.compile(rf"^(?:By|BY)\s+(?P<author>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)$")
_POST_CREDIT = re.compile(r"^[—–-]\s*(?P<outlet>[^()@\n]{2,80}?)\s*\(@\w{1,30}\)\s+(?P<when>[^\n]{6,40}?)\s*$")
_POST_CREDIT_LINE = re.compile(r"^[ \t]*[—–-][^\n]*\(@\w{1,30}\)[^\n]*$", re.MULTILINE)
_SEPARATOR = re.compile(r"\s+[-–—|]\s+")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?"
_DATE_TOKEN = (
    rf"(?:{_WEEKDAY}|{_MONTH},?|\d{{1,2}}(?:st|nd|rd|th)?,?|\d{{4}},?|\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
    r"|[AaPp]\.?[Mm]\.?|\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?)"
)
_DATE_ONLY = re.compile(rf"^{_DATE_TOKEN}(?:\s+{_DATE_TOKEN})*$")
_HAS_YEAR = re.compile(r"\b\d{4}\b")
_HAS_TIME = re.compile(r"\d:\d{2}")
_OUTLET = re.compile(r"^[A-Z][^\d]*$")
_TERMINALS = frozenset(".!?…")
_CLOSERS = "\"'”’)]"  # may follow a sentence's final mark
_DEFAULTS = (datetime(2000, 1, 1), datetime(1999, 2, 2))


def extract_metadata(text: str) -> dict[str, str]:
    """The title-less metadata (`author`, `outlet`, `published_at`) that `text` states."""
    found: dict[str, str] = {}
    for line in _header_lines(text):
        author = parse_byline(line)
        if author and "author" not in found:
            found["author"] = author
        dated = parse_dateline(line)
        if dated and "published_at" not in found:
            found["published_at"], outlet = dated
            if outlet:
                found.setdefault("outlet", outlet)
    if "published_at" not in found:
        credit = _single_post_credit(text)
        if credit:
            outlet, found["published_at"] = credit
            found.setdefault("outlet", outlet)
    return found


def is_header_line(line: str) -> bool:
    """Whether a trimmed line is a byline, a dateline or an embedded-post credit."""
    if line[:3] in ("By ", "BY "):
        return parse_byline(line) is not None
    if line[0] in "—–-":
        return parse_post_credit(line) is not None
    return len(line) <= _DATELINE_MAX_CHARS and parse_dateline(line) is not None


def parse_byline(line: str) -> str | None:
    """The author named by a byline line ("By Alireza Akbari" → "Alireza Akbari")."""
    match = _BYLINE.match(line)
    return match.group("author") if match else None


def parse_dateline(line: str) -> tuple[str, str | None] | None:
    """(ISO published_at, outlet or None) when the whole line is a date, time and optional outlet."""
    parts = _SEPARATOR.split(line.strip())
    outlet = None
    if len(parts) > 1 and _OUTLET.match(parts[-1]) and len(parts[-1].split()) <= _OUTLET_MAX_WORDS:
        outlet = parts.pop()
    when = parse_date(" ".join(parts))
    return (when, outlet) if when else None


def parse_post_credit(line: str) -> tuple[str, str] | None:
    """(outlet, ISO date) of an embedded post credit ("— Name (@handle) January 20, 2024")."""
    match = _POST_CREDIT.match(line.strip())
    if not match:
        return None
    when = parse_date(match.group("when"))
    return (match.group("outlet").strip(), when) if when else None


def parse_date(value: str) -> str | None:
    """A complete stated date (and time) as ISO text, or None when anything is missing or extra."""
    value = value.strip()
    if not _DATE_ONLY.match(value) or not _HAS_YEAR.search(value):
        return None
    try:
        first, second = (dateparser.parse(value, default=d) for d in _DEFAULTS)
    except (ValueError, OverflowError):
        return None
    if first != second:  # some part was filled from the default: not stated, so not used
        return None
    return first.isoformat() if _HAS_TIME.search(value) else first.date().isoformat()


def _header_lines(text: str) -> list[str]:
    """Trimmed non-blank lines at the top of the text, up to the first line of prose."""
    header: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        # Prose: a final mark (before any closing quotes or brackets) and enough words; str methods,
        # as a regex anchored at the end and a full split cost more on a long first line.
        if line.rstrip(_CLOSERS)[-1:] in _TERMINALS and len(line.split(maxsplit=_PROSE_MIN_WORDS)) >= _PROSE_MIN_WORDS:
            break
        header.append(line)
        if len(header) >= _HEADER_MAX_LINES:
            break
    return header


def _single_post_credit(text: str) -> tuple[str, str] | None:
    """The one embedded-post credit of the text; None when there is none or they disagree."""
    if "(@" not in text:  # in every credit; the line pattern tries every position of a long text
        return None
    credits = {parse_post_credit(m.group()) for m in _POST_CREDIT_LINE.finditer(text)} - {None}
    return credits.pop() if len(credits) == 1 else None  # type: ignore[return-value]
