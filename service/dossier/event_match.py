"""Step 3a — events: which incident each passage reports, and whether it is the claim's.

Each passage's event comes from the text layer (service.text.events, read with its article).
Events of different articles are one event when they name the same site and their days overlap;
an event without a day (only "on Monday", or nothing) stays its article's own.

A passage's event is then compared with what the claim says of its event (ClaimEvent):

    same           the days overlap (or the weekday, or the month and day) and the sites agree
    near           a few days apart (DATE_SLACK_DAYS): the same event misdated when the details
                   match (a date_mismatch), another one when they do not
    other          another site, or days apart, or another weekday than the claim's — or, for a
                   passage known only by its weekday, another weekday than every day the archive
                   dates the claim's own event to
    undetermined   the passage's event has no day to compare (an undated article, "on Monday"
                   with nothing to resolve it against): counted with less weight (see verdict)
    unconstrained  the claim names no time or site: nothing to compare

A claim that picks its incident out by its rank at a site ("the second fire at the warehouse") and states no day is
first dated by the archive's series of incidents there (ranked_event).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from rapidfuzz import fuzz

from service.dossier.model import (
    UNDETERMINED_WEIGHT,
    Candidate,
    ClaimAnalysis,
    ClaimEvent,
    Entity,
    Reason,
    StanceResult,
)
from service.dossier.stance_model import fold
from service.text.clauses import in_identifying_clauses
from service.text.dates import falls_on, in_aside, other_deeds_day, parse_published, stated_dates, stated_within
from service.text.events import INCIDENT_PHRASE, NO_EVENT, EventFacts, names_claimant, reports_incident
from service.text.extract import WORD_VALUES, month_end, place_key
from service.text.model import DateMention, Span
from service.text.ordinals import EARLIER, RANKED_KINDS, incident_rank, onset_on, onset_rank
from service.text.places import ascii_key, demonym_country, gazetteer_entry, neighbouring_cities, same_place
from service.text.platforms import find_platforms
from service.text.sources import same_source
from service.text.synonyms import CANONICAL
from service.tokens import STOPWORDS, stem

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DATE_SLACK_DAYS = 3  # reports a few days off on matching details are one event with a date discrepancy
# (of weekdays alone, only the next or the day before: three days either way is every day of a week; and
# not of an incident, where the next day's attack on the same base is another attack)
WEEKDAY_SLACK_DAYS = 1


@dataclass(frozen=True)
class EventRef:
    """An event as the dossier shows it: id, day or interval (None when unknown), place, label."""

    id: str
    date: str | None
    place: str | None
    label: str
    weekday: int | None = None
    basis: str = "none"


@dataclass(frozen=True)
class EventMatch:
    event: EventRef | None
    relation: str  # same | near | other | undetermined | unconstrained
    detail: str = ""


def event_ref(article_id: str, facts: EventFacts) -> EventRef | None:
    """The event a passage's facts describe, with an id shared across articles for dated events."""
    if facts is NO_EVENT or (facts.basis == "none" and facts.place is None):
        return None
    when = facts.iso()
    if facts.dated and facts.place and facts.basis in ("stated", "weekday", "article"):
        key = f"{ascii_key(facts.place)}|{facts.start}"
    else:
        key = f"{article_id}|{facts.anchor}|{facts.place}|{when}|{facts.weekday}"
    ident = "ev_" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]
    if when is not None and facts.basis != "published":
        said = when
    elif facts.month_day is not None:
        said = f"{facts.when}, year unknown"
    elif facts.weekday is not None:
        said = f"a {WEEKDAY_NAMES[facts.weekday]}, date unknown"
    elif when is not None:
        said = f"reported by {facts.end.isoformat() if facts.end else when}"
    else:
        said = "undated"
    # (an incident in a town, at no named site: "incident in Penrow")
    where = f"at {facts.place}" if facts.place else f"in {facts.region[1]}" if facts.region is not None \
        and facts.region[0] == "city" else "at unnamed place"
    return EventRef(ident, when if facts.basis != "published" else None, facts.place,
                    f"incident {where}, {said}", facts.weekday, facts.basis)


def match_events(claim: ClaimEvent, candidates: list[Candidate],
                 countries: frozenset[str] = frozenset()) -> list[EventMatch]:
    """The event of each candidate and its relation to the claim's event (module docstring);
    `countries`: those the claim places what it reports in ("US forces in Iraq")."""
    refs = [event_ref(c.article.id, c.facts.event) if c.facts is not None else None for c in candidates]
    if not claim.constrained:
        # (a claim that names only the town of its incident, one no table knows — "the tornado in Penrow" — is of the
        # passages the archive places in a town of that name; the rest stay unconstrained)
        return [EventMatch(ref, "same", f"both report an incident in {c.facts.event.region[1]}")
                if claim.town and c.facts is not None and c.facts.event.region is not None
                and c.facts.event.region[0] == "city" and same_place(claim.town, c.facts.event.region[1])
                else EventMatch(ref, "unconstrained") for ref, c in zip(refs, candidates, strict=True)]
    facts = [c.facts.event if c.facts is not None else NO_EVENT for c in candidates]
    # A claim of no incident that says what its site is ("Saint Avel Primary School lies in Marrow
    # Province") is about the site whatever a passage that names it reports there or nearby: the
    # incident a passage reports at another place does not set it aside.
    # (nor, for a claim of an incident, does the place a passage that names the claim's site as a place gives it: "the
    # Kestrel Daily's office on Garnet Street", "the Falkenrinne slope at Grauwand" name one site twice)
    named = [claim.site is not None and (_names_site(claim.site, c.passage.text) if not claim.incident
                                         else _names_as_place(claim.site, c.passage.text)) for c in candidates]
    matches = [_relate(claim, f, ref, site_named) for f, ref, site_named in zip(facts, refs, named, strict=True)]
    # (a passage dated by its first day that goes on to state the claim's own day reports the claim's
    # event too: "The search resumed on Saturday …, and the body … was recovered on Sunday", "closed in 2021
    # after a lorry struck one of its pillars", in a sentence that begins with the bridge "opened in 1978")
    for i, (c, f, m) in enumerate(zip(candidates, facts, matches, strict=True)):
        day = _day_stated(claim, c, f.start.year if f.start else None) if m.relation in ("other", "near") \
            and f.dated else None
        if day is not None:
            weekday = day.start.weekday() if day.start is not None and day.start == day.end else day.weekday
            again = _relate(claim, replace(f, start=day.start, end=day.end, weekday=weekday, when=day.text), refs[i],
                            named[i])
            if again.relation == "same":
                matches[i] = EventMatch(m.event, "same", f"the passage also states {day.text}: {again.detail}")
    # A month the claim names without a year is of the year(s) the archive's passages of that month give it: a passage
    # dated only by another year ("In 2019 signal workers staged a 24-hour stoppage") holds that month, but of
    # another year ("the stoppage called … in April")
    if claim.interval is None and claim.month is not None:
        years = {f.start.year for f, m in zip(facts, matches, strict=True)
                 if m.relation == "same" and f.dated and f.start is not None and f.end is not None
                 and (f.end - f.start).days <= 31 and f.basis != "published"}
        for i, (f, m) in enumerate(zip(facts, matches, strict=True)):
            if years and m.relation == "same" and f.dated and f.start is not None and f.end is not None \
                    and (f.end - f.start).days >= 300 and f.start.year == f.end.year and f.start.year not in years:
                matches[i] = EventMatch(m.event, "other",
                                        f"the archive dates the claim's {claim.partial_text} to "
                                        f"{', '.join(str(y) for y in sorted(years))}; this passage reports "
                                        f"{f.start.year}")
    # The days the archive dates the claim's own event to: a passage known only by its weekday
    # that falls on none of them reports another event.
    days = {f.start for f, m in zip(facts, matches, strict=True)
            if m.relation == "same" and f.dated and f.start == f.end and f.basis in ("stated", "weekday", "article")}
    if days:
        weekdays = {d.weekday() for d in days}
        for i, (f, m) in enumerate(zip(facts, matches, strict=True)):
            if m.relation == "undetermined" and f.weekday is not None and not f.dated \
                    and f.weekday not in weekdays and _site_agrees(claim, f):
                named = ", ".join(sorted(d.isoformat() for d in days))
                matches[i] = EventMatch(m.event, "other",
                                        f"the archive dates the claim's event to {named} "
                                        f"({', '.join(WEEKDAY_NAMES[w] for w in sorted(weekdays))}); "
                                        f"this passage reports one of a {WEEKDAY_NAMES[f.weekday]}")
    if claim.ranked:
        matches = [_by_rank(claim, c, f, m) for c, f, m in zip(candidates, facts, matches, strict=True)]
    return _other_country(claim, candidates, matches, countries)


# nouns that name any site, or its part ("the Brennick site" is the Brennick warehouse)
_ANY_SITE_NOUN = frozenset("site premises complex compound facility building buildings grounds area".split())


def _another_site_of(site: str, said: str, text: str, kinds: frozenset[str] = frozenset()) -> bool:
    """Whether a passage names the site's name only as another site's ("the Dalby primary school", for the rank's "the
    first fire at the Dalby sawmill"): a passage whose every use of the name is followed by a noun that is none of the
    words after the name in the rank's ("the Tallin mill" is the Tallin paper mill). A name the rank's words follow
    with the incident's kind alone ("the second Varnholt blackout") is a place's, whatever word follows it."""
    written = re.match(rf".*?\b{re.escape(site)}((?:\s+[a-z]+)+)", said)
    if written is None or written.group(1).split()[0] in kinds:
        return False
    words = set(written.group(1).split()) | _ANY_SITE_NOUN
    after = [m.group(1) for m in re.finditer(rf"\b{re.escape(site)}(?:['’]s)?(?:\s+([a-z][\w-]*))?", text)]
    return bool(after) and all(a is not None and a not in words and a not in _FUNCTION_WORDS for a in after)


_FUNCTION_WORDS = STOPWORDS | {"near"}


def _by_rank(claim: ClaimEvent, candidate: Candidate, f: EventFacts, match: EventMatch) -> EventMatch:
    """A passage's relation to an incident the claim picks out by its rank (ranked_event): one that speaks of "the
    earlier fire" in a report of the incident after it speaks of the claim's, in a series of two (not one that names a
    rank, "three days after the first blaze", which may be another's than its own); and a claim that states no day
    cannot be misdated (a passage a few days off reports another incident, not the claim's misdated)."""
    assert claim.rank is not None and claim.interval is not None
    site = claim.rank[3]
    if claim.site is None and site and f.place and match.relation == "same" \
            and not any(_same_site(site, place) for place in (f.place, *f.sites)):
        # (the site the rank's words name, when the claim has none of its own: the cash-van robbery on the ring road
        # in the weeks after the first robbery of the Sarrow Street branch is another incident)
        return EventMatch(match.event, "other",
                          f"the passage reports an incident at {f.place}, the claim one at {site}")
    named = incident_rank(candidate.passage.text)
    if named is not None and named[0] == EARLIER and claim.ranked == 2 and not named[1].isdisjoint(claim.rank[1]) \
            and f.dated and f.start is not None and f.start > claim.interval[1]:
        return EventMatch(match.event, "same", f"the passage speaks of {named[2]}, before its own: the claim's "
                                               f"{claim.rank[2]}")
    # ("Investigators said the first explosion at the Dravo coal mine … was caused by methane", weeks later: a report
    # that names the claim's incident by its rank and site, and reports no incident's start of its own)
    if named is not None and named[0] == claim.rank[0] > 0 and not named[1].isdisjoint(claim.rank[1]) \
            and match.relation != "same" and (claim.site or claim.rank[3] or "") in named[2] \
            and not _AFTER_RANK.search(candidate.passage.text, 0, candidate.passage.text.find(named[2])) \
            and not any(onset_on(candidate.passage.text, m.span.start, m.span.end, claim.rank[1])
                        for m in stated_dates(candidate.passage.text, None)):
        return EventMatch(match.event, "same", f"the passage names {named[2]}, the claim's {claim.rank[2]}")
    return EventMatch(match.event, "other", match.detail) if match.relation == "near" else match


_AFTER_RANK = re.compile(r"\b(?:after|since|following|before|than|like)\s+$", re.IGNORECASE)
RANK_AFTER_DAYS = 14  # the last incident of a series at a site: its reports run this long after its day
_AGAIN = re.compile(r"\b(?:again|another|second|third|fourth|new|fresh|renewed|returned)\b", re.IGNORECASE)


def incident_days(candidate: Candidate, kinds: frozenset[str], site: str | None = None) -> list[DateMention]:
    """The days a passage says an incident of these kinds began on (text.ordinals.onset_on: "Thursday's slide", "A fire
    tore through the warehouse late on Monday"), not a day someone spoke ("The administration said on Thursday that
    Tuesday's collapse …": Tuesday) or another deed's; `site`, when the incident's verb may have it as its object."""
    text = candidate.passage.text
    return [m for m in stated_dates(text, parse_published(candidate.article.published_at))
            if not other_deeds_day(text, m) and not _SAYING_DAY.search(text, 0, m.span.start)
            and onset_on(text, m.span.start, m.span.end, kinds, site)]


def ranked_event(claim: ClaimEvent, candidates: list[Candidate]) -> ClaimEvent:
    """A claim that picks its incident out by its rank at its site and gives it no time ("No one was hurt in the first
    fire at the Brennick warehouse") is about the incident of that rank among those the archive dates at that site:
    the days on which passages naming the site (not as another site's name) say an incident of the claim's kind began
    there (text.ordinals.onset_on), in order, a day after another with no word of a new incident being the same one.
    The claim's event runs from that day to the day before the next one (the reports that come after it, until the
    next incident), the last one RANK_AFTER_DAYS; `ranked` holds the number of incidents. Left as it is: fewer than
    two incidents or more ranks than incidents, a rank an opening clause states that the days contradict, an
    incident of the kind at the site in an article with no date."""
    # (a month with no day ranks the month's incidents: "the first Varnholt blackout in March")
    in_month = claim.month if claim.month and not claim.day and not claim.interval and claim.weekday is None \
        and not claim.unanchored else None
    if claim.rank is None or (claim.timed and in_month is None) or claim.rank[0] == EARLIER:
        return claim
    rank, kinds, said, named = claim.rank
    site = claim.site or named
    if site is None:
        return claim
    days: set[date] = set()
    ranks: set[tuple[date, int]] = set()  # the ranks onset clauses give their days' incidents ("A third explosion …")
    again: set[date] = set()  # days whose passages tell a new incident ("again", "another", "a second")
    for c in candidates:
        f = c.facts.event if c.facts is not None else NO_EVENT
        text = c.passage.text
        # (a passage that names the site, not as another site's name; its event may be placed by another name of it:
        # "Police raided the Garnet Street office of the Kestrel Daily")
        if not _names_site(site, text) or _another_site_of(site, said, text, kinds):
            continue
        # the days it states an incident of the kind began on ("Thursday's slide", not "The search at Ketterby resumed
        # on Saturday")
        onsets = incident_days(c, kinds, site)
        if not c.article.published_at and any(m.start is None for m in onsets):
            return claim  # (an incident in an article with no date, "on Wednesday": one of the series the days miss)
        if f.dated and f.basis in ("stated", "weekday"):
            days.update(m.start for m in onsets if m.start is not None and m.start == m.end)
            ranks.update((m.start, r) for m in onsets if m.start is not None and m.start == m.end
                         and (r := onset_rank(text, m.span.start)) is not None)
            again.update(m.start for m in onsets if m.start is not None and _AGAIN.search(text))
    # (a day after another with no word of a new incident is the same one, told by its end: "A fire broke out late on
    # Sunday" / "A fire that broke out early on Monday")
    series: list[date] = []
    for day in sorted(d for d in days if in_month is None or d.month == in_month):
        if not series or (day - series[-1]).days > 1 or day in again:
            series.append(day)
    if len(series) < 2 or rank > len(series):
        return claim
    # ("A third explosion hit the plant on Monday" on the second day of the series: two on one day before it, which
    # days do not count; the rank is not read by days then)
    if any(day in series and series.index(day) + 1 != r for day, r in ranks):
        return claim
    at = rank - 1 if rank > 0 else len(series) - 1
    day = series[at]
    until = series[at + 1] - timedelta(days=1) if at + 1 < len(series) else day + timedelta(days=RANK_AFTER_DAYS)
    said = f"{said}, dated {day.isoformat()} by the archive (incidents there: {', '.join(map(str, series))})"
    return replace(claim, ranked=len(series), interval=(day, until, said))


def _countries(candidate: Candidate, strict: bool = False) -> set[str]:
    """The countries a passage places what it reports in ("… in Syria", not "Nordol of Germany");
    `strict`: not one someone came from or something was made in (events.placed_in)."""
    if candidate.facts is None:
        return set()
    read = candidate.facts.readings
    return set(read.countries_placed if strict else read.countries_in)


def _other_country(claim: ClaimEvent, candidates: list[Candidate], matches: list[EventMatch],
                   countries: frozenset[str] = frozenset()) -> list[EventMatch]:
    """A passage that names no site but places what it reports in one country only ("U.S. troops
    were targeted by two drones in Syria on Monday") reports another incident than a claim about a
    site the archive places in another country (Ain al-Asad, which its passages put in Iraq). The
    site's country is the one most of the passages at that site name, and only when they agree
    (two thirds of those naming a single country). A claim without a site that places what it
    reports in a country itself ("the drones that targeted US forces in Iraq") is of that country."""
    if not claim.site and countries:
        out = []
        for candidate, m in zip(candidates, matches, strict=True):
            named = _countries(candidate, strict=True)
            if m.relation in ("same", "undetermined", "near") and candidate.facts is not None \
                    and candidate.facts.event.place is None and named and not named & countries:
                where = ", ".join(sorted(loc.place for loc in candidate.facts.locations if loc.country in named))
                m = EventMatch(m.event, "other", f"the passage reports an incident in {where}; the claim places "
                                                 "its own in another country")
            out.append(m)
        return out
    if not claim.site:
        return matches
    at_site = [_countries(c) for c in candidates
               if c.facts is not None and c.facts.event.place and same_place(claim.site, c.facts.event.place)]
    single = [next(iter(countries)) for countries in at_site if len(countries) == 1]
    if len(single) < 2:
        return matches
    country = max(set(single), key=single.count)
    if single.count(country) * 3 < len(single) * 2:
        return matches
    out = []
    for candidate, m in zip(candidates, matches, strict=True):
        named = _countries(candidate)
        if m.relation in ("same", "undetermined", "near") and candidate.facts is not None \
                and candidate.facts.event.place is None and named and country not in named:
            where = ", ".join(sorted(loc.place for loc in candidate.facts.locations if loc.country in named))
            m = EventMatch(m.event, "other", f"the passage reports an incident in {where}; the archive places "
                                             f"{claim.site} in another country")
        out.append(m)
    return out


def _site_agrees(claim: ClaimEvent, facts: EventFacts) -> bool:
    return claim.site is None or facts.place is None or same_place(claim.site, facts.place)


def _day_stated(claim: ClaimEvent, candidate: Candidate, year: int | None = None) -> DateMention | None:
    """The claim's day (or year), when a passage states it besides the one its event is dated by."""
    if claim.interval is not None:
        return stated_within(candidate.passage.text, candidate.article.published_at, *claim.interval[:2])
    if claim.month is None and claim.weekday is None:
        return None
    # (not a dateline's: "HALVIK, May 12 (KPA) - A fire broke out on Saturday" states no day of the fire but Saturday)
    # (nor, of an incident, the day someone spoke of it: "… since Monday's fire …, the director told KNS on
    # Wednesday")
    mentions = [m for m in stated_dates(candidate.passage.text, parse_published(candidate.article.published_at))
                if not other_deeds_day(candidate.passage.text, m)
                and not (claim.incident and _SAYING_DAY.search(candidate.passage.text, 0, m.span.start))]
    if claim.month is None:
        # ("On Thursday, police reported the toll had climbed to eight": "… rose to eight on Thursday")
        return next((m for m in mentions if falls_on(m, claim.weekday)), None)
    # ("in January", "on April 13": a month, or a day of it, of any year — "since January" too, which
    # names no day of its own)
    found = next((m for m in mentions if m.start is not None and m.end is not None
                  and (m.end - m.start).days <= 31 and _has_month_day(m.start, m.end, claim.month, claim.day)),
                 None)
    if found is not None or claim.day is not None or year is None:
        return found
    named = re.search(rf"\b{date(2000, claim.month, 1):%B}\b", candidate.passage.text)
    if named is None or in_aside(candidate.passage.text, named.start()):
        return None
    first = date(year, claim.month, 1)
    last = (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)
    return DateMention(Span(named.group(), named.start(), named.end()), first, last)


# a day said of the saying: "said on Wednesday", "told KNS late on Wednesday"
_SAYING_DAY = re.compile(r"\b(?:said|says|told|announced|reported|added|confirmed|stated)(?:\s+[A-Z][\w'’.-]*){0,3}"
                         r"\s+(?:(?:late|early)\s+)?(?:(?:on|last)\s+)?$")


def _same_site(a: str, b: str) -> bool:
    """One site under two names, or one name the start of the other's ("the Orlan depot" / "the Orlan Cold
    Storage depot")."""
    if same_place(a, b):
        return True
    short, long = sorted((a.split(), b.split()), key=len)
    if len(short[0]) < 3:
        return False
    if [w.casefold() for w in long[:len(short)]] == [w.casefold() for w in short]:
        return True
    # (…or the other's end, after the name of its owner: "the Krestberg Gratbahn gondola" / "the Gratbahn gondola";
    # not a part named by its side, "Upper Marrin" / "Marrin")
    return len(long) > len(short) and [w.casefold() for w in long[-len(short):]] == [w.casefold() for w in short] \
        and not any(w.casefold() in _SIDE_WORDS for w in long[:-len(short)])


_SIDE_WORDS = frozenset("""upper lower north south east west northern southern eastern western central new old greater
    little great inner outer middle far""".split())


def _names_site(site: str, text: str) -> bool:
    """Whether a passage names every capitalised word of a site ("Saint Avel Primary School in Brennick")."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", site) if w[:1].isupper()]
    return bool(words) and all(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text) for w in words)


# a name written as a place: its own ("the Kestrel Daily's office"), before a noun of a place ("the Falkenrinne slope"),
# or after a preposition of place ("raided on the Kestrel Daily", "at Tarsin") — not a speaker's ("the Orsk regional
# governor"), an origin ("launched from Orsk") or part of a longer name ("Orsk Radio")
_PLACE_AFTER = (r"(?:['’]s\b|\s+(?:slope|office|offices|premises|building|buildings|headquarters|compound|site|grounds"
                r"|area|yard|quay|wharf|pier|branch|newsroom|campus|estate|complex|facility|post|crossing|road|bridge"
                # (and a facility named by its kind: "the Kessel chairlift at the Krestberg resort")
                r"|chairlift|lift|gondola|tunnel|mine|shaft|plant|factory|warehouse|depot|terminal|stadium|mall|dam"
                r"|reservoir|reef|museum|hotel)\b)")
_PLACE_BEFORE = r"\b(?:at|on|in|into|inside|near|outside|onto|against|raided|raiding|attacked|attacking|struck|hit" \
                r"|stormed|storming|targeted|targeting|bombed|shelled|seized|searched)\s+(?:the\s+)?"


# the last word of a building's own name, which names a place wherever it is written ("Tamsin Court", "Harbour House")
_BUILDING_NAME = frozenset("Court Tower Towers Heights Mansions House Hall Centre Center Estate Gardens Arena".split())


def _names_as_place(site: str, text: str) -> bool:
    """Whether a passage names a site, as written in full, as a place (_PLACE_AFTER), or a building by its own name
    ("Firefighters evacuated 130 residents from Tamsin Court" for "the Tamsin Court block")."""
    name = re.escape(site)
    return re.search(rf"(?<![\w-]){name}{_PLACE_AFTER}", text) is not None \
        or re.search(rf"{_PLACE_BEFORE}{name}(?![\w'’-])(?!\s+[A-Z])", text) is not None \
        or (len(site.split()) >= 2 and site.split()[-1] in _BUILDING_NAME
            and re.search(rf"(?<![\w-]){name}(?![\w'’-])(?!\s+[A-Z])", text) is not None)


def _relate(claim: ClaimEvent, f: EventFacts, ref: EventRef | None, site_named: bool = False) -> EventMatch:
    if claim.site and f.place and not site_named \
            and not any(_same_site(claim.site, site) for site in (f.place, *f.sites)):
        return EventMatch(ref, "other", f"the passage reports an incident at {f.place}, the claim one at {claim.site}")
    if claim.region and f.region and claim.region[0] == f.region[0] and not same_place(claim.region[1], f.region[1]) \
            and not (f.region[0] == "city" and neighbouring_cities(claim.region[1], f.region[1])):
        return EventMatch(ref, "other", f"the passage reports an incident in {f.region[1]} ({f.region[0]}), the claim "
                                        f"one in {claim.region[1]}")
    if claim.interval is not None:
        start, end, said = claim.interval
        if f.dated and f.start is not None and f.end is not None:
            if f.start <= end and start <= f.end:
                return EventMatch(ref, "same", f"both date it to {said}")
            gap = min(abs((f.start - end).days), abs((start - f.end).days))
            if f.basis == "published":
                if f.end < start:
                    return EventMatch(ref, "other", f"the article was published on {f.end.isoformat()}, before {said}")
                # an undated report is of the days before its article: not of days long before
                return EventMatch(ref, "other", f"the passage states no date; its article of {f.end.isoformat()} "
                                                f"reports the days before it, not {said}")
            if gap <= DATE_SLACK_DAYS:  # one event misdated, or the one before or after: the details decide
                return EventMatch(ref, "near", f"the passage reports an event of {f.iso()}, {gap} day(s) from {said}")
            return EventMatch(ref, "other", f"the passage reports an event of {f.iso()}, not of {said}")
        if f.weekday is not None:
            if end - start >= timedelta(days=6) or any(
                    (start + timedelta(days=k)).weekday() == f.weekday for k in range((end - start).days + 1)):
                return EventMatch(ref, "undetermined",
                                  f"the passage dates it only to a {WEEKDAY_NAMES[f.weekday]}, "
                                  "with no date to resolve it")
            return EventMatch(ref, "other", f"the passage reports an event of a {WEEKDAY_NAMES[f.weekday]}; "
                                            f"{said} is not one")
        if f.month_day is not None:
            return _relate_yearless(f, ref, start, end, said)
        return EventMatch(ref, "undetermined", "the passage's event has no date")
    if claim.weekday is not None:
        if claim.month is not None and f.dated and f.start is not None and f.end is not None \
                and f.basis != "published" and not _has_month_day(f.start, f.end, claim.month, claim.day):
            # "in February … on a Monday": a Monday of April is not the claim's
            return EventMatch(ref, "other", f"the passage reports an event of {f.iso()}, not of {claim.partial_text}")
        if f.weekday is not None:
            if f.weekday == claim.weekday:  # the claim is no more precise than the passage
                return EventMatch(ref, "same", f"both say {WEEKDAY_NAMES[f.weekday]}")
            if not claim.incident and _days_between(f.weekday, claim.weekday) <= WEEKDAY_SLACK_DAYS:
                # as for a date: one event misdated, or its neighbour (the details decide)
                return EventMatch(ref, "near", f"the passage reports an event of a {WEEKDAY_NAMES[f.weekday]}, "
                                               f"the claim one of a {WEEKDAY_NAMES[claim.weekday]}")
            return EventMatch(ref, "other", f"the passage reports an event of a {WEEKDAY_NAMES[f.weekday]}, "
                                            f"the claim one of a {WEEKDAY_NAMES[claim.weekday]}")
        if f.dated and f.start == f.end and f.start is not None and f.basis != "published":
            if f.start.weekday() == claim.weekday:
                return EventMatch(ref, "same", f"{f.start.isoformat()} is a {WEEKDAY_NAMES[claim.weekday]}")
            gap = _days_between(f.start.weekday(), claim.weekday)
            if not claim.incident and gap <= WEEKDAY_SLACK_DAYS:  # one event misdated, or its neighbour
                return EventMatch(ref, "near", f"the passage reports an event of {f.start.isoformat()}, a "
                                               f"{WEEKDAY_NAMES[f.start.weekday()]}, {gap} day(s) from a "
                                               f"{WEEKDAY_NAMES[claim.weekday]}")
            return EventMatch(ref, "other", f"the passage reports an event of {f.start.isoformat()}, "
                                            f"a {WEEKDAY_NAMES[f.start.weekday()]}")
        return EventMatch(ref, "undetermined", "the passage's event has no day to compare")
    if claim.month is not None:
        if f.dated and f.start is not None and f.end is not None and f.basis != "published":
            if _has_month_day(f.start, f.end, claim.month, claim.day):
                return EventMatch(ref, "same", f"the passage dates it {f.iso()}, which is {claim.partial_text} "
                                               f"(year assumed from the passage)")
            if claim.day is not None and f.start == f.end:
                try:
                    said = date(f.start.year, claim.month, claim.day)
                except ValueError:
                    said = None
                gap = abs((f.start - said).days) if said else DATE_SLACK_DAYS + 1
                if gap <= DATE_SLACK_DAYS:  # as for a full date: one event misdated, or its neighbour
                    return EventMatch(ref, "near", f"the passage reports an event of {f.iso()}, {gap} day(s) from "
                                                   f"{claim.partial_text}")
            return EventMatch(ref, "other", f"the passage reports an event of {f.iso()}, not of {claim.partial_text}")
        if f.month_day is not None:
            # (both without a year: a year of the passage's choosing, in which the claim's day falls)
            year = 2000  # a leap year: any day of a month
            try:
                start = end = date(year, claim.month, claim.day) if claim.day else None
            except ValueError:
                start = end = None
            if start is None:
                start, end = date(year, claim.month, 1), month_end(year, claim.month)
            return _relate_yearless(f, ref, start, end, claim.partial_text)
        return EventMatch(ref, "undetermined", "the passage's event has no date")
    # the claim names only a site or a region
    if claim.site and f.place is not None:
        return EventMatch(ref, "same", f"both report an incident at {f.place}")
    if claim.site and site_named and claim.site.split()[-1] in _BUILDING_NAME:
        # (a passage that places nothing else, but names the building by its own name: "Tamsin Court will be …"; not
        # a place named as where something else was done, "to protest against the seizure … near Sorrel Island")
        return EventMatch(ref, "same", f"both name {claim.site}")
    if claim.region and f.region is not None:
        return EventMatch(ref, "same", f"both report an incident in {f.region[1]}")
    return EventMatch(ref, "undetermined", "the passage names no site")


def _relate_yearless(f: EventFacts, ref: EventRef | None, start: date, end: date, said: str) -> EventMatch:
    """A passage dated by a month and day (or a month) with no year, against the claim's days: the same when one of
    them falls on that month and day, a few days off (`near`) or another event otherwise. A claim's span of a year
    or more holds every month and day."""
    assert f.month_day is not None
    month, day = f.month_day
    if (end - start).days >= 365 or _has_month_day(start, end, month, day):
        return EventMatch(ref, "same", f"both date it to {f.when} (the passage states no year)")
    if day is not None:
        # the nearest day of that month and day to the claim's days, in the years they cover
        gaps = []
        for year in range(start.year - 1, end.year + 2):
            try:
                there = date(year, month, day)
            except ValueError:
                continue
            gaps.append(0 if start <= there <= end else min(abs((there - start).days), abs((there - end).days)))
        gap = min(gaps, default=DATE_SLACK_DAYS + 1)
        if gap <= DATE_SLACK_DAYS:
            return EventMatch(ref, "near", f"the passage reports an event of {f.when} (no year), {gap} day(s) from "
                                           f"{said}")
    return EventMatch(ref, "other", f"the passage reports an event of {f.when} (no year), not of {said}")


def _days_between(a: int, b: int) -> int:
    """Days between two weekdays (0 = Monday), the shorter way round the week."""
    return min((a - b) % 7, (b - a) % 7)


def _has_month_day(start: date, end: date, month: int, day: int | None) -> bool:
    if (end - start).days > 366:
        return True
    current = start
    while current <= end:
        if current.month == month and (day is None or current.day == day):
            return True
        current += timedelta(days=1)
    return False



# Reasons that show a passage states the claim's own details (not just its names or day).
_DETAILS = ("quantity_match", "role_match", "negation_match", "entity_match", "quote_match")


def set_aside_by_details(analysis: ClaimAnalysis, candidates: list[Candidate],
                         results: list[StanceResult]) -> list[StanceResult]:
    """For a claim that says nothing of its time, the incident it is about is told by what it names
    besides its site (the group that claimed the attack) or, failing that, by the incident of the
    passages that confirm its details. A passage about a distinguishable incident (another day,
    another weekday) then reports another event: it neither confirms nor contradicts the claim,
    and when it holds the claim's figure, that figure belongs to another event (other_event_match)."""
    claim = analysis.event
    if claim.interval is None and claim.month is None and claim.weekday is not None:
        return _weekday_by_name(analysis, candidates, results)
    if claim.interval is not None or claim.weekday is not None or claim.month is not None:
        return results
    if _identifying_amounts(analysis) and _description(analysis.claim) is None:
        # "… in the attack that injured at least five US personnel": the amount picks out the incident
        # (known limit: passages of a distinguishable incident are then not set aside, as they are below;
        # with the anchors below, a confirmed detail of another incident picked the wrong one)
        return _weekday_by_name(analysis, candidates, results)
    facts = [c.facts.event for c in candidates]
    # (the incidents a claim's names pick out are of a claim of an incident: "Haldvik, the home port of the Gull Star's
    # crew, is in Tarvany province" is no more about the day the Gull Star's crew came home than any other)
    named = _named_incidents(analysis, candidates, results) \
        if claim.incident or reports_incident(analysis.claim) else []
    # (…or, failing names, the claim's noun for its incident when one dated incident at its site is called so: "in
    # the siege at the Grand Orchid Mall", not the grenade attack on the mall months before)
    confirmed = [(f, r) for f, r in zip(facts, results, strict=True) if r.stance == "corroborating"
                 and r.event is not None and any(x.type in _DETAILS for x in r.reasons)]
    # (names that pick out several distinguishable incidents — "Linden Court" collapsed, and a stairwell of it gave way
    # days later — are narrowed to those of them the passages confirming the claim's details report)
    # (when those passages hold a word of the claim that no passage of the others does, "stairwell": not a detail of
    # one incident the claim puts on another, "340 birds rescued after the pipeline leak" of the tanker spill's birds)
    if len(named) >= 2 and any(_distinct(f, g) for f, _ in named for g, _ in named):
        texts = {id(r): c.passage.text for c, r in zip(candidates, results, strict=True)}
        narrowed = [(f, r) for f, r in named if any(r is q for _, q in confirmed)]
        others = set().union(*(_word_stems(texts[id(r)]) for f, r in named
                               if all(_distinct(f, g) for g, _ in narrowed)))
        own = set().union(*(_word_stems(texts[id(r)]) for _, r in narrowed)) & _word_stems(analysis.claim)
        if narrowed and own - others:
            named = narrowed
    anchors = named or _incident_by_deed(analysis, candidates, results) \
        or _incident_by_noun(analysis, candidates, results) or confirmed
    if not anchors:
        return results
    # (an undated report of the days before its article is the dated incident of those days, when one is
    # among the anchors: it tells nothing apart by itself)
    # (of the same article: another article's dated incident of that week may be another one)
    article = {id(r): c.article.external_id for c, r in zip(candidates, results, strict=True)}
    anchors = [(f, r) for f, r in anchors if not (
        f.basis == "published" and f.start is not None and f.end is not None
        and any(_within(g, f) and article[id(q)] == article[id(r)] for g, q in anchors))]
    labels = "; ".join(dict.fromkeys(r.event.label for _, r in anchors if r.event is not None))
    out = []
    for f, r in zip(facts, results, strict=True):
        # (a passage quoting the claim's own words reports the statement itself, whatever its incident)
        if r.stance in ("conflicting", "corroborating") and r.event is not None and all(
                _distinct(f, g) for g, _ in anchors) and not _quotes_only(r):
            why = [Reason("different_event", "", r.event.label,
                          f"the claim is about {labels}; this passage reports {r.event.label}")]
            matched = next((x for x in r.reasons if x.type in _DETAILS), None)
            if matched is not None:
                why.append(Reason("other_event_match", matched.claim_text, matched.passage_text,
                                  f"the claim's “{matched.claim_text}” matches another event: {r.event.label}"))
            r = replace(r, stance="other_event", reasons=(*r.reasons, *why), weight=1.0, misattributed=False)
        out.append(r)
    if named and names_claimant(analysis.claim):
        # "… in the attack claimed by The Revolutionaries": a passage of an article that does not name
        # the claimant may report another incident that no day tells apart (an undated Monday and a
        # dated one): as for a claim that gives only the weekday, its event is undetermined
        return _weekday_by_name(analysis, candidates, out)
    return out


# (as stance.terms reads the claim's incident, and "at the siege" too)
_CLAIM_INCIDENT = re.compile(r"\b(?:on|in|of|about|after|during|following|since|for|from|at)" + INCIDENT_PHRASE,
                             re.IGNORECASE)


def _incident_by_noun(analysis: ClaimAnalysis, candidates: list[Candidate],
                      results: list[StanceResult]) -> list[tuple[EventFacts, StanceResult]]:
    """The passages that call an incident at the claim's site by the claim's noun for its incident ("the siege"),
    with a day of their own, when they all report one incident (a base attacked five times has five attacks: the
    noun then picks none out)."""
    site = analysis.event.site
    # (with the words before it: "the first raid" is not the second, "the drone strike" not the rocket strike)
    kinds = [{stem(w) for w in re.findall(r"[a-z0-9]+", m.group("words").lower())}
             for m in _CLAIM_INCIDENT.finditer(analysis.claim)]
    if not site or not kinds:
        return []
    found = []
    for c, r in zip(candidates, results, strict=True):
        f = c.facts.event
        # (a day the passage states, or its weekday: not one read off its article or its other sentences)
        if r.event is None or not f.dated or f.basis not in ("stated", "weekday") or f.start is None:
            continue
        if not (same_place(site, f.place) if f.place else _names_site(site, c.passage.text)):
            continue
        words = {stem(w) for w in re.findall(r"[a-z0-9]+", c.passage.text.lower())}
        if not any(kind <= words for kind in kinds):
            continue
        found.append((f, r))
    # (…told in two articles at least: one that names the incident while reporting what came after it, "put out the
    # fire … nine days after it began", "a year since the fire", dates that, not the incident)
    articles = {c.article.id for c, r in zip(candidates, results, strict=True) if any(r is q for _, q in found)}
    if len(articles) < 2 or any(_distinct(a, b) for a, _ in found for b, _ in found):
        return []
    return found


# "the landslides *that trapped the bus*", "the fire which destroyed the depot": a clause after the noun of an
# incident that picks it out by what it did
_DEED_CLAUSE = re.compile(r"\b(?:" + RANKED_KINDS + r")(?:e?s)?\s+(?:that|which)\s+(?P<deed>[^,;.]{3,80})",
                          re.IGNORECASE)


def _incident_by_deed(analysis: ClaimAnalysis, candidates: list[Candidate],
                      results: list[StanceResult]) -> list[tuple[EventFacts, StanceResult]]:
    """The passages that tell what the clause after the claim's incident says it did ("About 4,000 cubic metres came
    down in the landslides *that trapped the bus*": "A passenger bus was trapped … on Monday afternoon after two
    landslides came down"), each with a day of its own, when they all report one incident: the deed picks that one
    out of a series at one place (the slide of March, that trapped nobody, is another). At least two words of the
    deed besides numbers; all of them in the passage."""
    found_clause = _DEED_CLAUSE.search(analysis.claim)
    if found_clause is None:
        return []
    deed = {CANONICAL.get(w, w) for w in _word_stems(found_clause.group("deed"))} - _NUMBER_WORD_STEMS
    if len(deed) < 2:
        return []
    found = []
    for c, r in zip(candidates, results, strict=True):
        f = c.facts.event if c.facts is not None else NO_EVENT
        if r.event is None or not f.dated or f.basis not in ("stated", "weekday") or f.start is None:
            continue
        if deed <= {CANONICAL.get(w, w) for w in _word_stems(c.passage.text)}:
            found.append((f, r))
    # (the deed was done once: the earliest day a passage gives it is its day, the later ones report what came after,
    # "The road reopened on Thursday, 24 days after two landslides trapped a bus")
    first = min(found, key=lambda x: x[0].start or date.max, default=None)
    found = [(f, r) for f, r in found if first is not None and not _distinct(f, first[0])]
    if not found or any(_distinct(a, b) for a, _ in found for b, _ in found):
        return []
    return found


_NUMBER_WORD_STEMS = frozenset(stem(w) for w in WORD_VALUES)


def _word_stems(text: str) -> set[str]:
    """The stems of a text's words other than stopwords and numbers."""
    return {stem(w) for w in re.findall(r"[a-z][a-z'-]+", text.lower()) if w not in STOPWORDS}


def _quotes_only(result: StanceResult) -> bool:
    """Whether a passage quotes the claim's words and disagrees with it on nothing of an incident (a
    platform or a speaker may differ): the statement itself, not a slogan repeated at another attack."""
    return any(x.type == "quote_match" for x in result.reasons) and not any(
        x.type in ("quantity_mismatch", "date_mismatch", "entity_mismatch", "negation", "role_mismatch")
        for x in result.reasons)


def _weekday_by_name(analysis: ClaimAnalysis, candidates: list[Candidate],
                     results: list[StanceResult]) -> list[StanceResult]:
    """"… in the Monday attack claimed by The Revolutionaries": a claim that gives its incident only a
    weekday (or no time at all) and picks it out by a name or by an amount in a clause that
    identifies it ("the attack that injured at least five"). When some article reports an incident of that weekday
    naming it, a passage of another article that does not name it may report another incident of
    the same weekday (a base is attacked on many Mondays): its event is undetermined, and it
    counts less (UNDETERMINED_WEIGHT), however well its day fits."""
    identifying = _identifying_amounts(analysis)
    anchors: list[tuple[EventFacts, StanceResult]] = []
    if identifying:
        # "in the Monday attack that left at least five US service members injured": the amount
        # that identifies the incident picks it out, in the articles whose passages match it
        anchors = [(c.facts.event, r) for c, r in zip(candidates, results, strict=True)
                   if r.event is not None and any(x.type == "quantity_match" and x.claim_text in identifying
                                                  for x in r.reasons)]
        named_articles = {c.article.id for c, r in zip(candidates, results, strict=True)
                          if any(x.type == "quantity_match" and x.claim_text in identifying for x in r.reasons)}
    if not anchors and names_claimant(analysis.claim):
        # (an identifying amount no passage states leaves the claimant to pick the incident out)
        identifying = set()
        anchors = _named_incidents(analysis, candidates, results)
        names = _incident_names(analysis)
        named_articles = {c.article.id for c in candidates if _holds_name(names, c.passage.text)}
    elif not identifying:
        return results  # only a claimant, a doer or an identifying amount picks out one of a weekday's incidents
    if not anchors:
        return results
    picked, stated = (f"“{', '.join(sorted(identifying))}” picks out", "state it") if identifying \
        else ("its names pick out", "name them")
    # (a passage dated to the day an anchor is dated, at its site, reports that incident, unless it names
    # who claimed or carried out its own: "in a separate attack claimed by the Red Hand")
    days = {(a.event.date, a.event.place) for _, a in anchors if a.event is not None and a.event.date}
    out = []
    for c, r in zip(candidates, results, strict=True):
        if r.event is not None and r.event.date and not c.facts.readings.names_claimant and any(
                d == r.event.date and (not place or not r.event.place or same_place(place, r.event.place))
                for d, place in days):
            out.append(r)
            continue
        if r.stance in ("corroborating", "conflicting") and r.weight >= 1 and c.article.id not in named_articles \
                and not any(x.type == "event_undetermined" for x in r.reasons):
            labels = "; ".join(dict.fromkeys(a.event.label for _, a in anchors if a.event is not None))
            why = Reason("event_undetermined", "", r.event.label if r.event else "",
                         f"the claim's incident is the one {picked} ({labels}); this passage's "
                         f"article does not {stated}")
            r = replace(r, weight=UNDETERMINED_WEIGHT, reasons=(*r.reasons, why))
        out.append(r)
    return out


def _identifying_amounts(analysis: ClaimAnalysis) -> set[str]:
    """The claim's amounts that lie in a clause identifying its incident, as written."""
    return {q.span.text for q in in_identifying_clauses(analysis.claim, analysis.quantities)}


def _named_incidents(analysis: ClaimAnalysis, candidates: list[Candidate],
                     results: list[StanceResult]) -> list[tuple[EventFacts, StanceResult]]:
    """The incidents of passages that name what the claim names besides its site, places and
    credited sources ("the attack claimed by The Revolutionaries")."""
    names = _incident_names(analysis)
    described = _description(analysis.claim)
    if not names and described is None:
        return []
    found = []
    claim = analysis.event
    # (named as where it was said, "claimed on Telegram"; not "Sabereen, a Telegram channel")
    platforms = {p.name for p in find_platforms(analysis.claim)
                 if re.match(r"(?i:on|via|in|through|across|at)\b", p.text)}
    for c, r in zip(candidates, results, strict=True):
        f = c.facts.event
        if r.event is None or (f.start is None and f.weekday is None):
            continue
        if claim.site and f.place and not same_place(claim.site, f.place):
            continue
        # "the barrage that the Islamic Resistance in Iraq claimed on Telegram": the platform the claim
        # names is what picks out its incident (the group claimed other attacks, elsewhere)
        if platforms and not platforms & {p.name for p in c.facts.readings.platforms}:
            continue
        # (a superlative picks out one incident of those its names may hold: "the Ain al-Asad attack billed
        # as the strongest since the escalation")
        if _describes(described, c) if described is not None else _holds_name(names, c.passage.text):
            found.append((f, r))
    return found


def separate_incident(analysis: ClaimAnalysis, candidate: Candidate, match: EventMatch) -> EventMatch:
    """"A separate fire near the town of Halvik forced 150 people from their homes": a passage that says it
    reports a separate incident is of another event than the claim's when it names none of the claim's
    names (its credited sources aside)."""
    if match.relation == "other" or candidate.facts is None or not candidate.facts.readings.separate:
        return match
    credited = [c.source for c in analysis.credits]
    names = [e.text for e in analysis.entities if not any(same_source(e.text, s) for s in credited)]
    text = candidate.passage.text.casefold()
    if not names or any(name.casefold() in text for name in names):
        return match
    return EventMatch(match.event, "other", "the passage reports a separate incident and names none of the claim's "
                                            "names")


# "the attack billed as the strongest since the escalation": a superlative that picks out one incident
_SUPERLATIVE_SINCE = re.compile(r"\b(?P<most>strongest|largest|biggest|deadliest|heaviest|worst|fiercest|bloodiest"
                                r"|most\s+\w+)\b(?:\s+[\w'’-]+){0,4}?\s+since\s+(?:the\s+|its\s+|their\s+)?"
                                r"(?P<since>[\w'’-]+)", re.IGNORECASE)


def _description(claim: str) -> tuple[str, str] | None:
    """The superlative and what it is counted since, of an incident the claim describes so."""
    m = _SUPERLATIVE_SINCE.search(claim)
    return None if m is None else (m.group("most").lower(), stem(m.group("since").lower()))


def _describes(described: tuple[str, str], candidate: Candidate) -> bool:
    """Whether a passage (or the sentence before it) describes its incident by the claim's superlative."""
    text = f"{candidate.passage.context.previous or ''} {candidate.passage.text}"
    return any(m.group("most").lower() == described[0] and stem(m.group("since").lower()) == described[1]
               for m in _SUPERLATIVE_SINCE.finditer(text))


def _holds_name(names: list[Entity], text: str) -> bool:
    folded = fold(text)
    return any(fuzz.partial_ratio(place_key(n), folded, score_cutoff=90) for e in names for n in (e.text, *e.variants))


def _incident_names(analysis: ClaimAnalysis) -> list[Entity]:
    """What the claim names besides its site, places, credited sources and counted things."""
    claim = analysis.event
    credited = [c.source for c in analysis.credits]
    return [e for e in analysis.entities
             if not (claim.site and same_place(e.text, claim.site)) and gazetteer_entry(e.text) is None
             and demonym_country(e.text.split()[0]) is None
             and not any(same_place(e.text, c) for c in credited) and len(place_key(e.text)) >= 4
             # "four Katyusha rockets": a name within an amount is what was counted, not who did it
             and not any(e.text in q.span.text for q in analysis.quantities)]


def _within(a: EventFacts, span: EventFacts) -> bool:
    """Whether a dated incident (not of its article's publication) falls within another's days."""
    return a.basis != "published" and a.dated and a.start is not None and a.end is not None \
        and span.start is not None and span.end is not None and span.start <= a.start and a.end <= span.end


def _distinct(a: EventFacts, b: EventFacts) -> bool:
    """Two incidents that cannot be one: other days, or other weekdays."""
    if a.dated and b.dated and a.start is not None and b.start is not None and a.end is not None \
            and b.end is not None and a.basis != "published" and b.basis != "published":
        return a.end < b.start - timedelta(days=DATE_SLACK_DAYS) or b.end < a.start - timedelta(days=DATE_SLACK_DAYS)
    # (an undated report is of the days before its article: an incident dated long before them, or after
    # the article, is another)
    for reported, other in ((a, b), (b, a)):
        if reported.basis == "published" and other.basis != "published" and reported.dated and other.dated \
                and None not in (reported.start, reported.end, other.start, other.end):
            return other.end < reported.start - timedelta(days=DATE_SLACK_DAYS) or other.start > reported.end
    # (a month and day without a year, against days that do not hold them, or another month)
    for yearless, other in ((a, b), (b, a)):
        if yearless.month_day is not None and not yearless.dated:
            if other.dated and other.start is not None and other.end is not None and other.basis != "published":
                return _relate_yearless(yearless, None, other.start, other.end, "").relation == "other"
            if other.month_day is not None and not other.dated:
                return other.month_day[0] != yearless.month_day[0]
    return a.weekday is not None and b.weekday is not None and a.weekday != b.weekday
