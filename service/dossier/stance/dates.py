"""Stance rules on when: the claim's days against the passage's, and a pool's restating passages of
another day or another region (a misdated or misplaced incident)."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import replace
from datetime import date

from service.dossier.event_match import WEEKDAY_NAMES, EventRef, _holds_name, _incident_names
from service.dossier.model import Candidate, ClaimAnalysis, Reason, StanceResult
from service.dossier.stance.amounts import attack_by_other_arms
from service.dossier.stance.terms import (
    _DATE_WORDS,
    INCIDENT_KINDS,
    PREDICATE_MIN_COVERAGE,
    RESTATES,
    WHERE_PREPOSITIONS,
    ClaimTerms,
    _names_stated,
    claim_terms,
    predicate_coverage,
    reading,
    sentence_readings,
)
from service.dossier.stance_model import content_stems
from service.memo import memo
from service.text.clauses import verb_of_day
from service.text.dates import date_of_words, falls_on, is_plan, parse_published, stated_within
from service.text.extract import MONTHS, WORD_VALUES, find_dates
from service.text.facts import PassageFacts
from service.text.places import demonym_country, same_place
from service.text.quotes import quoted_terms
from service.text.units import measure
from service.tokens import stem

# A passage of another day that restates this much of the claim reports the claim's incident
# misdated, when no passage of the claim's own day takes a stance on it.
MISDATED_COVERAGE = 0.75


def _misdated(analysis: ClaimAnalysis, candidates: list[Candidate],
              results: list[StanceResult]) -> list[StanceResult]:
    """"… shot down a drone on Saturday" when the archive reports it downed on Thursday and on no
    other day: the passages that restate the claim at another time of the same place conflict
    (date_mismatch), instead of being set aside as another event — unless the archive reports an
    incident at that place on the claim's day too (then the claim's detail is another incident's). Of an act the
    claim dates to one day, only passages that state a day of their own count as taking a stance, and once the act
    is found misdated, a passage that states no day no longer confirms it (_dated)."""
    claim = analysis.event
    if claim.ranked:
        return results  # (a claim that states no day of its own, only the incident's rank, cannot be misdated)
    said = claim.interval[2] if claim.interval else claim.partial_text
    if not said and claim.weekday is not None:
        said = WEEKDAY_NAMES[claim.weekday]
    elif claim.interval is None and claim.weekday is not None and claim.day is None:
        said = f"a {WEEKDAY_NAMES[claim.weekday]} in {said}"  # "in May … on a Friday"
    # (of an act the claim dates to one day, only a passage that dates what it says knows the day: "Police said they
    # were not treating the Fennick leak as suspicious" takes a stance on "Gas leaked near Fennick on Saturday, March
    # 23", not on its day)
    one_day = not claim.incident and (claim.weekday is not None or claim.day is not None or (
        claim.interval is not None and claim.interval[0] == claim.interval[1]))
    # (not a state the claim denies as of a day: "As of July 15, the ministry had not reported any heat deaths" is
    # not contradicted by the deaths it reported on July 19)
    terms = claim_terms(analysis)
    acted = one_day and not terms.negated
    if not said or any(r.stance in ("corroborating", "conflicting") and r.weight >= 1
                       and (not acted or _dated(r)) for r in results):
        return results  # a passage of a known event takes a stance (an undetermined one knows no day)
    # places the archive reports an incident at on the claim's own day: a restating passage of
    # another day at one of them reports another incident there (a recycled detail), not this one misdated
    # (dated to it, or known by the claim's weekday only — "claimed … on Wednesday afternoon" — when it
    # names what the claim names its incident by: "the Wednesday attack claimed by The Revolutionaries"
    # is not the Wednesday attack of an article that does not name them, nor is a Saturday fair on a
    # bridge the claim's Saturday blockade)
    names = _incident_names(analysis)
    # (an incident of the claim's kind, when it names one: a warning lowered at the resort on the claim's Monday is no
    # avalanche there that day)
    kinds = _claim_kinds(analysis.claim)
    # (of an act the claim dates to one day, not an incident, only a passage that restates the act: a shooting at the
    # border post on the claim's Friday is no report released there that day)
    that_day = [r.event.place for c, r in zip(candidates, results, strict=True) if r.event is not None
                and r.event.place and (not kinds or _reports_kind(c.passage.text, kinds))
                and (not one_day or _restates_incident(analysis, terms, c, r))
                and (any(x.type == "date_match" for x in r.reasons) or (
                    r.event.date is None and claim.interval is None and _same_day(analysis, r.event)
                    and bool(names) and _holds_name(names, c.passage.text)))]
    # (of an act the claim dates to one day, not an incident — "the plant resumed operations on Sunday, March 10"
    # — a passage restating it on another day is set aside as related: it too is the claim's, misdated)
    # (or a day of the claim's month without a year: "against the regime on October 7" for the claim's October 8,
    # 2023; another month without a year is another event)
    months = {claim.interval[0].month, claim.interval[1].month} if claim.interval else {claim.month} - {None}
    restating = [r.event is not None and (r.event.date is not None or r.event.weekday is not None
                                          or (c.facts is not None and c.facts.event.month_day is not None
                                              and c.facts.event.month_day[1] is not None
                                              and c.facts.event.month_day[0] in months))
                 and (r.stance == "other_event" or (one_day and r.stance == "related" and any(
                     x.type == "different_event" for x in r.reasons)))
                 and (claim.site is None or r.event.place is None
                      or same_place(claim.site, r.event.place)
                      # (a passage naming the claim's site among the places it reports: "the Falkenrinne slope at
                      # Grauwand")
                      or claim.site.casefold() in c.passage.text.casefold())
                 and _restates_incident(analysis, terms, c, r)
                 for c, r in zip(candidates, results, strict=True)]
    if claim.month is not None and claim.weekday is not None:
        # "in May … on a Friday": of the claim's month, a passage of another weekday is the claim's misdated; one of
        # another month is another event (the month picks the incident out, the weekday is what the claim says)
        # (when the archive reports the claim's incident in its month at all: else the month may be what is wrong)
        in_month = [ok and r.event is not None and _in_month(r.event.date, claim.month)
                    for r, ok in zip(results, restating, strict=True)]
        if any(in_month):
            restating = in_month
    same_day = [ok and r.event is not None and _same_day(analysis, r.event)
                for r, ok in zip(results, restating, strict=True)]
    if any(same_day):
        # restated on the claim's own day (set aside for its place): not misdated (_misplaced) — unless only
        # passages of another day hold what the claim picks its incident out by ("the Telegram-claimed
        # attack, 160 km west of Baghdad, happened on a Saturday": the base was attacked on a Saturday too,
        # but that is another attack)
        holding = [ok and _holds_detail(analysis, terms, c, r)
                   for c, r, ok in zip(candidates, results, restating, strict=True)]
        if any(h and d for h, d in zip(holding, same_day, strict=True)) or not any(
                h and not d for h, d in zip(holding, same_day, strict=True)):
            return results
        restating = [ok and not d for ok, d in zip(restating, same_day, strict=True)]
    # (of an incident the claim places at a site, the passages that name that site, when some do: "the drone
    # attack on the base at Al-Malikiyah" is not every drone attack of the week)
    # (or that speak of "the base" their article names: "Drones attacked the base near Lindau again on Friday")
    at_site = [ok and claim.site is not None and r.event is not None and (
        r.event.place is not None or sentence_readings(c).one_site)
               for c, r, ok in zip(candidates, results, restating, strict=True)]
    if any(at_site):
        restating = at_site
    # one incident restated on one other day is the claim's, misdated; of several ("Ain al-Asad was
    # attacked by Hamas in 2021", a base attacked many times), only one holding the claim's own detail
    # (a day stated without a year is the dated day of the same month and day: "on October 7" and "on October 7, 2023")
    dated_days = {r.event.date[5:10] for r, ok in zip(results, restating, strict=True)
                  if ok and r.event and r.event.date and "/" not in r.event.date}
    days = {(r.event.date, r.event.weekday) for c, r, ok in zip(candidates, results, restating, strict=True)
            if ok and r.event and not (r.event.date is None and c.facts is not None and c.facts.event.month_day
                                       and c.facts.event.month_day[1] is not None
                                       and f"{c.facts.event.month_day[0]:02d}-{c.facts.event.month_day[1]:02d}"
                                       in dated_days)}
    out = []
    misdated = False
    for candidate, result, ok in zip(candidates, results, restating, strict=True):
        ref = result.event
        if ref is not None and ref.place and any(same_place(ref.place, place) for place in that_day):
            out.append(result)
            continue
        if ref is not None and ok and (len(days) == 1 or _holds_detail(analysis, terms, candidate, result)):
            when = ref.date or (f"{candidate.facts.event.when} (no year)" if candidate.facts is not None
                                and candidate.facts.event.month_day is not None and ref.weekday is None
                                else f"a {WEEKDAY_NAMES[ref.weekday or 0]}")
            why = Reason("date_mismatch", said, ref.label, f"the passage reports it on {when}; the claim says {said}")
            reasons = tuple(r for r in result.reasons if r.type not in ("different_event", "other_event_match"))
            result = replace(result, stance="conflicting", score=0.6, reasons=(*reasons, why))
            misdated = True
        out.append(result)
    if misdated and acted:
        # …and a passage that states no day cannot confirm the day the passages that date the act contradict
        out = [replace(r, stance="related", reasons=(*r.reasons, Reason(
            "event_undetermined", said, "", f"the passage states no day for it; the passages that date it say "
                                            f"another day than {said}"))) if r.stance == "corroborating"
               and not _dated(r) else r for r in out]
    return out


def _in_month(when: str | None, month: int) -> bool:
    """Whether an event's day (an ISO date, or the first of an interval) falls in `month`."""
    return when is not None and len(when) >= 7 and when[5:7].isdigit() and int(when[5:7]) == month


def _dated(result: StanceResult) -> bool:
    """Whether a passage states a day for what it reports: its event is one day or a weekday that the passage
    states itself (not its article's publication, not a month: "last month's freight collision")."""
    ref = result.event
    return ref is not None and ref.basis in ("stated", "weekday") and (
        (ref.date is not None and "/" not in ref.date) or (ref.date is None and ref.weekday is not None))


def _same_day(analysis: ClaimAnalysis, ref: EventRef) -> bool:
    """Whether a passage's event falls on the claim's own day (it is set aside for another reason:
    another country, another site), so that it is no misdated report of the claim's incident."""
    claim = analysis.event
    if claim.weekday is not None and ref.weekday is not None:
        return claim.weekday == ref.weekday
    if claim.interval is not None and ref.date and "/" not in ref.date:
        return claim.interval[0].isoformat() <= ref.date <= claim.interval[1].isoformat()
    if claim.interval is None and claim.month is not None and claim.day is not None and ref.date \
            and "/" not in ref.date:
        # ("after the March 10 shooting", no year: a passage of March 10 is of the claim's day)
        return (int(ref.date[5:7]), int(ref.date[8:10])) == (claim.month, claim.day)
    return False


_INCIDENT_DETAILS = ("quantity_match", "negation_match", "quote_match", "role_match")


def _restates_incident(analysis: ClaimAnalysis, terms: ClaimTerms, candidate: Candidate,
                       result: StanceResult) -> bool:
    """Whether a passage restates the claim's incident: most of its predicate (MISDATED_COVERAGE),
    or much of it (RESTATES) with one of its details ("no direct order from Iran": both deny it), or,
    for a claim timed only by a weekday, half of it with every name (two or more) it gives the
    incident besides its places, credits and nationalities ("shot down the American MQ-9 drone over
    Diyala" / "downed an American 'MQ9' drone in the Diyala province")."""
    # (where, said with a preposition, is the place rules' to compare: "seized near Sorrel Island" / "nine nautical
    # miles northwest of Sorrel Island")
    # (not a passage that names its attack by other arms: "the drone attack on the depot" restates no rockets fired)
    if attack_by_other_arms(analysis.claim, reading(candidate)) is not None:
        return False
    if WHERE_PREPOSITIONS & terms.predicate_weights.keys():
        terms = terms._replace(predicate_weights={s: w for s, w in terms.predicate_weights.items()
                                                  if s not in WHERE_PREPOSITIONS})
    coverage = predicate_coverage(terms, reading(candidate), candidate.passage.context.previous)
    if coverage >= MISDATED_COVERAGE:
        return True
    if coverage >= RESTATES and any(r.type in _INCIDENT_DETAILS for r in result.reasons):
        return True
    # (or half of it, naming the incident as the claim picks it out: its kind, every name of the claim and its rank
    # among incidents of that kind — "The second avalanche hit the Falkenrinne slope on Monday, March 10" / "A second,
    # smaller avalanche came down the Falkenrinne slope at Grauwand on Tuesday")
    if coverage >= PREDICATE_MIN_COVERAGE and _names_incident(analysis, terms, candidate):
        return True
    # (for a claim that gives only a weekday, with every such name held, half the predicate: "its
    # fighters shot down" / "downed")
    if analysis.event.weekday is None or analysis.event.interval is not None or analysis.event.month is not None:
        return False
    # (a place the passage puts it in too counts as one of those names: "over Diyala" / "in the Diyala province")
    besides = _not_incident_names(analysis, terms) - {
        s for r in result.reasons if r.type in ("place_match", "entity_match") for s in content_stems(r.claim_text)}
    return coverage >= PREDICATE_MIN_COVERAGE and len(set(terms.name_weights) - besides) >= 2 and _names_stated(
        terms, reading(candidate), candidate.passage.context.previous, frozenset(besides)) >= 1.0


# (the kinds of incident a claim names its own by, with more than those a passage's "the attack" refers back to)
_KIND = re.compile(r"\b(?:" + INCIDENT_KINDS + r"|collision|breakout|escape|robbery|hijacking|seizure|eruption"
                   r"|stampede|sinking|capsizing|outbreak)s?\b", re.IGNORECASE)
_RANK_WORD = re.compile(r"\b(?:first|second|third|fourth|fifth|latest|earlier|later|previous)\b", re.IGNORECASE)


# a kind of incident named as another day's or as what something else follows ("over Saturday's avalanche", "since
# the blast")
_OTHER_DAYS = re.compile(r"(?:(?:day|week|month|year|night)['’]s\s+(?:[a-z-]+\s+)?|\b(?:since|after|over|following|"
                         r"before|into)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[A-Za-z]+['’]s\s+)?(?:[a-z-]+\s+)?)$",
                         re.IGNORECASE)


@memo(1024)  # a claim's own reading, asked again for every passage of its pool
def _claim_kinds(claim: str) -> frozenset[str]:
    """The kinds of incident a claim names ("avalanche", "raid"), lower-cased."""
    return frozenset(k.lower() for k in _KIND.findall(claim))


def _reports_kind(text: str, kinds: AbstractSet[str]) -> bool:
    """Whether a sentence names an incident of one of these kinds as one it reports, not another day's."""
    return any(not _OTHER_DAYS.search(text, max(0, m.start() - 40), m.start())
               for k in kinds for m in re.finditer(r"\b" + re.escape(k), text, re.IGNORECASE))


def _names_incident(analysis: ClaimAnalysis, terms: ClaimTerms, candidate: Candidate) -> bool:
    """Whether a passage names the claim's incident as the claim picks it out: the kind the claim names it by
    ("avalanche", "raid", "collision"), every name of the claim (not its dates), and the word that tells it from
    others of its kind ("second", "first") when the claim has one."""
    kinds = _claim_kinds(analysis.claim)
    text = reading(candidate)
    if not kinds or not any(re.search(r"\b" + re.escape(k) + r"s?\b", text, re.IGNORECASE) for k in kinds):
        return False
    if not set(terms.name_weights) - set(_DATE_WORDS) or _names_stated(
            terms, text, candidate.passage.context.previous, frozenset(_DATE_WORDS)) < 1.0:
        return False
    ranks = {w.lower() for w in _RANK_WORD.findall(analysis.claim)}
    return ranks <= {w.lower() for w in _RANK_WORD.findall(text)}


def _holds_detail(analysis: ClaimAnalysis, terms: ClaimTerms, candidate: Candidate, result: StanceResult) -> bool:
    """Whether a restating passage holds the claim's own incident, not one of its kind: a matching
    amount, or a name of the claim's besides its places ("Ain al-Asad was attacked by Hamas" is not
    every attack on the base, misdated)."""
    # (a distance says where the site is, not which incident there: "the port, 80 km south of Brena")
    distances = {q.span.text for q in analysis.quantities if (measure(q.unit) or ("",))[0] == "[length]"}
    if any(r.type == "quantity_match" and r.claim_text not in distances for r in result.reasons):
        return True
    places = _not_incident_names(analysis, terms, nationalities=False)
    if not set(terms.name_weights) - places:
        # (who the claim credits, when it names nothing else: "the strike the Pentagon said US forces
        # carried out" is the one the Pentagon announced)
        places = _not_incident_names(analysis, terms, nationalities=False, credits=False)
    if not set(terms.name_weights) - places:
        return False
    # (most of them: "US forces" alone is not "the American MQ-9 drone over Diyala"; and one of them
    # besides a nationality, when the claim names one: "the U.S. Al-Malikiyah base" is not the MQ-9)
    previous = candidate.passage.context.previous
    unspecific = _not_incident_names(analysis, terms) - places  # nationalities, credits
    if set(terms.name_weights) - places - unspecific and _names_stated(
            terms, reading(candidate), previous, frozenset(places | unspecific)) == 0:
        return False
    return _names_stated(terms, reading(candidate), previous, frozenset(places)) >= 0.5


def _not_incident_names(analysis: ClaimAnalysis, terms: ClaimTerms, nationalities: bool = True,
                        credits: bool = True) -> set[str]:
    """The stems of the claim's names that do not tell its incident from others of its kind: its
    places and site, who it credits ("the Iraqi Resistance said its fighters shot down …" is not every
    attack the group announced) and nationalities ("the American drone": every US drone is American)."""
    region = analysis.event.region
    places = {s for loc in analysis.locations for s in content_stems(loc.place)}
    places |= set(content_stems(region[1])) if region else set()
    places |= set(terms.site)
    if credits:
        places |= {s for c in analysis.credits for s in content_stems(c.source)}
    if nationalities:
        places |= {s for s in terms.name_weights if demonym_country(terms.keywords.get(s) or s.upper()) is not None}
    return places


def _misplaced(analysis: ClaimAnalysis, candidates: list[Candidate],
               results: list[StanceResult]) -> list[StanceResult]:
    """"… downed a drone over Nineveh province" when the archive reports that drone downed in
    Diyala province and no incident of the kind in Nineveh: the passages that restate much of the claim
    (RESTATES) with its own detail in another province, district or city conflict (entity_mismatch), instead
    of being set aside as another event. A passage that restates it in the claim's own region
    means the archive knows that incident: the others stay other events, as they do when a passage
    of a known event takes a stance (one whose event is undetermined does not know where it was)."""
    region = analysis.event.region
    if region is None or any(r.stance in ("corroborating", "conflicting") and r.weight >= 1 for r in results):
        return results
    level, name = region
    terms = claim_terms(analysis)
    # (or much of it, RESTATES, where it holds the claim's own detail, checked below: "the Pentagon said its
    # 'defensive' strike on fighters preparing attack drones was carried out in Anbar")
    coverages = [predicate_coverage(terms, reading(c), c.passage.context.previous) for c in candidates]
    restating = [_restates_placed(analysis, coverage, c, r)
                 for coverage, c, r in zip(coverages, candidates, results, strict=True)]
    if any(ok and c.facts is not None and c.facts.event.region is not None
           and same_place(c.facts.event.region[1], name) for c, ok in zip(candidates, restating, strict=True)):
        return results
    out = []
    for candidate, result, restates in zip(candidates, results, restating, strict=True):
        there = candidate.facts.event.region if candidate.facts is not None else None
        if restates and result.stance == "other_event" \
                and _holds_detail(analysis, terms, candidate, result) \
                and there is not None and there[0] == level and not same_place(there[1], name) \
                and not any(r.type == "date_mismatch" for r in result.reasons) \
                and (analysis.event.interval is None or any(r.type == "date_match" for r in result.reasons)):
            why = Reason("entity_mismatch", name, there[1],
                         f"claim says {name} ({level}), passage says {there[1]} ({level})")
            reasons = tuple(r for r in result.reasons if r.type not in ("different_event", "other_event_match")
                            and not (r.type == "entity_mismatch" and r.claim_text == name))
            result = replace(result, stance="conflicting", score=0.6, reasons=(*reasons, why))
        out.append(result)
    return out


_MONTH_DAY = re.compile(r"^(?:[A-Za-z]+,?\s+)?(?P<month>[A-Z][a-z]+)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?$"
                        r"|^(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>[A-Z][a-z]+)$")


_OTHER_TIME = re.compile(r"\b(?:first|originally|initially|previously|earlier|proposed|introduced|announced|since|until"
                         r"|from|by|before|after)\b[^,.;]*$", re.I)


def _restates_placed(analysis: ClaimAnalysis, coverage: float, candidate: Candidate, result: StanceResult) -> bool:
    """Whether a passage restates the claim's placed incident: most of its predicate (MISDATED_COVERAGE),
    or much of it (RESTATES) with the claim's quoted words or its count ("its 'defensive' strike" — who
    announced it does not tell one raid of a ministry's from another)."""
    return coverage >= MISDATED_COVERAGE or (coverage >= RESTATES and (
        any(r.type == "quantity_match" for r in result.reasons) or _quoted_stated(analysis.claim, reading(candidate))))


def _quoted_stated(claim: str, text: str) -> bool:
    """Whether the claim quotes words ("its 'defensive' strike") and the passage holds every one of them."""
    quoted = quoted_terms(claim)
    return bool(quoted) and all(re.search(r"\b" + re.escape(q) + r"\b", text, re.IGNORECASE) for q in quoted)


def _month_days(analysis: ClaimAnalysis, text: str, specific: bool) -> list[Reason]:
    """A claim's month and day against those a passage with no year to place them in states ("on
    November 2" in an undated article): the same day matches; another, in a passage that holds the
    claim's own detail (`specific`), is a date_mismatch."""
    claim = analysis.event
    if claim.month is None or claim.day is None:
        return []
    days = []
    for mention in find_dates(text, None):
        m = _MONTH_DAY.match(mention.span.text)
        if m is None or mention.start is not None or _OTHER_TIME.search(text[max(0, mention.span.start - 30):
                                                                               mention.span.start]):
            continue  # "first proposed on January 15": the day of something else
        month = MONTHS.get((m.group("month") or m.group("month2") or "").lower())
        if month is not None:
            days.append(((month, int(m.group("day") or m.group("day2"))), mention.span.text))
    if not days:
        return []
    same = next((said for day, said in days if day == (claim.month, claim.day)), None)
    if same is not None:
        return [Reason("date_match", claim.partial_text, same, f"both date it to {same}")]
    if specific:
        said = days[0][1]
        return [Reason("date_mismatch", claim.partial_text, said,
                       f"claim dates it {claim.partial_text}, passage {said}")]
    return []


# a month a passage names, alone or with its day or year ("in January", "on January 5", "5 January 2025"; "May"
# only after a preposition or before a day, being also a verb)
_MONTH_WORD = r"(?:January|February|March|April|June|July|August|September|October|November|December)"
_MONTH_NAMED = re.compile(r"\b(?:" + _MONTH_WORD + r"|(?:(?<=\bin\s)|(?<=\bon\s)|(?<=\bof\s)|(?<=\bby\s)"
                          r"|(?<=\bsince\s))May|May(?=\s+\d))\b")


_ANOTHER_TIME = re.compile(r"\b(?:after|since|before|until|following|published|released|issued|report|study|survey"
                           r"|earlier|previously|first|originally)\b[^,.;]*$", re.I)


def _months(analysis: ClaimAnalysis, text: str, specific: bool) -> list[Reason]:
    """A claim dated by its month alone ("expelled from the union in February") against the months a
    passage that restates it names: the same month matches; a passage naming one other month only, and
    restating the claim (`specific`), dates it otherwise (date_mismatch)."""
    claim = analysis.event
    if claim.month is None or claim.day is not None:
        return []
    # (not a month of something else the passage dates: "after a report published in January")
    named = {m.group(): MONTHS[m.group().lower()] for m in _MONTH_NAMED.finditer(text)
             if not _ANOTHER_TIME.search(text, max(0, m.start() - 40), m.start())}
    if not named:
        return []
    same = next((word for word, month in named.items() if month == claim.month), None)
    if same is not None:
        return [Reason("date_match", claim.partial_text, same, f"both date it to {same}")]
    if specific and len(set(named.values())) == 1:
        said = next(iter(named))
        return [Reason("date_mismatch", claim.partial_text, said,
                       f"claim dates it {claim.partial_text}, passage {said}")]
    return []


# a plan restated in part ("the final report would be published in November" for "the final report … is due in
# December"): two plans of one thing are rarely worded alike, so less need be restated than of a deed
PLAN_COVERAGE = 0.3


def _planned_months(analysis: ClaimAnalysis, text: str, coverage: float) -> list[Reason]:
    """A claim of what is to happen in a month ("The health agency will publish its full report in September")
    against a passage that plans the same thing for a month of its own ("would publish a full report on the outbreak
    in June"): the same month matches, one other month dates it otherwise (date_mismatch)."""
    claim = analysis.event
    if claim.month is None or coverage < PLAN_COVERAGE or not is_plan(analysis.claim) or not is_plan(text):
        return []
    named = {m.group(): MONTHS[m.group().lower()] for m in _MONTH_NAMED.finditer(text)}
    if len(set(named.values())) != 1:
        return []
    said, month = next(iter(named.items()))
    if month == claim.month:
        return [Reason("date_match", claim.partial_text, said, f"both plan it for {said}")]
    return [Reason("date_mismatch", claim.partial_text, said, f"claim plans it for {claim.partial_text}, passage "
                                                                 f"for {said}")]


def _in_passage_year(analysis: ClaimAnalysis, facts: PassageFacts) -> tuple[date, date, str] | None:
    """A claim's month and day without a year ("on Sunday, October 29") as days of the year of the
    passage's own event, to compare with it; None when either has no such date."""
    claim, event = analysis.event, facts.event
    if claim.month is None or claim.day is None or not event.dated or event.start is None or event.basis == "published":
        return None
    if event.end is not None and (event.end - event.start).days > 31:
        return None  # (a year the passage names holds every day of it: "opened in 1961" says nothing of June 14)
    try:
        day = date(event.start.year, claim.month, claim.day)
    except ValueError:
        return None
    return day, day, claim.partial_text


# the weekday a claim says its event fell on, apart from its date ("… reported on October 31, 2023 took
# place on a Wednesday"; not "was called by the president on a Monday", another deed's day)
_OCCURRED_ON = re.compile(r"\b(?:took\s+place|happened|occurred|was\s+held|were\s+held|fell)\s+on\s+(?:a\s+)?"
                          r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)


def occurred_on(analysis: ClaimAnalysis) -> int | None:
    """The weekday the claim says its event took place on, when it says so apart from its date."""
    return analysis.event.weekday if _OCCURRED_ON.search(analysis.claim) else None


_COUNTED_FROM = re.compile(r"\b(?:after|before|since|following)\b", re.IGNORECASE)
_WEEKDAY_IN = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)


def _dates(claimed: tuple[date, date, str] | None, facts: PassageFacts, specific: bool,
           weekday: int | None = None, text: str = "", published: str | None = None,
           said_of: frozenset[str] = frozenset()) -> list[Reason]:
    """The claim's days against the passage's own event date (events further apart are another
    event: event_match decides that before). `weekday`: one the claim names apart from its date
    ("reported on October 31, 2023, took place on a Wednesday")."""
    event = facts.event
    if claimed is None or not event.dated or event.basis == "published" or event.start is None or event.end is None:
        return []
    start, end, said = claimed
    # (a weekday of the day the claim counts from is not its own: "A day after … on Monday, October 30")
    counted_from = _COUNTED_FROM.search(said)
    named = None if counted_from else _WEEKDAY_IN.search(said)
    if named is None and weekday is not None and start == end and weekday != start.weekday():
        said = f"{said}, a {WEEKDAY_NAMES[weekday]}"
        named = _WEEKDAY_IN.search(said)
    if start == end and named and event.start == event.end == start and event.weekday is not None \
            and WEEKDAY_NAMES.index(named.group().capitalize()) != start.weekday():
        # "on Wednesday, October 23" against "on Monday, October 23": the same day, named otherwise (the
        # passage names its weekday, which its date bears out)
        return [Reason("date_mismatch", said, event.when,
                       f"claim says {said}; the passage's {start:%B} {start.day}, {start.year} is a "
                       f"{WEEKDAY_NAMES[start.weekday()]}")]
    if said.startswith("since ") and not (event.start <= start <= event.end):
        # "director since 2019": a day within the years since says nothing of when it began
        return []
    # (a sentence that states days in two clauses dates the claim's deed by the clause that tells it: "The search
    # resumed on Saturday …, and the body was recovered on Sunday" dates the recovery to Sunday)
    own = date_of_words(text, published, set(said_of)) if text and said_of else None
    if own is not None and own.start is not None and own.end is not None:
        if own.start <= end and start <= own.end:
            return [Reason("date_match", said, own.text, f"both date it to {own.start.isoformat()}")]
        if specific:
            return [Reason("date_mismatch", said, own.text,
                           f"claim dates it {said}, passage {own.text} ({own.start.isoformat()})")]
        return []
    if event.start <= end and start <= event.end:
        if (event.end - event.start).days > (end - start).days + 2:
            # (a span that holds the claim's day only fits it: "this year" does not date it to March 10)
            return []
        return [Reason("date_match", said, event.when, f"both date it to {event.iso()}")]
    # (a passage dated by its first day may go on to state the claim's: "resumed on Saturday …, and the body
    # was recovered on Sunday"; event_match._day_stated)
    stated = stated_within(text, published, start, end) if text else None
    if stated is not None:
        return [Reason("date_match", said, stated.text, f"both date it to {stated.start.isoformat()}"
                       + (f"/{stated.end.isoformat()}" if stated.end != stated.start else ""))]
    if specific:
        return [Reason("date_mismatch", said, event.when,
                       f"claim dates it {said}, passage {event.when} ({event.iso()})")]
    return []


def _weekdays(analysis: ClaimAnalysis, facts: PassageFacts, specific: bool, text: str = "",
              published: str | None = None) -> list[Reason]:
    """A claim dated only by its weekday ("resumed on Friday morning") against the weekday of the
    passage's own event (a weekday it states, or the day its date falls on)."""
    claimed = analysis.event.weekday
    event = facts.event
    if claimed is None or analysis.event.interval is not None or event.basis == "published":
        return []
    day = event.weekday if event.weekday is not None else (
        event.start.weekday() if event.dated and event.start is not None and event.start == event.end else None)
    if day is None:
        return []
    # (the same weekday is no confirmation of what the claim says happened on it: event_match has already
    # said the passage is of that day, and a weekday is shared by every week's)
    # (…nor is another weekday of the passage's first day a discrepancy when it states the claim's as well: "The
    # death toll from Tuesday's collapse rose to eight on Thursday")
    if day != claimed and specific and not any(
            falls_on(m, claimed) for m in (find_dates(text, parse_published(published)) if text else ())):
        return [Reason("date_mismatch", WEEKDAY_NAMES[claimed], event.when,
                       f"claim says {WEEKDAY_NAMES[claimed]}, passage {event.when} (a {WEEKDAY_NAMES[day]})")]
    return []


def weekday_in_span(analysis: ClaimAnalysis, facts: PassageFacts, specific: bool, text: str = "",
                    published: str | None = None) -> list[Reason] | None:
    """A claim dated by a span and a weekday ("opened on a Tuesday in October 2023", "the 2024 flood happened on a
    Monday") against a passage whose own event is one stated day in that span of another weekday: None when it is
    not (the passage's date is compared as any other), else the date_mismatch its day makes, if any — that day
    never confirms the claim's weekday."""
    claimed, interval, event = analysis.event.weekday, analysis.event.interval, facts.event
    if claimed is None or interval is None or interval[0] == interval[1] or not event.dated \
            or event.basis not in ("stated", "weekday") or event.start is None or event.start != event.end \
            or not interval[0] <= event.start <= interval[1]:
        return None
    # (not the weekday of another deed the claim counts from: "after the Monday meeting", "since Friday")
    said = next((d for d in analysis.dates if d.weekday == claimed and d.start is None), None)
    if said is None or _COUNTED_FROM.search(analysis.claim, max(0, said.span.start - 30), said.span.start):
        return None
    mentions = find_dates(text, parse_published(published)) if text else []
    day = next((m for m in mentions if m.start == m.end == event.start), None)
    verb = verb_of_day(text, day.span.start) if day is not None else None
    # a day of another deed is no discrepancy: "the rescue at the flooded colliery ended on Sunday" for "the flood
    # happened on a Monday" (the day's verb must be one of the claim's words: "water flooded a lower section … on
    # Tuesday"), nor the claim's weekday when it is another deed's ("attended the funerals … on Monday")
    deed = verb is not None and stem(verb.lower()) in set(content_stems(analysis.claim))
    if event.start.weekday() == claimed:
        return None if deed or verb is None else []
    # (nor when the passage states the claim's weekday as well: "the collapse on Tuesday … rose on Thursday")
    if any(falls_on(m, claimed) for m in mentions):
        return None
    if not specific or not deed:
        return []
    weekday = WEEKDAY_NAMES[event.start.weekday()]
    return [Reason("date_mismatch", f"a {WEEKDAY_NAMES[claimed]} in {interval[2]}", event.when,
                   f"claim says a {WEEKDAY_NAMES[claimed]} in {interval[2]}; the passage's "
                   f"{event.start:%B} {event.start.day}, {event.start.year} is a {weekday}")]


# "came two days after a Katyusha salvo" / "comes a day after … four Katyusha rockets were launched": a
# span between two events, counted from the same one
_INTERVAL = re.compile(r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+"
                       r"(?P<unit>day|week|month|year)s?\s+(?P<rel>after|before|later|earlier)\b"
                       r"(?P<rest>[^.;]{0,120})", re.IGNORECASE)


def _span_value(word: str) -> int:
    word = word.lower()
    return 1 if word in ("a", "an") else int(word) if word.isdigit() else WORD_VALUES.get(word, -1)


def _intervals(claim: str, text: str) -> list[Reason]:
    """The claim's span between its event and another against the passage's span from the same
    event (one of the words naming it in common, "Katyusha"), in the same unit: another number of days
    misdates one of them."""
    if " after" not in text and " before" not in text and " later" not in text and " earlier" not in text:
        return []
    spans = list(_INTERVAL.finditer(text))
    for c in _INTERVAL.finditer(claim):
        wanted = set(content_stems(c.group("rest"))) - _DATE_WORDS
        # (the same event counted from: a name it is called by — "a Katyusha salvo" / "four Katyusha rockets
        # were launched" — or, without one, every word of it: "wage talks collapsed" is not "announced a
        # fresh round of wage talks")
        names = {s for w in _CAPITALISED.findall(c.group("rest")) for s in content_stems(w)}
        for p in spans:
            if (p.group("unit").lower(), p.group("rel").lower()) != (c.group("unit").lower(), c.group("rel").lower()):
                continue
            words = set(content_stems(p.group("rest")))
            if not wanted or not (names & words if names else wanted <= words):
                continue
            said, stated = _span_value(c.group("n")), _span_value(p.group("n"))
            if said != stated and said >= 0 and stated >= 0:
                return [Reason("date_mismatch", c.group()[:c.end("rel") - c.start()],
                               p.group()[:p.end("rel") - p.start()],
                               f"claim says {said} {c.group('unit').lower()}(s) {c.group('rel').lower()}, "
                               f"passage says {stated}")]
    return []


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")


# parts of a day that cannot be one another ("Tuesday morning" / "Tuesday night")
_DAY_PARTS = {"morning": "morning", "dawn": "morning", "daybreak": "morning", "afternoon": "afternoon",
              "noon": "afternoon", "midday": "afternoon", "evening": "evening", "night": "night",
              "overnight": "night", "midnight": "night", "tonight": "night"}
_DAY_PART = re.compile(r"\b(" + "|".join(_DAY_PARTS) + r")\b", re.IGNORECASE)


def _day_parts(analysis: ClaimAnalysis, facts: PassageFacts) -> list[Reason]:
    """"Attacked once again on Tuesday morning" against "… on Tuesday night": the same day (the event
    matched on it), another part of it. Evening and night are kept apart only from morning and afternoon."""
    said = next((m for d in analysis.dates if (m := _DAY_PART.search(d.span.text))), None)
    stated = _DAY_PART.search(facts.event.when or "")
    if said is None or stated is None:
        return []
    a, b = _DAY_PARTS[said.group().lower()], _DAY_PARTS[stated.group().lower()]
    late = {"evening", "night"}
    if a == b or (a in late and b in late):
        return []
    return [Reason("date_mismatch", said.group(), stated.group(),
                   f"claim says {said.group().lower()}, passage says {stated.group().lower()} of the same day")]
