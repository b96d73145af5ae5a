"""What the sentences of one article state, read together: each passage's event, who it is
credited to (descriptions resolved within the article), the places it locates things in, the
positions it names, the amounts it states, what it negates, whether the next sentence goes
on from it, and the readings of its sentence the dossier's rules ask about (`Readings`).

Read once, at ingest (service.ingest), and stored with each passage (`Passage.facts`, as the
plain JSON of `facts_to_json`); the dossier steps compare a claim with these stored facts. For
passages stored before facts were (a database of an older version), `read_article` is the same
reading done on demand, and `factcheck reindex` stores it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from service.attribution import find_attributions
from service.memo import memo
from service.models import Article, Attribution
from service.text.causes import causes_of
from service.text.dates import parse_published
from service.text.events import (
    EventFacts,
    continues,
    countries_in,
    introduced_target,
    is_beginning,
    names_claimant,
    names_one_site,
    owns_attack,
    read_events,
    site_by_noun,
    tells_another_beginning,
    tells_separate_incident,
)
from service.text.extract import find_dates, find_negations, find_quantities, states_not_yet
from service.text.model import Quantity, Span
from service.text.ordinals import ranks_of
from service.text.places import Location, described_site_placed, locations_of
from service.text.platforms import Platform, find_platforms
from service.text.roles import Role, find_roles
from service.text.sources import Credit, agrees, contrasted_sides, one_clause, resolve_credits, with_people

# Stored with the facts, and raised whenever the reading changes: facts of another version are
# read again on demand, and `factcheck reindex` stores the new reading.
FACTS_VERSION = 123
STORED_PREFIX = f'{{"v":{FACTS_VERSION},'  # how encode_facts' text begins


@dataclass(frozen=True)
class Side:
    """One side of a sentence's contrast ("X said A, while Y said B"): its span, the indexes of the
    credits that open it (among the passage's credits), and whether it agrees with the other side."""

    start: int
    end: int
    credits: tuple[int, ...]
    agrees: bool


@dataclass(frozen=True)
class Readings:
    """What the dossier's rules ask of a sentence besides its facts, read with them."""

    target: str | None = None  # a target it reports attacked and introduces itself ("attacked a supply convoy")
    one_site: bool = False  # it speaks of one site without naming it ("Flooding closed the school")
    sides: tuple[Side, ...] = ()  # "X said A, while Y said B"
    one_clause: bool = True  # one clause, which one credit covers
    platforms: tuple[Platform, ...] = ()  # where it says a statement was published ("on Telegram")
    beginning: bool = False  # it says when something began
    another_beginning: bool = False  # … and marks it a repeat ("resumed", "a second")
    dated: bool = False  # it states a date of its own
    not_yet: bool = False  # "is yet to clear the Senate"
    owns_attack: bool = False  # a group speaks of an attack as its own ("took responsibility")
    names_claimant: bool = False  # "… claimed by the Red Hand"
    countries_in: tuple[str, ...] = ()  # ISO codes of the countries it names after "in" ("… in Syria")
    countries_placed: tuple[str, ...] = ()  # … of those, where it places what it reports (not "fled from")
    separate: bool = False  # "A separate fire near the town of Halvik …"
    causes: tuple[tuple[str, str], ...] = ()  # ("cause", "arson"), ("culprit", "Red Hand"): service.text.causes
    # the ranks it says something holds in a series: (3, "attack", "on base month") for "It was the third attack on the
    # base this month" (service.text.ordinals)
    ranks: tuple[tuple[int, str, str], ...] = ()


def read_sentence(text: str, credits: Sequence[Credit], locations: Sequence[Location]) -> Readings:
    """The readings of one sentence (its credits as resolved in its article, its locations)."""
    return Readings(introduced_target(text), names_one_site(text),
                    tuple(Side(start, end, found, agrees(text[start:end]))
                          for start, end, found in contrasted_sides(text, credits)),
                    one_clause(text), find_platforms(text), (beginning := is_beginning(text)),
                    # (a repeated beginning matters only of a beginning: service.dossier.stance._begun_otherwise)
                    beginning and tells_another_beginning(text),
                    bool(find_dates(text)), states_not_yet(text), owns_attack(text), names_claimant(text),
                    *countries_in(text, locations), tells_separate_incident(text), causes_of(text), ranks_of(text))


@dataclass(frozen=True)
class PassageFacts:
    event: EventFacts
    credits: tuple[Credit, ...]
    locations: tuple[Location, ...]
    roles: tuple[Role, ...]
    continued: bool = False  # the next sentence goes on from this one ("The agency confirmed …")
    # the amounts it states (its dates masked), with the noun counted and the fate near them
    amounts: tuple[Quantity, ...] = ()
    # its negations, each as (cue, the words it governs): ("did not", "result in casualties or damage")
    negations: tuple[tuple[str, str], ...] = ()
    readings: Readings = Readings()


def passage_amounts(text: str, published_at: str | None) -> tuple[Quantity, ...]:
    """The amounts a passage states, its dates masked (dated against its article's publication)."""
    dates = [(m.span.start, m.span.end) for m in find_dates(text, parse_published(published_at))]
    return tuple(find_quantities(text, dates))


def passage_negations(text: str) -> tuple[tuple[str, str], ...]:
    """The negations of a passage as (cue, scope)."""
    return tuple((n.cue.text, n.scope.text) for n in find_negations(text))


def read_article(texts: Sequence[str], attributions: Sequence[Sequence[Attribution]],
                 published_at: str | None) -> tuple[PassageFacts, ...]:
    """The facts of each passage of an article (its passages' texts and attributions, in order)."""
    events = read_events(texts, published_at)
    roles = [tuple(find_roles(text)) for text in texts]
    credits = with_people(texts, resolve_credits(attributions, texts),
                          [[(r.holder, r.organisation, r.office) for r in found if r.holder] for found in roles])
    last = len(texts) - 1
    amounts = [passage_amounts(text, published_at) for text in texts]
    if texts:  # (each sentence's amounts read again against the sentence before's: members of it, its figure)
        amounts = [amounts[0], *(_members_of(texts[i], amounts[i], amounts[i - 1]) for i in range(1, len(texts)))]
        amounts = [amounts[0], *(_figure_of(texts[i], amounts[i], amounts[i - 1]) for i in range(1, len(texts)))]
    located = []
    for i, text in enumerate(texts):
        found = locations_of(text)
        site = _site_described(texts, i, found, events)
        if site is not None:
            found = tuple(replace(loc, subject=site) if described_site_placed(text, loc) else loc for loc in found)
        elif events[i].place is None:
            site = site_by_noun(texts, i, events)  # "The depot's operator said …" after "the Tashen fuel depot"
        if site is not None and events[i].place is None:  # (that sentence's event is at that site)
            events[i] = replace(events[i], place=site)
        located.append(found)
    return tuple(PassageFacts(event, credit, located[i], found,
                              i < last and continues(texts[i + 1]), amounts[i], passage_negations(text),
                              read_sentence(text, credit, located[i]))
                 for i, (text, event, credit, found) in enumerate(zip(texts, events, credits, roles, strict=True)))


def _site_described(texts: Sequence[str], i: int, found: tuple[Location, ...],
                    events: Sequence[EventFacts]) -> str | None:
    """The site a sentence names by its noun alone when it says where it is ("The building, located in Arden
    Province, …"): the latest site of that kind its article named before ("a residential block known as Linden
    Court collapsed …"; not "the Orm Stadium nearby")."""
    noun = next((n for loc in found if (n := described_site_placed(texts[i], loc)) is not None), None)
    return site_by_noun(texts, i, events, noun) if noun is not None else None


# "the three Kataib Hezbollah members and the Yemeni expert": a definite count, and what is joined to it
_DEFINITE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_JOINED_ONE = re.compile(r"\s+and\s+(?:the|an?)\s+(?:[\w'’-]+\s+){0,4}?[a-z][\w'’-]*\b(?!\s+(?:and|or)\b)")


def _members_of(text: str, amounts: tuple[Quantity, ...], before: tuple[Quantity, ...]) -> tuple[Quantity, ...]:
    """"A Yemeni expert was among the four people killed in the strike. … the three Kataib Hezbollah
    members and the Yemeni expert were testing drones …": a definite count with no fate of its own
    that, with what is joined to it, makes up a count the sentence before gives a fate is those
    people, with that fate (the members of the four killed). The amount is kept as written (what
    the sentence says of them) and read a second time with that fate."""
    fated = [q for q in before if q.predicate and q.value is not None and not q.vague]
    if not fated or not any(q.predicate is None for q in amounts):
        return amounts
    out = []
    for q in amounts:
        if q.predicate is None and q.value is not None and not q.vague \
                and _DEFINITE.search(text, 0, q.span.start):
            joined = 1 if _JOINED_ONE.match(text, q.span.end) else 0
            whole = next((f for f in fated if f.value == q.value + joined), None)
            if whole is not None:
                out.append(replace(q, predicate=whole.predicate))
        out.append(q)
    return tuple(out)


# "… the directorate said. The mayor said the figure was closer to 8,000": a bare figure given for "the figure", "the
# number" or "the total" of the sentence before
_THE_FIGURE = re.compile(r"\bthe\s+(?:figure|number|total|count|tally)\s+(?:(?:was|is|were|stood|stands|would\s+be"
                         r"|had\s+been|at|as|to|of)\s+){1,2}(?:(?:closer|nearer|close|nearly|about|around|only|just"
                         r"|more\s+than|less\s+than|fewer\s+than|over|under|at\s+least|at\s+most|to)\s+){0,2}$",
                         re.IGNORECASE)


def _figure_of(text: str, amounts: tuple[Quantity, ...], before: tuple[Quantity, ...]) -> tuple[Quantity, ...]:
    """A bare figure a sentence gives for "the figure" of the sentence before is a count of what that figure counted,
    under its fate ("About 12,000 people have been evacuated …. The mayor said the figure was closer to 8,000")."""
    counted = [q for q in before if q.unit and q.value is not None and not q.vague]
    if not counted or not any(q.unit is None for q in amounts):
        return amounts
    return tuple(replace(q, unit=counted[0].unit, predicate=q.predicate or counted[0].predicate)
                 if q.unit is None and q.value is not None and _THE_FIGURE.search(text, max(0, q.span.start - 60),
                                                                                q.span.start) else q
                 for q in amounts)


def facts_to_json(facts: PassageFacts) -> dict[str, Any]:
    """The facts as plain JSON values (stored in SQLite and in the Elasticsearch documents)."""
    e = facts.event
    return {
        "v": FACTS_VERSION,
        "event": [e.start.isoformat() if e.start else None, e.end.isoformat() if e.end else None, e.weekday,
                  e.basis, e.place, e.anchor, e.when, list(e.region) if e.region else None, list(e.sites),
                  list(e.month_day) if e.month_day else None],
        "credits": [[c.written, c.source, c.kind, c.resolved, c.affiliation] for c in facts.credits],
        "locations": [[x.subject, x.place, x.level, x.country, x.start, x.end, x.head, x.direction,
                       x.region]
                      for x in facts.locations],
        "roles": [[r.holder, r.title, r.organisation, r.start, r.end, r.prefix] for r in facts.roles],
        "continued": facts.continued,
        "amounts": [[q.span.text, q.span.start, q.span.end, q.value, q.low, q.high, q.unit, q.predicate, q.vague]
                    for q in facts.amounts],
        "negations": [list(n) for n in facts.negations],
        "readings": _readings_to_json(facts.readings),
    }


def _readings_to_json(r: Readings) -> list[Any]:
    return [r.target, r.one_site, [[x.start, x.end, list(x.credits), x.agrees] for x in r.sides], r.one_clause,
            [[p.name, p.text] for p in r.platforms], r.beginning, r.another_beginning, r.dated, r.not_yet,
            r.owns_attack, r.names_claimant, list(r.countries_in), list(r.countries_placed), r.separate,
            [list(c) for c in r.causes], [list(x) for x in r.ranks]]


def _readings_from_json(data: list[Any]) -> Readings:
    target, one_site, sides, one, platforms, *flags, after_in, placed, separate, causes, ranks = data
    return Readings(target, one_site, tuple(Side(start, end, tuple(found), agreed)
                                            for start, end, found, agreed in sides),
                    one, tuple(Platform(*p) for p in platforms), *flags, tuple(after_in), tuple(placed), separate,
                    tuple((kind, phrase) for kind, phrase in causes),
                    tuple((rank, head, tail) for rank, head, tail in ranks))


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def encode_facts(facts: PassageFacts | None) -> str | None:
    """The stored text of a passage's facts (compact JSON)."""
    return None if facts is None else _ENCODER.encode(facts_to_json(facts))


def encode_json(data: Any) -> str | None:
    """Facts as stored JSON values (an Elasticsearch document's field) back to their stored text."""
    return None if data is None else _ENCODER.encode(data)


def decode_facts(text: str | None) -> PassageFacts | None:
    return None if not text else _decode(text)


@memo(32768)
def _decode(text: str) -> PassageFacts | None:
    # by the stored text alone, its only input: a passage that comes back in many dossiers (a wire
    # story's sentences, a base's usual description) is decoded once
    return facts_from_json(json.loads(text))


def facts_from_json(data: Any) -> PassageFacts | None:
    """Stored facts back; None for none or for another version's (they are read again)."""
    if not isinstance(data, dict) or data.get("v") != FACTS_VERSION:
        return None
    start, end, weekday, basis, place, anchor, when, region, sites, yearless = data["event"]
    event = EventFacts(date.fromisoformat(start) if start else None, date.fromisoformat(end) if end else None,
                       weekday, basis, place, anchor, when, tuple(region) if region else None, tuple(sites),
                       (yearless[0], yearless[1]) if yearless else None)
    return PassageFacts(event, tuple(Credit(*c) for c in data["credits"]),
                        tuple(Location(*x) for x in data["locations"]), tuple(Role(*r) for r in data["roles"]),
                        bool(data.get("continued")),
                        tuple(Quantity(Span(text, start, end), *rest) for text, start, end, *rest in data["amounts"]),
                        tuple((cue, scope) for cue, scope in data["negations"]),
                        _readings_from_json(data["readings"]))


def read_again(texts: Sequence[str], published_at: str | None
               ) -> tuple[tuple[tuple[Attribution, ...], ...], tuple[PassageFacts, ...]]:
    """An article's attributions and facts read as this version reads them: what `reindex` stores
    for passages stored without facts or with an older reading (their attributions were read by
    that older version too, and the credits among the facts are resolved from them)."""
    attributions = tuple(tuple(find_attributions(text)) for text in texts)
    return attributions, read_article(texts, attributions, published_at)


def with_facts(article: Article) -> Article:
    """The article with its passages' attributions and facts read again when any passage was stored
    without facts or with an older reading of them."""
    if all(p.facts is not None for p in article.passages):
        return article
    attributions, found = read_again([p.text for p in article.passages], article.published_at)
    return replace(article, passages=tuple(replace(p, attributions=a, facts_json=encode_facts(f))
                                           for p, a, f in zip(article.passages, attributions, found, strict=True)))
