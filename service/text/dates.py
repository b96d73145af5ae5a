"""Dates of a text as days: the publication day, a passage's most precise date, a claim's span.

A passage is dated by the dates it states ("October 30, 2023", "January 2024") or, failing
those, by weekday words ("on Monday", "Tuesday night") resolved against the article's
`published_at`: the most recent such weekday on or before publication ("last Tuesday": strictly
before). The most precise mention wins (a day over a month over a year). No date, no guess.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from service.text.clauses import reference_offset
from service.text.extract import MONTHS, find_dates
from service.text.model import DateMention, EventDate, Span
from service.tokens import stem


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


def month_day(mention: DateMention) -> tuple[int, int | None] | None:
    """The month and day of a day stated without a year and left unresolved ("20 February", "October 31" in a
    text with no year to read it in), or None (a resolved date, a weekday, "last week")."""
    if mention.start is not None or mention.weekday is not None or mention.relative:
        return None
    month = next((MONTHS[w.lower().rstrip(".")] for w in re.findall(r"[A-Za-z]+\.?", mention.text)
                  if w.lower().rstrip(".") in MONTHS), None)
    if month is None:
        return None
    number = re.search(r"(?<!\d)\d{1,2}(?!\d)", mention.text)
    day = int(number.group()) if number else None
    return (month, day) if day is None or 1 <= day <= 31 else None


# A month a passage names without a year, as when its event happened ("In February, a rocket attack …", "during the
# March fire"): not a deadline ("by March"), a start ("since March") or a plan ("will meet in April")
_PASSAGE_MONTH = re.compile(r"\b(?:in|during|the|early|late|mid|last)\s+(?:early\s+|late\s+|mid-?)?(?P<month>January"
                            r"|February|March|April|May|June|July|August|September|October|November|December)\b"
                            r"(?!\s*,?\s*(?:\d|of\s+\d))", re.IGNORECASE)
# (a month that bounds or contrasts the time, not one that tells it: "since late March", "Unlike in March")
_NOT_WHEN_BEFORE = re.compile(r"\b(?:since|unlike|until|till|by|before|after)\s*$", re.IGNORECASE)
_PLANNED = re.compile(r"\b(?:will|would|shall|is\s+to|are\s+to|was\s+to|were\s+to|expected|scheduled|planned"
                      r"|plans?|due)\b", re.IGNORECASE)


def passage_month(text: str, found: list[DateMention], told: bool = False) -> int | None:
    """The month (1–12) a passage's event is dated to by its name alone, outside the dates already found; None
    when it names none, or only as a plan. `told`: only a month that tells when ("in March", "during May"), not one
    that names another event ("the March explosion")."""
    m = next((m for m in _PASSAGE_MONTH.finditer(text) if m.group("month")[:1].isupper()
              and not (told and (m.group().lower().startswith("the")
                                 or _NOT_WHEN_BEFORE.search(text, max(0, m.start() - 10), m.start())))
              and text[m.end():m.end() + 2] not in ("'s", "’s")  # ("During May's visit": a name)
              and not any(d.span.start <= m.start("month") < d.span.end for d in found)), None)
    if m is None or is_plan(text):
        return None
    return MONTHS[m.group("month").lower()]


def is_plan(text: str) -> bool:
    """Whether a sentence tells of something to come ("will meet in April", "is scheduled for 3 November")."""
    return _PLANNED.search(text) is not None


def claim_interval(mentions: tuple[DateMention, ...]) -> tuple[date, date, str] | None:
    """The span of days a claim's resolved dates cover (None when it states none)."""
    resolved = [m for m in mentions if m.start is not None and m.end is not None]
    if not resolved:
        return None
    start = min(m.start for m in resolved if m.start)
    end = max(m.end for m in resolved if m.end)
    return start, end, ", ".join(m.text for m in resolved)


def offset_date(text: str, found: list[DateMention], partial: bool = False) -> DateMention | None:
    """The day an opening clause that times the sentence by another event puts it on, from the one
    day that clause names ("Two days before the drones struck Ain al-Asad on October 31, …" →
    October 29, shown as "October 29 (Two days before …)"); None otherwise. A day without a year
    (`partial`, for claims) is shifted as a month and day."""
    offset = reference_offset(text, speaker=partial)  # (a speaker's words timed so: read in claims only)
    if offset is None:
        return None
    start, end, days = offset
    inside = [d for d in found if start <= d.span.start < end and d.weekday is None and not d.relative]
    if len(inside) != 1:
        return None
    d = inside[0]
    said = f"{{}} ({text[start:end].strip()})"
    if d.start is not None and d.start == d.end:
        day = d.start + timedelta(days=days)
        return DateMention(Span(said.format(f"{day:%B} {day.day}, {day.year}"), start, end), day, day)
    month = next((MONTHS[w.lower().rstrip(".")] for w in re.findall(r"[A-Za-z]+\.?", d.text)
                  if w.lower().rstrip(".") in MONTHS), None)
    number = re.search(r"\b\d{1,2}\b", d.text)
    if not partial or d.start is not None or month is None or number is None:
        return None
    shifted = date(2000, month, int(number.group())) + timedelta(days=days)  # a leap year: any day of a month
    return DateMention(Span(said.format(f"{shifted:%B} {shifted.day}"), start, end), None, None)


# A dateline: where and when a dispatch was filed, before its first sentence ("HALVIK, Korvania, May 12 (MPA) - "). Its
# date is the report's, not the event's: "HALVIK, May 12 - A fire broke out on Saturday" dates the fire to Saturday.
_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]+,(?:[^,(\n]{1,40},)?\s+(?:January|February|March|April|May|June|July|August"
                       r"|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?"
                       r"|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)\s+\d{1,2}(?:,\s*\d{4})?\s*(?:\([^)]{1,60}\))?\s*[-–—]+\s")


def dateline_end(text: str) -> int:
    """Where a passage's dateline ends (0 when it opens with none)."""
    m = _DATELINE.match(text)
    return m.end() if m is not None else 0


def stated_dates(text: str, anchor: date | None) -> list[DateMention]:
    """find_dates, less an opening dateline's date (the report's day, which the sentence states of nothing it tells)."""
    end = dateline_end(text)
    return [m for m in find_dates(text, anchor) if m.span.start >= end]


def outside_dateline(text: str, found: list[DateMention]) -> list[DateMention]:
    """The dates a passage states of what it reports: a dateline's date is left out when the sentence dates its
    event itself ("… on Saturday"); alone, it is kept (the report's day is then all it gives)."""
    end = dateline_end(text) if found else 0
    if not end:
        return found
    own = [d for d in found if d.span.start >= end]
    # (only a day the main clause states: not one of a clause within it, "…, which had been shut on Friday", "the worst
    # since March 2019")
    main = [d for d in own if _SIDE_CLAUSE.search(text, end, d.span.start) is None
            and _SINCE.search(text[max(end, d.span.start - 30):d.span.start]) is None]
    return own if main else found


_HELD_SINCE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*\bsince\s+(?:early\s+|mid-?|late\s+)?$", re.IGNORECASE)
# what opens a clause within a sentence's main one
_SIDE_CLAUSE = re.compile(r",\s+(?:which|who|whom|whose|that|where|when|after|before|since|in\s+the)\b"
                          r"|\b(?:which|who|whom|whose)\b", re.IGNORECASE)


def own_dates(text: str, found: list[DateMention]) -> list[DateMention]:
    """A passage's dates with the day of an opening reference clause replaced by the day it puts
    the passage on ("Three days after the verdict on February 5, 2024, the judge sentenced …" →
    February 8), and a span counted from a day ("in the week before the October 24 report"): read
    as a claim reads them (offset_date, spans_around)."""
    found = spans_around(text, outside_dateline(text, found))
    if len(found) > 1:
        # "said in a report released on Monday that it could not determine who fired first … on March 10": the day
        # a report came out is not the day of what it tells, when the sentence states another
        told = [d for d in found if _RELEASED_ON.search(text, max(0, d.span.start - 50), d.span.start)]
        if told and len(told) < len(found):
            found = [d for d in found if d not in told]
    if "," in text:
        # "It was the second attack on the dam this week, after Tuesday's drone strike": the trailing
        # clause dates the earlier event it recalls, not the one the sentence reports
        # (a trailing clause: one that runs to the sentence's end; "that, the day after the robbery on March 3,
        # the suspect fled" opens what follows, which offset_date reads)
        found = [d for d in found if _RECALLS_EARLIER.search(text, 0, d.span.start) is None
                 or "," in text[d.span.end:]]
    # "Castrell Civil Works, which has maintained the bridge since 2016, said …": since when a thing described in a
    # relative clause has held, not the day of anything the sentence reports
    found = [d for d in found if _HELD_SINCE.search(text[:d.span.start]) is None]
    shifted = offset_date(text, found)
    if shifted is None:
        return found
    start, end = shifted.span.start, shifted.span.end
    return [d for d in found if not start <= d.span.start < end] + [shifted]


# (a report's, a study's: not a warning, a notice or a ruling "issued on January 23", which is what it tells)
_RELEASED_ON = re.compile(r"\b(?:report|study|findings|review|audit|survey)\s+(?:[\w-]+\s+){0,2}?(?:released|published"
                          r"|issued|made\s+public|presented)\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?$", re.IGNORECASE)
_RECALLS_EARLIER = re.compile(r",\s+(?:just\s+|only\s+|shortly\s+|(?:\w+\s+)?(?:days?|weeks?|months?)\s+)?"
                              r"(?:after|following|since)\s[^,;]*$", re.IGNORECASE)
_SPAN_BEFORE = re.compile(r"\b(?:in|during|over|within)\s+the\s+(?:(?P<n>\d{1,2}|two|three|four|five|six|seven|ten)\s+"
                          r"(?P<unit>days|weeks)|(?P<one>week|fortnight|month|days|weeks))\s+(?P<dir>before|after|prior\s+to"
                          r"|leading\s+up\s+to|following)\s+(?:the\s+)?$", re.IGNORECASE)
_A_REPORT = re.compile(r",?\s+(?:[\w-]+\s+){0,2}?(?:report|reports|statement|briefing|announcement|article"
                       r"|bulletin|update|tally|count|publication|press\s+conference|post)\b", re.IGNORECASE)
_SPAN_DAYS = {"week": 7, "fortnight": 14, "month": 30, "days": 7, "weeks": 14}
_SPAN_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}


def spans_around(text: str, found: list[DateMention]) -> list[DateMention]:
    """A report's day with the span a text counts from it ("in the week before the October 24, 2023
    report" → October 17 to 23; "in the three days after the May 2 briefing" → May 3 to 5); other
    dates as they are. "The days / weeks before" with no count is read as a week / two."""
    out = []
    for d in found:
        m = _SPAN_BEFORE.search(text, max(0, d.span.start - 50), d.span.start)
        # (only a day that dates a report: in "the weeks after the March 11 earthquake, which killed
        # 1,500", the day is the earthquake's, which the sentence may be about)
        if m is None or d.start is None or d.start != d.end or not _A_REPORT.match(text, d.span.end):
            out.append(d)
            continue
        if m.group("one"):
            days = _SPAN_DAYS[m.group("one").lower()]
        else:
            n = m.group("n").lower()
            days = (int(n) if n.isdigit() else _SPAN_COUNT[n]) * (7 if m.group("unit").lower() == "weeks" else 1)
        before = m.group("dir").lower() in ("before", "prior to", "leading up to") or "prior" in m.group("dir").lower()
        start, end = (d.start - timedelta(days=days), d.start - timedelta(days=1)) if before else (
            d.start + timedelta(days=1), d.start + timedelta(days=days))
        said = f"{text[m.start():d.span.end].strip()}"
        out.append(DateMention(Span(said, m.start(), d.span.end), start, end))
    return out


# a day that belongs to something else than the sentence's deed: an aside ("Renton Athletic, founded in 1998, won
# …"; "the strike, first called for June 2, will begin on Friday"; "…, whose last crash was in 2009, …"), a state's
# start ("closed since March"), or a year used as an adjective ("The 2021 world champion")
_COMMA_ASIDE = re.compile(r"(?:,\s*(?:first\s+|last\s+|originally\s+)?[a-z]+(?:ed|en)\s+(?:[a-z]+\s+)?"
                          r"(?:in|on|for|since)|,\s*(?:whose|which|who)\b[^,]*)\s+$", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_ATTRIBUTIVE = re.compile(r"\s+(?!and\b|or\b|to\b|in\b|on\b|at\b|by\b|for\b|when\b|after\b|before\b)[a-z]")


def in_aside(text: str, start: int) -> bool:
    """Whether what starts at `start` is in a comma aside that tells another deed ("…, closed since March, …"; not
    a bare "since January", which may be the claim's own)."""
    return _COMMA_ASIDE.search(text[max(0, start - 60):start]) is not None


def falls_on(mention: DateMention, weekday: int) -> bool:
    """Whether a date mention is of a weekday: said ("on Thursday") or a single day that falls on it."""
    return mention.weekday == weekday or (
        mention.start is not None and mention.start == mention.end and mention.start.weekday() == weekday)


def stated_within(text: str, published_at: str | None, start: date, end: date) -> DateMention | None:
    """A day (or span no longer than start–end) a sentence states within start–end, not of another deed's
    (other_deeds_day); None for a span of more than a year, or when it states none."""
    if (end - start).days > 366:
        return None
    return next((m for m in stated_dates(text, parse_published(published_at)) if m.start is not None
                 and m.end is not None and m.start <= end and start <= m.end
                 and (m.end - m.start).days <= (end - start).days and not other_deeds_day(text, m)), None)


def other_deeds_day(text: str, mention: DateMention) -> bool:
    """Whether a date a sentence states belongs to something else than its deed (_COMMA_ASIDE, _SINCE,
    _ATTRIBUTIVE)."""
    before = text[max(0, mention.span.start - 60):mention.span.start]
    if _COMMA_ASIDE.search(before) is not None or _SINCE.search(before) is not None:
        return True
    return re.fullmatch(r"\d{4}", mention.text) is not None and re.search(r"\b[Tt]he\s+$", before) is not None \
        and _ATTRIBUTIVE.match(text, mention.span.end) is not None


# where a sentence's clauses part: each tells its own deed and the day of it ("The search resumed on Saturday
# after engineers declared the slope safe, and the body … was recovered on Sunday")
_CLAUSE_PARTS = re.compile(r",\s+(?:and|but|while|whereas|bringing|after|before|when)\b|;"
                           r"|\s(?:after|before|when|while)\s",
                           re.IGNORECASE)


def date_of_words(text: str, published_at: str | None, stems: set[str]) -> DateMention | None:
    """Of a sentence that states days in two or more clauses, the day of the clause that holds most of
    the given words (a claim's predicate, as stems); None when the sentence states fewer days, or when
    no clause with exactly one day holds more of the words than every other."""
    mentions = [m for m in outside_dateline(text, find_dates(text, parse_published(published_at)))
                if m.start is not None and m.end is not None]
    if len(mentions) < 2 or not stems:
        return None
    cuts = [0, *(m.start() for m in _CLAUSE_PARTS.finditer(text)), len(text)]
    scored = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        inside = [m for m in mentions if start <= m.span.start < end]
        words = {stem(w.lower()) for w in re.findall(r"[A-Za-z][\w'’-]*", text[start:end])}
        scored.append((len(words & stems), inside))
    best = max(n for n, _ in scored)
    top = [inside for n, inside in scored if n == best]
    if best == 0 or len(top) != 1 or len(top[0]) != 1:
        return None
    return top[0][0]
