"""What the text layer reads in a text: spans, amounts, dates, negations, slots, event days.

Plain data shared by the text layer (service/text/) and the dossier steps, which re-export them
from service.dossier.model.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Span:
    """A piece of a text with its character offsets."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Quantity:
    """A stated amount: exact (`value`, low == high), hedged (one open bound) or a range.

    `unit` is the noun counted ("missiles", "USD", "%"); `predicate` the event word near it
    ("injured", "killed", "fired") so that two amounts are compared only when they count the
    same thing. `vague` marks words like "several" whose bounds are a convention (docs/verdicts.md).
    """

    span: Span
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    predicate: str | None = None
    vague: bool = False

    @property
    def text(self) -> str:
        return self.span.text


@dataclass(frozen=True)
class DateMention:
    """A date in a text as a day interval; weekdays stay unresolved (None) until anchored."""

    span: Span
    start: date | None
    end: date | None
    weekday: int | None = None  # 0 = Monday, for "on Monday" / "Tuesday night"
    previous_week: bool = False  # "last Tuesday"
    relative: bool = False  # "yesterday", "last week": a span only against an anchor day

    @property
    def text(self) -> str:
        return self.span.text


@dataclass(frozen=True)
class Negation:
    cue: Span
    scope: Span  # the words the cue governs (to the next clause boundary)


@dataclass(frozen=True)
class Slot:
    """A place name in a syntactic slot such as "X province" / "province of X"."""

    kind: str
    name: str
    span: Span


@dataclass(frozen=True)
class EventDate:
    """When the event a passage reports happened, as an inclusive day interval."""

    start: date
    end: date
    text: str

    def overlaps(self, start: date, end: date) -> bool:
        return self.start <= end and start <= self.end

    def iso(self) -> str:
        """A day, or an ISO 8601 interval "start/end" for a month or a longer span."""
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}/{self.end.isoformat()}"
