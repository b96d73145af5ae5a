"""Dates of a text as days: the publication day, a passage's most precise date, a claim's span.

A passage is dated by the dates it states ("October 30, 2023", "January 2024") or, failing
those, by weekday words ("on Monday", "Tuesday night") resolved against the article's
`published_at`: the most recent such weekday on or before publication ("last Tuesday": strictly
before). The most precise mention wins (a day over a month over a year). No date, no guess.
"""

from __future__ import annotations

from datetime import date, datetime

from service.text.extract import find_dates
from service.text.model import DateMention, EventDate


def parse_published(published_at: str | None) -> date | None:
    """The publication day of an ISO date or datetime string; None when absent or unreadable."""
    if not published_at:
        return None
    try:
        return datetime.fromisoformat(published_at.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(published_at[:10])
        except ValueError:
            return None


def date_passage(text: str, published_at: str | None) -> EventDate | None:
    """The event date of a passage, or None when neither the text nor a weekday + publication date tells."""
    return date_from_mentions(find_dates(text, parse_published(published_at)))


def date_from_mentions(mentions: list[DateMention]) -> EventDate | None:
    resolved = [m for m in mentions if m.start is not None and m.end is not None]
    if not resolved:
        return None
    best = min(resolved, key=lambda m: ((m.end - m.start).days if m.end and m.start else 0))  # type: ignore[operator]
    assert best.start is not None and best.end is not None
    return EventDate(best.start, best.end, best.text)


def claim_interval(mentions: tuple[DateMention, ...]) -> tuple[date, date, str] | None:
    """The span of days a claim's resolved dates cover (None when it states none)."""
    resolved = [m for m in mentions if m.start is not None and m.end is not None]
    if not resolved:
        return None
    start = min(m.start for m in resolved if m.start)
    end = max(m.end for m in resolved if m.end)
    return start, end, ", ".join(m.text for m in resolved)
