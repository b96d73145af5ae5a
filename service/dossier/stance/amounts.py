"""Stance rules on amounts: counts and measures, shares of a total, shares of a set (all, some, none),
degrees of harm, superlatives and the kind of arms."""

from __future__ import annotations

import re
from dataclasses import replace

from service.dossier.model import ClaimAnalysis, Quantity, Reason
from service.dossier.stance.terms import (
    ACTOR_RESTATES,
    NAMES_STATED,
    PREDICATE_MIN_COVERAGE,
    RESTATES,
    ClaimTerms,
    _coverage,
    _names_stated,
    counted,
    counts_things,
    refers_back,
)
from service.dossier.stance_model import content_stems
from service.memo import memo
from service.text.clauses import identifying_clauses
from service.text.extract import (
    _WHOLE_SET,
    CURRENCIES,
    MONTHS,
    TIME_UNITS,
    UNIT_CLASSES,
    WEEKDAYS,
    WORD_VALUES,
    count_noun,
    harm_severities,
    names_people,
    number_value,
    severity_after,
    unit_class,
)
from service.text.facts import passage_amounts
from service.text.multiples import Multiple, find_multiples
from service.text.ordinals import RANKED_KINDS, order_named, ranks_of
from service.text.places import demonym_country, gazetteer_entry, peoples_named
from service.text.quantifiers import SAYS as QUANTIFIER_SAYS
from service.text.quantifiers import find_quantifiers
from service.text.sources import SAYING_WORDS
from service.text.synonyms import CANONICAL
from service.text.tallies import find_tallies
from service.text.units import duration, measure
from service.tokens import WORD_PATTERN, normalize, stem

_SUPERLATIVES = {w: group for group in ("largest biggest", "smallest", "highest tallest", "lowest", "oldest",
                                          "newest", "longest", "shortest", "deadliest", "bloodiest", "worst", "best",
                                          "greatest", "strongest", "heaviest", "first", "fastest", "richest",
                                          "poorest") for w in group.split()}
_SUPERLATIVE = re.compile(r"\b(?:" + "|".join(_SUPERLATIVES) + r")\b", re.I)
# what the claim says something *is*: "Ain al-Asad is the largest base", "was the country's deadliest"
_CALLED_SUPERLATIVE = re.compile(r"\b(?:is|was|are|were|became|remains|remained)\s+(?:the|its|their)\s+"
                                 r"(?:[\w'’-]+['’]s\s+)?(?:single\s+)?(?P<word>" + "|".join(_SUPERLATIVES) + r")\b",
                                 re.I)


def _superlative_unstated(claim: str, text: str, previous: str | None) -> bool:
    """Whether the claim says something is the largest, the first … and the passage (with the
    sentence it goes on from) does not say so in the same or a synonymous word. Only a superlative
    the claim asserts ("X is the largest"), not one that identifies ("the first adjustment")."""
    said = {_SUPERLATIVES[m.group("word").lower()] for m in _CALLED_SUPERLATIVE.finditer(claim)}
    if not said:
        return False
    context = f"{previous} {text}" if previous and refers_back(text) else text
    stated = {_SUPERLATIVES[m.group().lower()] for m in _SUPERLATIVE.finditer(context)}
    return not said <= stated


_SUBSETS = frozenset(stem(w) for w in """child children kid kids minor minors infant infants baby babies boy boys girl
    girls woman women man men elderly""".split())


def comparable(a: Quantity, b: Quantity) -> bool:
    """Whether two amounts count the same thing (same noun, or same class and, for people, same fate)."""
    if not a.unit or not b.unit:
        return False
    ca, cb = unit_class(a.unit), unit_class(b.unit)
    if ca is None or cb is None:
        if stem(a.unit) == stem(b.unit) or count_noun(a.unit) == count_noun(b.unit):
            # (the same noun under two fates is two counts: "118 passengers rescued", "87 passengers hurt")
            return not (a.predicate and b.predicate and a.predicate != b.predicate)
        ma, mb = measure(a.unit), measure(b.unit)  # "42 kilometres" and "24 km": two lengths
        if ma is None and mb is None and duration(a.unit) is not None and duration(b.unit) is not None:
            # "lasted about 90 minutes" and "lasted nearly nine hours": two durations, of the same deed
            return not (a.predicate and b.predicate and a.predicate != b.predicate)
        return ma is not None and mb is not None and ma[0] == mb[0]
    if ca != cb:
        return False
    if ca == "people":
        # people with the same fate; with none ("three women arrested"), the same people
        if a.predicate != b.predicate or (a.predicate is None and stem(a.unit) != stem(b.unit)):
            return False
        # "4,650 children" are part of "8,306 people": an age or sex counts only against the same one
        sa, sb = stem(a.unit), stem(b.unit)
        if sa != sb and (sa in _SUBSETS or sb in _SUBSETS):
            return False
        # "Americans" and "Israelis" are different people; "Americans" and "personnel" may not be
        if stem(a.unit) != stem(b.unit) and a.unit[:1].isupper() and b.unit[:1].isupper():
            return False
    return True


def _is_toll(q: Quantity) -> bool:
    """A toll's figure, which takes "people" from no word of its own (not "three deaths", "12 people")."""
    return q.unit == "people" and q.predicate == "killed" \
        and all(w in WORD_VALUES or w in _LOOSE_WORDS for w in re.findall(r"[a-z]+", q.span.text.lower()))


def _part_of_toll(c: Quantity, p: Quantity) -> bool:
    """One side's dead of one kind, far fewer than the other's toll or count of everyone ("One farm worker died"
    against "the number of heat-related deaths has risen to 31", "12 people had died"): a part of it, not another
    figure for it."""
    def part(one: Quantity, everyone: Quantity) -> bool:
        return (_is_toll(everyone) or (everyone.predicate == "killed" and stem(everyone.unit or "") == _PEOPLE)) \
            and one.predicate == "killed" and bool(one.unit) and stem(one.unit or "") != _PEOPLE \
            and one.high is not None and everyone.low is not None and one.high * TOLL_PART_SHARE < everyone.low
    # (either way: the claim's 31 dead against the passage's "one of them died" too)
    return part(c, p) or part(p, c)


def _toll_of(a: Quantity, b: Quantity) -> bool:
    """A death toll against people of any kind under the same fate ("the death toll … rose to eight" / "eight patients
    died"): a toll counts everyone killed, whom the other side names."""
    # (a small part of the toll is no other figure for it: "killing nine patients and two nurses" against a toll of
    # 187, "one of them died" against 31; a figure at least half the toll is another account of it, "nine patients
    # died" against the union's toll of 14, as is the same figure or one larger than the toll)
    def beyond(part: Quantity, whole: Quantity) -> bool:
        return overlaps(part, whole) or (part.low is not None and whole.low is not None
                                         and part.low * TOLL_PART_SHARE >= whole.low)
    return (_is_toll(a) and b.predicate == "killed" and names_people(b.unit) and beyond(b, a)) \
        or (_is_toll(b) and a.predicate == "killed" and names_people(a.unit) and beyond(a, b))


TOLL_PART_SHARE = 2  # a count of the dead this many times below a toll is a part of it, not another count of it
_LOOSE_WORDS = frozenset("about around at least some nearly almost more than over roughly".split())


def _fate_said_once(a: Quantity, b: Quantity) -> bool:
    """The same exact figure of the same people, a fate given on one side only ("Firefighters brought 27 workers to
    safety" / "Firefighters rescued 27 workers"): one count. Only agreeing figures pair so; others say nothing."""
    # (…or taken to hospital on one side and hurt or ill on the other: "Four residents … were taken to Marrovale Central
    # Hospital" / "The four injured residents were taken to …")
    return bool(a.unit and b.unit) and unit_class(a.unit) == "people" and stem(a.unit or "") == stem(b.unit or "") \
        and ((a.predicate is None) != (b.predicate is None) or {a.predicate, b.predicate} in _HOSPITAL_AND_HARM) \
        and a.value is not None and a.value == b.value and a.low == a.high and b.low == b.high


_HOSPITAL_AND_HARM = ({"admitted", "injured"}, {"admitted", "ill"})


def _same_figure_of_people(a: Quantity, b: Quantity) -> bool:
    """People of a workforce counted under two of its nouns and no fate (or people and a noun for people under one
    fate), with the same precise figure ("6,200 workers joined the strike" and "6,200 members joined the strike"):
    one count, though other figures say nothing of it."""
    if a.predicate != b.predicate or not a.unit or not b.unit or a.value is None or a.value != b.value \
            or a.vague or b.vague:
        return False
    # (…or people and a noun for people, any figure: "22 people were held" / "22 suspects held"; so under one fate
    # too, "241 people had fallen ill" / "241 passengers had fallen ill", exact on both sides)
    general = {stem(a.unit), stem(b.unit)} & {_PEOPLE}
    if a.predicate:
        # (not an age or a sex, which may be a part of those the fate befell: "three children died" / "the three
        # deaths")
        return bool(general) and names_people(a.unit) and names_people(b.unit) and a.low == a.high \
            and b.low == b.high and not {stem(a.unit), stem(b.unit)} & _SUBSETS
    return (a.value >= 10 and stem(a.unit) in _AT_WORK and stem(b.unit) in _AT_WORK) \
        or (bool(general) and names_people(a.unit) and names_people(b.unit))


def _harmed_of_a_trade(c: Quantity, p: Quantity) -> bool:
    """The same figure of people under the same harm, one side naming them by their trade, the other by a
    general noun ("five workers were hurt" / "five miners had been hurt"): one count. Only agreeing
    figures pair so: the trade may be a part of the people the other counts, so other figures decide nothing."""
    if c.predicate not in _HARMS or p.predicate != c.predicate or not c.unit or not p.unit:
        return False
    classes = (unit_class(c.unit), unit_class(p.unit))
    if classes.count(None) != 1 or "people" not in classes:
        return False
    general, trade = (c.unit, p.unit) if classes[0] else (p.unit, c.unit)
    # (a workforce's general noun, not "people": "three passengers and the driver were killed" is not three people;
    # and a trade of those at work, not passengers, protesters or the firefighters called to a fire)
    return stem(general) in _WORKFORCE and bool(_TRADE.search(trade)) and stem(trade) not in _NOT_AT_WORK \
        and overlaps(*in_one_unit(c, p))


def _other_trade(c: Quantity, p: Quantity) -> bool:
    """The same exact figure under the same fate, of two trades ("three doctors" / "three nurses")."""
    if not c.unit or not p.unit or unit_class(c.unit) or unit_class(p.unit) or c.predicate != p.predicate \
            or c.value is None or c.value != p.value or c.low != c.high or p.low != p.high:
        return False
    a, b = stem(c.unit), stem(p.unit)
    return a != b and count_noun(c.unit) != count_noun(p.unit) and all(
        (_TRADE.search(u) or stem(u) in _TRADES) and stem(u) not in _NOT_AT_WORK | _WHERE_THEY_WERE
        for u in (c.unit, p.unit))


_TRADES = frozenset(stem(w) for w in "nurses medics paramedics pilots surgeons".split())
# people named by where they were or what befell them, whom another noun may count: "38 pilgrims" / "38 passengers"
_WHERE_THEY_WERE = frozenset(stem(w) for w in """pilgrims tourists residents patients survivors victims passengers
    worshippers customers guests students pupils children members""".split())
_PEOPLE = stem("people")
_WORKFORCE = frozenset(stem(w) for w in "workers employees staff".split())
_TRADE = re.compile(r"(?:er|or|ist|man|men|ian)s?$|^(?:staff|crew)$", re.IGNORECASE)
_NOT_AT_WORK = frozenset(stem(w) for w in """passengers protesters demonstrators marchers firefighters rescuers
    villagers prisoners inmates spectators supporters voters customers shoppers commuters travellers travelers visitors
    officers soldiers volunteers bystanders neighbours neighbors""".split())


# "a few hundred of the sawmill's 1,500 employees": a whole a part is taken of
_WHOLE_OF = re.compile(r"\bof\s+(?:the|its|their|his|her)?\s*(?:[\w-]+['’]s\s+)?$", re.IGNORECASE)
# nouns for the people of one workforce or union ("6,200 workers" / "6,200 members"; not "1,500 residents")
_AT_WORK = frozenset(stem(w) for w in "workers employees members staff personnel strikers".split())


def amount_group(q: Quantity) -> str | None:
    """The country whose people an amount counts ("two Americans", "five US personnel"), if it says."""
    if unit_class(q.unit) != "people":
        return None
    for word in re.findall(r"[A-Z][A-Za-z.]+", f"{q.text} {q.unit}"):
        code = demonym_country(word.rstrip("."))
        if code is not None:
            return code
    return None


def _same_group(c: Quantity, p: Quantity, claim: str, passage: str) -> bool:
    """Amounts of people count the same people: the same nationality; a claim's people against a
    general noun ("people") where the passage names those people ("4,650 children" after
    "Palestinians"); a claim's general noun against the passage's general noun, whoever the
    passage's text names (the claim is less specific), but not against the passage's own people
    ("5,431 Israelis" for "21,048 people", unless the claim names Israelis)."""
    if unit_class(c.unit) != "people" or c.unit not in c.span.text:
        return True  # (nor people named only by their harm, "1,538 dead": whoever the passage names)
    gc = amount_group(c) or _only(peoples_named(claim))
    own = amount_group(p)
    gp = own or _only(peoples_named(passage))
    if gc:
        return gc == gp if gp else False
    if own:
        return own in peoples_named(claim)
    return True


_FRACTIONS = {"half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3, "two-thirds": 2 / 3,
              "a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75, "a fifth": 0.2, "one fifth": 0.2}
_PROPORTION = re.compile(
    r"\b(?P<part>[A-Za-z]+)\s+(?:made up|make up|makes up|accounted for|account for|accounts for|were|are|was|is)\s+"
    r"(?:(?P<cmp>more than|over|less than|under|fewer than|nearly|almost|about|around|roughly|at least)\s+)?"
    r"(?P<frac>" + "|".join(_FRACTIONS) + r"|\d+(?:\.\d+)?\s*(?:%|percent|per cent))\s+of\b", re.I)


_SERIES_GLUE = frozenset(stem(w) for w in "on at in of for to since from by with against".split())
_ORDINAL_WORDS = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


@memo(1024)  # a claim's own reading, asked again for every passage of its pool
def claim_ranks(claim: str) -> tuple[tuple[int, str, str], ...]:
    return ranks_of(claim)


def _ordinal(rank: int) -> str:
    return _ORDINAL_WORDS[rank] if rank < len(_ORDINAL_WORDS) else f"{rank}th"


def _series_ranks(claim: str, stated: tuple[tuple[int, str, str], ...], same_event: bool, context: str) -> list[Reason]:
    """"The rocket attack on Velkor on March 18 was the second attack on the base that month" against "It was the
    third attack on the base this month", in a passage of the claim's own event: another rank in the same series
    (the same noun; every common word the claim says the series is of, and its names there or in the passage's
    context — "the first cocaine seizure at Tarnvik" / "the third seizure of cocaine at the port" in a story of
    Tarnvik; and no name of the passage's series that the claim does not name — "the 21st attack on US forces" is
    another series than the claim's "fourth attack on the base"). Of another event, another rank is that event's,
    and says nothing of the claim's."""
    if not same_event or not stated:
        return []
    reasons = []
    for rank, head, tail in claim_ranks(claim):
        series = set(tail.split()) - _SERIES_GLUE
        other = next((r for r, h, t in stated
                      if h == head and r != rank and _same_series(series, set(t.split()), context, claim)), None)
        if other is not None:
            reasons.append(Reason("rank_mismatch", _ordinal(rank), _ordinal(other),
                                  f"claim says the {_ordinal(rank)} in its series, passage says the {_ordinal(other)}"))
    return reasons


def _same_series(claimed: set[str], stated: set[str], context: str, claim: str) -> bool:
    common = {w for w in claimed if not w[:1].isupper()}
    names = claimed - common
    return common <= stated and all(n in stated or n in context for n in names) \
        and all(n in claim for n in stated if n[:1].isupper())


def _proportions(analysis: ClaimAnalysis, stated: tuple[Quantity, ...]) -> list[Reason]:
    """"Children made up more than half of the at least 11,320 killed" against a passage that counts
    both ("At least 11,320 … killed, including 4,650 children"): the share the passage's figures
    give (41 %) against the claim's (more than half). Only when the passage states the claim's
    total and a count of the claim's part."""
    m = _PROPORTION.search(analysis.claim)
    if m is None or re.search(r"(?:\b(?:and|or)|,)\s*$", analysis.claim[:m.start()]):
        return []  # "Women and children made up …": the part is more than one word counts
    frac_text = m.group("frac").lower()
    share = _FRACTIONS.get(frac_text)
    if share is None:
        share = float(re.match(r"\d+(?:\.\d+)?", frac_text).group()) / 100  # type: ignore[union-attr]
    totals = [q for q in analysis.quantities if q.span.start > m.end() - 3 and q.value]
    part = stem(m.group("part"))
    for total in totals:
        whole = next((p for p in stated if comparable(total, p) and p.value and overlaps(*in_one_unit(total, p))), None)
        counted_part = next((p for p in stated if p.unit and stem(p.unit) == part and p.value
                             and p.predicate in (None, whole.predicate if whole else None)), None)
        if whole is None or counted_part is None or not whole.value or counted_part.value >= whole.value:
            continue
        ratio = counted_part.value / whole.value
        cmp = (m.group("cmp") or "").lower()
        if cmp in ("more than", "over", "at least"):
            holds = ratio > share if cmp != "at least" else ratio >= share
        elif cmp in ("less than", "under", "fewer than"):
            holds = ratio < share
        else:
            holds = abs(ratio - share) <= 0.05
        said = f"{cmp + ' ' if cmp else ''}{frac_text}".strip()
        detail = (f"claim says {m.group('part')} were {said} of {whole.text}; the passage's {counted_part.text} "
                  f"of {whole.text} is {ratio:.0%}")
        return [Reason("quantity_match" if holds else "quantity_mismatch", said, counted_part.text, detail)]
    return []


# "…, a week after a blackout that left …": the clause of an earlier incident, some time before (not "after the fire
# that killed 12", nor "went back to work on Monday after a strike that lasted 18 days": the story's own)
_RECALLED_INCIDENT = re.compile(r"\b(?:a|one|two|three|four|five|six|\d{1,2})\s+(?:days?|weeks?|months?|years?)\s+"
                                r"(?:after|since)\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:" + RANKED_KINDS
                                + r")s?\s+(?:that|which)\b", re.IGNORECASE)
_CLAUSE_STOP = re.compile(r"[;.!?]|,\s+(?:and|but|while)\b")
_BOUNDED = re.compile(r"\b(?:only|exactly|just|merely|a mere|no more than|at most)\s+$", re.I)
APPROXIMATE_MATCH = 0.05  # two approximate figures ("about 140", "some 145") within this share are one figure
OPEN_BOUND_MATCH = 0.1  # two "more than N" figures agree when their bounds are this close (relative)


_HARMS = {"killed": "injured", "injured": "killed"}
# the claim's fate said of them anyway, in the passage or the next sentence ("…, who later died in hospital")
_FATE_WORDS = {"killed": re.compile(r"\b(?:died|die|dies|dead|killed|death|deaths|fatal|fatalities)\b", re.I),
               "injured": re.compile(r"\b(?:injured|injuries|injury|wounded|hurt)\b", re.I)}


# the words before a figure that are capitalised only because they open the sentence ("Roughly 600 people")
_APPROXIMATORS = frozenset("""at more about nearly some over up less fewer roughly around almost approximately only just
    exactly an a the all another least close under below above as many several estimated well""".split())


# a place a count is "in" ("died of heatstroke in Varnek", "the toll in Varnek"), and one count of two places ("in
# Pallon and Varnek combined")
_IN_NAME = re.compile(r"\bin\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
                      r"(?P<more>\s*(?:,|and)\s+(?:in\s+)?[A-Z][\w'’-]+)?")


def _counted_elsewhere(claim: str, text: str) -> bool:
    """Whether a passage's amounts count what happened in another place than the claim's: the sentence puts them in a
    place the claim does not name, and never names the claim's ("nine people had died of heatstroke in Varnek" for
    "at least 14 people died from the heat in Pallon"), or adds another place to the claim's ("at least 48 people had
    died of heat in Pallon and Varnek combined")."""
    if " in " not in text and " across " not in text:
        return False
    where = [m for m in _IN_NAME.finditer(text) if _a_place_name(m.group("name"))]
    # (or a count of several places together, where the claim counts one: "23 deaths in the two cities")
    several = _SEVERAL_PLACES.search(text) is not None and _SEVERAL_PLACES.search(claim) is None
    if not where and not several:
        return False
    for m in where:
        # (not a name that goes on after a comma, "in Halvik, Labour Minister Ilse Marrow said": a speaker)
        if m.group("more") and not re.match(r"\s+[A-Z]", text[m.end():]):
            # (a count of the claim's place and another: "in Pallon and Varnek combined", for "its Pallon death toll")
            places = [m.group("name"), re.sub(r"^\W*(?:and\s+)?(?:in\s+)?", "", m.group("more"))]
            if sum(bool(re.search(rf"\b{re.escape(n)}\b", claim)) for n in places) == 1:
                return True
    # (the claim's place: what it puts the count in, or a lone name before its noun, "its Pallon death toll")
    said = {m.group("name") for m in _IN_NAME.finditer(claim) if _a_place_name(m.group("name"))} | {
        m.group("name") for m in _NAME_BEFORE_NOUN.finditer(claim) if _a_place_name(m.group("name"))}
    # (the sentence places its count: the sentence before, which may name the claim's place, does not)
    return bool(said) and not any(re.search(rf"\b{re.escape(name)}\b", text) for name in said)


_SEVERAL_PLACES = re.compile(r"\b(?:in|across|for)\s+(?:the\s+|all\s+)?(?:both|two|three|four|five|six|several|all)\s+"
                             r"(?:(?:the|its|their)\s+)?(?:cities|towns|provinces|districts|regions|countries|states"
                             r"|villages|counties)\b|\bacross\s+the\s+country\b|\bnationwide\b", re.IGNORECASE)
_NAME_BEFORE_NOUN = re.compile(r"(?<=[a-z] )(?P<name>[A-Z][\w'’-]+)"
                               r"(?= (?:death|casualty|injury|toll|count|figure)s?\b)")


_MONTH_DAY = re.compile(r"\b(?P<month>January|February|March|April|May|June|July|August|September|October|November"
                        r"|December)\s+(?P<day>[0-3]?\d)\b")


def _counted_another_day(analysis: ClaimAnalysis, text: str, p: Quantity) -> bool:
    """Whether a passage's amount is told in a clause of its own that states another day than the claim's ("…: on July
    3 a cable fault there left 25,000 households without electricity", for households that lost power on July 16)."""
    event = analysis.event
    if event.interval is not None and event.interval[0] == event.interval[1]:
        said = (event.interval[0].month, event.interval[0].day)
    elif event.month is not None and event.day is not None:
        said = (event.month, event.day)  # ("on July 16": a day of no year)
    else:
        return False
    opening = max(text.rfind(mark, 0, p.span.start) for mark in ".;:")
    day = next(_MONTH_DAY.finditer(text, opening + 1, p.span.start), None)
    return day is not None and (MONTHS[day.group("month").lower()], int(day.group("day"))) != said


def _a_place_name(name: str) -> bool:
    """A name after "in" that may be a town no table knows (not a month or a weekday; not a place the gazetteer knows,
    which may lie in another: "in Jurf al-Sakhar" / "in Babil province")."""
    first = re.sub(r"['’]s?$", "", name.split()[0].lower())  # ("in Monday's blackout": a day's, no place)
    return first not in MONTHS and first not in WEEKDAYS and gazetteer_entry(name) is None \
        and not _EVENT_NAME.search(name)


# (a named event is no place: "died in Cyclone Irsa", "in Operation Sandstorm")
_EVENT_NAME = re.compile(r"\b(?:Cyclone|Storm|Hurricane|Typhoon|Tropical|Operation|War|Battle|Attack|Fire|Flood"
                         r"|Earthquake|Quake|Crisis|Festival|Cup|Games|Championship|Election|Summit)\b")


def _figure(q: Quantity) -> float | None:
    """The figure an amount states: its value, or the bound written ("at least 23" → 23)."""
    return q.value if q.value is not None else (q.low if q.low is not None else q.high)


def _qualifiers(q: Quantity) -> set[str]:
    """The names an amount's noun is qualified by ("three Kataib Hezbollah members" → kataib,
    hezbollah), nationalities aside (those are its people: _same_group)."""
    words = re.findall(r"(?:[A-Z]\.){2,}|[A-Z][\w'’-]*", q.text)  # ("five U.S. personnel": one word, "U.S.")
    # (nor a number word opening the sentence: "Twenty-three people")
    return {w.lower() for w in words if demonym_country(w.rstrip(".")) is None
            and not all(part in WORD_VALUES for part in w.lower().split("-"))
            and w.lower() not in _APPROXIMATORS
            and w != q.unit}


# "rose from 2 to 3 euros": a change from one figure to another, not a range of estimates
# the time a running count was made at ("by Monday night", "as of March 3")
_BY_TIME = re.compile(r"\b(?:by|as\s+of)\s+(?:the\s+end\s+of\s+|early\s+|late\s+|last\s+)?(?:Monday|Tuesday|Wednesday"
                      r"|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September"
                      r"|October|November|December|\d|then|nightfall|noon|midday|midnight|dawn)\b", re.IGNORECASE)


def counted_by_then(claim: str) -> bool:
    """Whether a claim gives its count as of a time ("… confirmed dead by Monday night")."""
    return _BY_TIME.search(claim) is not None


_RISEN_TO = re.compile(r"\b(?:rose|risen|climbed|increased|grew|jumped|reached)\s+to\s+(?:at\s+least\s+|about\s+)?$",
                       re.IGNORECASE)
_CHANGE_BEFORE = re.compile(r"\b(?:rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|increased|increase"
                            r"|increases|decreased|decrease|climbed|climb|dropped|drop|grew|grow|jumped|jump|went\s+up"
                            r"|went\s+down|cut|raised|lowered|doubled|changed)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _range_and_bound(c: Quantity, p: Quantity) -> bool:
    """A range against a figure open on one side ("17 to 60" / "at least ten"): they fit, and neither
    states the other."""
    def ranged(q: Quantity) -> bool:
        return q.value is None and q.low is not None and q.high is not None and q.low < q.high

    def open_(q: Quantity) -> bool:
        return (q.low is None) != (q.high is None)
    return (ranged(c) and open_(p)) or (open_(c) and ranged(p))


def _ranges_apart(c: Quantity, p: Quantity) -> bool:
    """Two ranges ("17 to 40") of which an end differs."""
    ranges = all(q.value is None and not q.vague and q.low is not None and q.high is not None and q.low < q.high
                 for q in (c, p))
    return ranges and (c.low, c.high) != (p.low, p.high)


_SERVICE_WORDS = frozenset("military army armed service".split())  # modifiers of a noun of troops


def _one_noun(c: Quantity, p: Quantity) -> bool:
    """The same noun, or two that news copy uses for the same people ("troops" / "military personnel";
    not "railway personnel": a modifier of the passage's noun says which)."""
    a, b = c.unit or "", p.unit or ""
    if stem(a) == stem(b):
        return True
    between = p.span.text[:p.span.text.rfind(b)].split()[1:] if b in p.span.text else []
    return CANONICAL.get(stem(a), stem(a)) == CANONICAL.get(stem(b), stem(b)) and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _SERVICE_WORDS or w.lower() in WORD_VALUES
        or w.lower() in ("at", "least", "most", "than", "about", "more", "over", "some", "nearly")
        for w in between)



def _same_set(c: Quantity, p: Quantity) -> bool:
    """The same named set of people, the passage giving it no fate ("the three Kataib Hezbollah members")."""
    return unit_class(c.unit) == "people" and p.predicate is None and bool(c.unit) and bool(p.unit) \
        and stem(c.unit or "") == stem(p.unit or "") and bool(_qualifiers(c)) and _qualifiers(c) == _qualifiers(p)


@memo(1024)  # a claim's own reading, asked again for every passage of its pool
def _fate_identifies(claim: str, q: Quantity) -> bool:
    """Whether the fate of a claim's amount is said in a clause that only identifies it ("the members
    killed in the strike were …")."""
    if q.predicate is None or unit_class(q.unit) != "people":
        return False
    return any(re.search(r"\b" + re.escape(q.predicate), claim[start:end]) for start, end in identifying_clauses(claim)
               if start >= q.span.end)


def _named_loosely(c: Quantity, p: Quantity) -> bool:
    """Whether either amount's set is named by an acronym or a place ("XR members", "Staten Island
    workers"), which another name may stand for."""
    words = re.findall(r"[A-Z][\w'’-]*", f"{c.text} {p.text}")
    return any(w.isupper() and len(w) > 1 for w in words) or any(
        gazetteer_entry(name) is not None for q in (c, p) for name in [" ".join(
            w for w in re.findall(r"[A-Z][\w'’-]*", q.text) if w.lower() in _qualifiers(q))] if name)


def _same_qualifier(c: Quantity, p: Quantity) -> bool:
    """A claim's "three Kataib Hezbollah members" is not the passage's "four people": a named set
    is compared only with an amount of the same named set."""
    if unit_class(c.unit) != "people":
        return True  # "Katyusha rockets" name a kind of rocket, not a set of them
    wanted = _qualifiers(c)
    if not wanted:
        # nor is the claim's "four people killed" the passage's "three Kataib Hezbollah members" killed:
        # a named set of other people may be a part of them (one larger than the claim's count is not)
        return not (_qualifiers(p) and stem(c.unit or "") != stem(p.unit or "")
                    and p.high is not None and c.low is not None and p.high <= c.low)
    return wanted <= _qualifiers(p)


def _only(codes: set[str]) -> str | None:
    return next(iter(codes)) if len(codes) == 1 else None


def overlaps(a: Quantity, b: Quantity) -> bool:
    """Whether two amounts can be the same figure. Two figures open on the same side ("more than
    50,000" / "more than 29,000") are reported counts, not ranges: they agree only when close."""
    eps = 1e-9
    if a.vague and b.vague and a.high is None and b.high is None and a.low and b.low:
        # "several" / "multiple" / "numerous": words for a few more, one amount; "dozens" is not "several"
        return max(a.low, b.low) / min(a.low, b.low) <= 4
    if a.high is None and b.high is None and a.low is not None and b.low is not None:
        return abs(a.low - b.low) <= OPEN_BOUND_MATCH * max(a.low, b.low) + eps
    if a.low is None and b.low is None and a.high is not None and b.high is not None:
        return abs(a.high - b.high) <= OPEN_BOUND_MATCH * max(a.high, b.high) + eps
    if a.value and b.value and a.value != b.value and _approximate(a) and _approximate(b):
        # "some 31,000" against "some 27,000": two rounded figures, each of its source; their margins overlap, the
        # figures are not the same
        return abs(a.value - b.value) <= APPROXIMATE_MATCH * max(a.value, b.value) + eps
    for fixed, open_ in ((a, b), (b, a)):
        # "about 11,320" against "more than 8,306 people" killed: a precise toll with "more than" is a
        # reported count a little past it, not any figure above (a round one, "more than 300", is loose;
        # other counts, "more than 1,257 runners finished", are bounds)
        if fixed.low is not None and fixed.high is not None and open_.high is None and open_.low is not None \
                and open_.value is not None and _precise(open_) and open_.predicate in ("killed", "injured") \
                and fixed.predicate == open_.predicate and fixed.low > open_.low * (1 + OPEN_BOUND_MATCH) + eps:
            return False
    return ((a.low is None or b.high is None or a.low <= b.high + eps)
            and (b.low is None or a.high is None or b.low <= a.high + eps))


def _approximate(q: Quantity) -> bool:
    """Whether an amount is a figure written with a margin on both sides ("about 140", "roughly 1,200"; not a
    rounded figure converted to another unit)."""
    return q.value is not None and q.low is not None and q.high is not None and q.low < q.value < q.high \
        and _HEDGED.match(q.span.text) is not None


_HEDGED = re.compile(r"(?:about|around|approximately|roughly|some|an\s+estimated|estimated|circa|~)\b", re.IGNORECASE)


def _precise(q: Quantity) -> bool:
    """Whether an amount is written to its units, not rounded ("8,306", not "8,000" or "300")."""
    digits = re.sub(r"\D", "", next((w for w in q.text.split() if any(ch.isdigit() for ch in w)), ""))
    scaled = re.search(r"\b(?:thousand|million|billion|trillion)\b", q.text, re.IGNORECASE)
    return len(digits) >= 3 and digits[-1] not in "05" and scaled is None


def _far_past_bound(claimed: Quantity, stated: Quantity) -> bool:
    """Whether the claim's exact figure lies far past the passage's open bound ("60" against "at least
    ten"): they can be the same figure, but the bound does not say it is (while "sixty killed" does
    say "at least ten killed")."""
    if claimed.low is None or claimed.low != claimed.high or claimed.low <= 0:
        return False
    if stated.low is not None and stated.high is None:
        return claimed.low > stated.low * FAR_PAST_BOUND
    if stated.high is not None and stated.low is None:
        return claimed.low * FAR_PAST_BOUND < stated.high
    return False


FAR_PAST_BOUND = 1.5  # "at least ten" says nothing of 16 or more; "up to 60" nothing of 40 or less
CONVERTED_MATCH = 0.05  # a measure converted from another unit agrees within this (rounding: 24 km, 15 miles)


def _rounding(q: Quantity) -> float:
    """Half the last written digit of an amount, as a share of it ("3 km": 0.5 km of 3; "160": 5 of
    160): how far a conversion of a rounded figure may fall from it."""
    digits = re.sub(r"[^\d.]", "", q.text.split()[0] if q.text.split() else "")
    if not digits or not q.value:
        return 0.0
    if "." in digits:
        step = 10.0 ** -len(digits.split(".")[1])
    else:
        step = 10.0 ** (len(digits) - len(digits.rstrip("0")))
    return 0.5 * step / abs(q.value)


# the words that lead to a span of time of a deed ("lasted three weeks", "took 90 minutes", "closed for 60 hours",
# "delayed by two hours"): two spans in other unit words are one only when the same word leads to each
_SPAN_HEADS = frozenset(stem(w) for w in "lasted last lasts lasting took take takes taking spent spend for by within"
                        .split())


# a span of time that measures how far off something was ("two days late", "a week ahead of schedule", "18 minutes
# after the alarm", "three hours later"), and one that says how long something lasted ("a two-day deep clean", "held
# for 71 days before being freed", "lasted nine hours"): the one is no figure of the other (a span that says neither,
# "after 25 minutes", "after 12 days of raids", is compared with both)
_OFFSET_AFTER = re.compile(r"\s+(?:late|early|ahead|behind|later|earlier|ago|overdue|after|before)\b", re.IGNORECASE)
_LASTED_BEFORE = re.compile(r"\b(?:for|lasted|lasting|lasts|took|spent)\s+(?:(?:about|some|nearly|almost|more\s+than"
                            r"|over|up\s+to|at\s+least)\s+)?$", re.IGNORECASE)


def _span_kind(text: str, q: Quantity) -> str | None:
    """"offset", "length" or None (see above) of an amount of time; None of any other amount."""
    if not q.unit or duration(q.unit) is None:
        return None
    if _LASTED_BEFORE.search(text, max(0, q.span.start - 30), q.span.start) is not None \
            or text[q.span.end:q.span.end + 1] == "-":
        return "length"
    return "offset" if _OFFSET_AFTER.match(text, q.span.end) is not None else None


def _offset_and_length(claim: str, c: Quantity, text: str, p: Quantity) -> bool:
    """Whether one of two amounts of time is an offset and the other a length."""
    return {_span_kind(claim, c), _span_kind(text, p)} == {"offset", "length"}


def _one_span_of_time(claim: str, c: Quantity, text: str, p: Quantity) -> bool:
    """Whether two amounts are not spans of time in other unit words, or are the same deed's: led by the same word
    ("lasted about 90 minutes" / "lasted nearly nine hours"), and a preposition by the same word before it ("closed
    for 60 hours" / "closed for three days"). Not an age ("a 12-year-old"), a span since ("the first in 30 years"), a
    sentence against a trial, nor "normally takes 90 minutes" against "arrived three hours late"."""
    if not c.unit or not p.unit or stem(c.unit) == stem(p.unit) or duration(c.unit) is None \
            or duration(p.unit) is None:
        return True
    led_c, led_p = WORD_PATTERN.findall(claim[:c.span.start])[-2:], WORD_PATTERN.findall(text[:p.span.start])[-2:]
    if not led_c or not led_p or stem(led_c[-1]) != stem(led_p[-1]) or stem(led_c[-1]) not in _SPAN_HEADS:
        return False
    return led_c[-1].lower() not in ("for", "by", "within") or (
        len(led_c) == 2 and len(led_p) == 2 and stem(led_c[0]) == stem(led_p[0]))


def in_one_unit(c: Quantity, p: Quantity) -> tuple[Quantity, Quantity]:
    """Two measures in other units ("15 miles", "24 km") in base units, the passage's widened by
    CONVERTED_MATCH for rounding; anything else as it is."""
    if not c.unit or not p.unit or stem(c.unit) == stem(p.unit):
        return c, p
    mc, mp = measure(c.unit), measure(p.unit)
    if mc is None and mp is None and (dc := duration(c.unit)) is not None and (dp := duration(p.unit)) is not None:
        mc, mp = ("[time]", dc), ("[time]", dp)
    if mc is None or mp is None or mc[0] != mp[0]:
        return c, p

    def scaled(q: Quantity, size: float, slack: float) -> Quantity:
        return replace(q, value=None if q.value is None else q.value * size,
                       low=None if q.low is None else q.low * size * (1 - slack),
                       high=None if q.high is None else q.high * size * (1 + slack))

    # (a span of time is not rounded as a length is: "2 hours" is not 90 minutes)
    slack = CONVERTED_MATCH if mc[0] == "[time]" else max(CONVERTED_MATCH, _rounding(p))
    return scaled(c, mc[1], 0.0), scaled(p, mp[1], slack)


_DEGREE = {"serious": "seriously", "minor": "slightly"}  # severity_after's and harm_severities' grades, said


def _say(q: Quantity) -> str:
    """An amount as a reader wrote it: a small exact figure as a number, anything else as written
    ("$14.3 billion", not 1.43e+10)."""
    if q.value is not None and q.low == q.high == q.value and abs(q.value) < 1e6:
        return f"{q.value:g}"
    return q.text


# the words beside a figure that say what it measures ("caused 2.4 million crowns in damage", "estimated the damage
# from Thursday's fire at 900,000 crowns"): this many words on each side
_BESIDE = 5


def _beside(text: str, q: Quantity) -> set[str]:
    """The content stems of the words beside a figure, but names (the claim's names say whose figure, not of what)."""
    words = text[:q.span.start].split()[-_BESIDE:] + text[q.span.end:].split()[:_BESIDE]
    return set(content_stems(" ".join(w for w in words if not w[:1].isupper())))


def _measured_alike(claim: str, c: Quantity, text: str, p: Quantity) -> bool:
    """Whether a claim's figure and a passage's, in one unit, measure the same thing: a word beside both that is not
    the unit ("damage" beside "2.4 million crowns" and beside "900,000 crowns")."""
    units = set(content_stems(f"{c.unit or ''} {p.unit or ''}"))
    return bool((_beside(claim, c) & _beside(text, p)) - units)


# the name a figure is said of, written just before it ("batch CX-127 contained 21 percent", "Pallon recorded 41
# degrees"): a capitalised word or a code, at most _HOLDER_GAP words before the figure in its own clause, with no
# verb of saying between ("Reuters said two Americans …" credits the figure, it does not hold it)
_HOLDER_GAP = 3
_CLAUSE_BREAK = re.compile(r"[,;:]|\band\b|\bwhile\b|\bbut\b")  # where a figure's clause begins or ends
_AUXILIARY_WORDS = frozenset("was were is are has have had been be being".split())
_HOLDER = re.compile(r"(?:[A-Z][A-Za-z]*-?\d[\w-]*|[A-Z][a-z][\w'’-]*)$")


# a win's or a lead's margin: "won by 212 votes", "carried Stroud Hill by 310 votes", "lost to the mayor by some 3,000
# votes", "finished ahead in the district by about 900 votes", "a margin of 451 votes"
_MARGIN_BEFORE = re.compile(r"(?:\b(?:won|wins|win|winning|lost|loses|lose|losing|carried|carries|led|leads|leading"
                            r"|ahead|behind|trailed|trails|trailing|beat|beaten|defeated|edged)\b[^,;.]{0,40}?\bby"
                            r"|\bmargin\s+of)\s+$", re.IGNORECASE)


def _margin(text: str, q: Quantity) -> bool:
    """Whether an amount is the margin of a win or a lead, not a count of its own (of votes, seats, goals: not a
    measure, "lost entirely, the oceans would rise by six metres")."""
    if q.unit and measure(q.unit.split()[-1]) is not None:
        return False
    return _MARGIN_BEFORE.search(text, max(0, q.span.start - 60), q.span.start) is not None


_EACH_AFTER = re.compile(r"\s+(?:(?:to|for|from)\s+(?:(?:the|a)\s+[a-z]+\s+of\s+)?(?:each|every)\b"
                         r"|(?:per|a)\s+(?:head|person|household|family|passenger|customer|worker|victim|resident"
                         r"|home)\b|each\b|apiece\b)", re.IGNORECASE)


def _each(text: str, q: Quantity) -> bool:
    """Whether an amount is what each one of a set gets or pays ("40 euros to each household", "200 crowns per
    passenger"), not a total."""
    return _EACH_AFTER.match(text, q.span.end) is not None


# an amount in each span of time ("14,000 vehicles a day", "40 trains per hour", "2 million passengers a year")
_RATE_AFTER = re.compile(r"\s+(?:(?:a|an|per|each|every)\s+(?:day|week|month|year|hour|minute|night|weekday|season)\b"
                         r"|daily\b|weekly\b|monthly\b|annually\b|yearly\b|hourly\b)", re.IGNORECASE)


def _rate(text: str, q: Quantity) -> bool:
    """Whether an amount of things is a rate over time ("carried about 14,000 vehicles a day"), not a count of one time
    ("four vehicles fell from the bridge"). Not a sum or a share: "costs £90 billion per year" and "the tax gap is
    around £31 billion" are both a year's, whether or not the words say so."""
    return _RATE_AFTER.match(text, q.span.end) is not None and (q.unit or "") not in _SUMS_AND_SHARES


_SUMS_AND_SHARES = frozenset((*CURRENCIES.values(), "%"))


def _span_unit(unit: str) -> bool:
    """Whether a unit is a span of time ("years", "18-month")."""
    return normalize(unit.split("-")[-1]) in TIME_UNITS


_MEASURED_GAP = 6  # words before a passage's figure where the claim's measured thing and verb are looked for


def _same_measured(claim: str, c: Quantity, text: str, pairs: list[Quantity]) -> bool:
    """Whether a passage gives its figure of the very thing and verb the claim measures: the claim's last two content
    words before its figure in its clause, names aside ("the meteorite fragment weighs 2.4 kilograms"), among the
    words just before the passage's ("said the fragment, which weighs 4.2 kilograms"). Another figure of it then
    contradicts the claim as a count does."""
    if c.unit is None or measure(c.unit.split()[-1]) is None:
        return False
    clause = _CLAUSE_BREAK.split(claim[:c.span.start])[-1]
    # (its last two words that are no names: the thing and the verb, "price of bread in Veland rose" → bread, rose)
    mine = content_stems(" ".join(w for w in clause.split() if not w[:1].isupper()))[-2:]
    if len(mine) < 2:
        return False
    claimed = set(content_stems(claim))
    for p in pairs:
        words = text[:p.span.start].split()[-_MEASURED_GAP:]
        if not set(mine) <= set(content_stems(" ".join(words))):
            continue
        # (the thing named by a name the claim does not write is another one: "The Redmoor dam is located 80 km …"
        # is not the claim's Stonebridge dam)
        thing = next((i for i, w in enumerate(words) if mine[0] in content_stems(w)), None)
        before = words[thing - 1].strip("\"“”'‘’(") if thing else ""
        if before[:1].isupper() and before not in ("The", "A", "An") and not set(content_stems(before)) <= claimed:
            continue
        return True
    return False


# the rest of a set, before its count: "the remaining three", "the other two", "all the other 14"
_THE_REST = re.compile(r"\b(?:remaining|other)\s+$", re.IGNORECASE)
_RIVAL_SAID = re.compile(r"\b(?:said|says|put|puts|counted|estimated|reported|showed|shows|gave|insisted)\b")
# (a figure that adds to another, "three more tonnes", or is a part of a set, "three of the patients")
_ADDED_AFTER = re.compile(r"\s+(?:more|other|further|additional|others|of|among)\b", re.IGNORECASE)


_MODIFIED_NOUN = re.compile(r"-[a-z]+\s+(?P<noun>[a-z]{3,})\b")


def _measures_another(claim: str, text: str, p: Quantity) -> bool:
    """Whether a passage's measure is written before a noun it modifies that the claim does not name ("a 30-kilometre
    *section*")."""
    if p.unit is None or measure(p.unit.split()[-1]) is None:
        return False
    modified = _MODIFIED_NOUN.match(text, p.span.end)
    return modified is not None and stem(modified.group("noun")) not in set(content_stems(claim))


def _rival_figure(c: Quantity, text: str, previous: str | None, pairs: list[Quantity]) -> bool:
    """Whether a passage, credited, gives another figure of the claim's unit and fate right after a sentence that
    states the claim's own."""
    if not previous or not c.unit or not _RIVAL_SAID.search(text):
        return False
    mine = stem(c.unit)
    if not any(stem(q.unit or "") == mine and overlaps(*in_one_unit(c, q))
               and (q.predicate == c.predicate or None in (q.predicate, c.predicate))
               for q in passage_amounts(previous, None)):
        return False
    return any(stem(p.unit or "") == mine and (p.predicate == c.predicate or None in (p.predicate, c.predicate))
               and not _ADDED_AFTER.match(text, p.span.end) and not _ADDED_AFTER.match(text, p.span.start
                                                                                      + len(p.span.text.split()[0]))
               for p in pairs)


def _holder_of(text: str, q: Quantity) -> str | None:
    clause = _CLAUSE_BREAK.split(text[:q.span.start])[-1].split()
    # (an auxiliary takes no place of the gap: "Sarn was sentenced to four years" is Sarn's, as "Sarn got four years")
    clause = [w for w in clause if w.lower() not in _AUXILIARY_WORDS]
    for word in reversed(clause[-_HOLDER_GAP:]):
        word = word.strip("\"“”'‘’()")
        if word.lower() in SAYING_WORDS:
            return None
        if _HOLDER.match(word) and word.lower() not in _NOT_HOLDERS:
            return re.sub(r"['’]s?$", "", word)
    # (…or a body named by its common noun, the subject of the verb the figure is the object of: "the union is
    # demanding a 9 percent rise, while the government has offered 3 percent")
    subject = _COMMON_HOLDER.search(" ".join(clause) + " ")
    if subject is not None and subject.group("noun") not in SAYING_WORDS:
        return subject.group("noun")
    # (…or, failing that, the place the figure went to or was counted in, after it in its own clause: "15 were taken to
    # Saint Ilona's Hospital, 12 to Kessel Regional Hospital and seven to the military hospital in Brask")
    after = _CLAUSE_BREAK.split(text[q.span.end:])[0]
    found = _PLACE_AFTER.search(after)
    return found.group(1) if found is not None and found.group(1).lower() not in _NOT_HOLDERS else None


def _ordinal_after(text: str, q: Quantity) -> str | None:
    """The order of the incident a figure is given for, after it in its own clause ("… in the second slide")."""
    return order_named(_CLAUSE_BREAK.split(text[q.span.end:])[0])


_COMMON_HOLDER = re.compile(r"(?:^|\s)(?i:the|its|their)\s+(?P<noun>[a-z]{3,})\s+"
                            r"(?:(?:has|have|had|is|are|was|were)\s+)?[a-z]{3,}(?:ed|ing)\s+(?:[a-z]+\s+)?"
                            r"(?:(?:a|an|the|about|around|only|just)\s+)?$")
_PLACE_AFTER = re.compile(r"\b(?:to|in|at)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?([A-Z][a-z][\w-]*)")


# capitalised words that name no holder: days, months, and a sentence's opening function word
_NOT_HOLDERS = frozenset([*WEEKDAYS, *MONTHS, *"the a an in on at of by for from with after before since about "
                          "around nearly almost some only just over under more less than".split()])


_PART_OF_SET = re.compile(r"\s+(?:of|among)\s+(?:the|its|their|those)\s+(?P<whole>\d[\d,]*)\b", re.IGNORECASE)
_A_PART = re.compile(r"\s+(?:of|among)\s+(?:them|whom|the|its|their|those)\b", re.IGNORECASE)


# the words that describe a set, up to the verb of the clause ("of the containers lost from the ship have been …")
# (an auxiliary ends it, whose clause's verb is then the claim's own: "31 of the containers lost … have been recovered";
# without one the verb may be among the words, "6,200 of its members joined the strike", and nothing is read)
_SET_DESCRIBED = re.compile(r"(?P<words>[^,;:.]*?)(?=\s+(?:have|has|had|were|was|are|is|will|would)\b)")


def _part_of_another_set(claim: str, c: Quantity, text: str, p: Quantity) -> bool:
    """Whether a claim's amount is a part of a set it counts ("three of the 48 people hospitalised") and the
    passage's amount is a count of its own, in a passage that states neither that set's figure nor a part."""
    part = _PART_OF_SET.match(claim, c.span.end)
    if part is None:
        part = _PART_OF_SET.match(claim, c.span.start + len(c.span.text.split()[0]))
    if part is None:
        # (…or of a set it does not count, under no fate of the part's own: "31 of the containers lost from the ship"
        # is no count of the containers lost, "46 containers were lost"; a part the passage counts too is compared)
        # (the passage's count being the set's own: its deed is one the claim's words for the set say)
        of = _A_PART.match(claim, c.span.end)
        if of is None or c.predicate is not None or p.predicate is not None or _A_PART.match(text, p.span.end) \
                or _A_PART.match(text, p.span.start + len(p.span.text.split()[0])):
            return False
        described = _SET_DESCRIBED.match(claim, of.end())
        words = set(content_stems(described.group("words"))) - {stem(c.unit or "")} if described else set()
        return bool(words & set(content_stems(_CLAUSE_BREAK.split(text[p.span.end:])[0])))
    whole = part.group("whole").replace(",", "")
    # (the set's figure as a count, not a span of time: "within 48 hours" states no set of 48)
    return not _A_PART.match(text, p.span.end) and not _A_PART.match(text, p.span.start + len(p.span.text.split()[0])) \
        and not re.search(rf"(?<![\d,.]){re.escape(whole)}(?![\d,.]\d)(?!\s+(?:hours?|days?|weeks?|months?|years?"
                          rf"|minutes?)\b)", text.replace(",", ""))


# the detail of a quantity_compatible reason whose passage figure lies within the claim's looser one
WITHIN_FIGURE = "within the claim's figure"
# a figure the passage sets aside ("2.1 tonnes, not the 2.4 tonnes announced by customs"): the words before it, what
# says another source gave it, and a claim's words for a figure of before (whose claim it then is)
_GIVEN_BY = re.compile(r"\s*(?:,\s*)?(?:(?:that|which)\s+)?(?:\w+\s+){0,3}?(?:announced|reported|given|cited|stated"
                       r"|claimed|put\s+out|published|counted|recorded|estimated)\b|\s*(?:,\s*)?as\s+(?:first\s+|earlier\s+|initially\s+)?"
                       r"(?:reported|announced|stated|claimed)\b", re.IGNORECASE)
_BEFORE_NOW = re.compile(r"\b(?:originally|initially|first|used\s+to|previously|before|forecast|expected|sought"
                         r"|planned|budgeted|predicted)\b", re.IGNORECASE)
_DENIED_FIGURE = re.compile(r"(?:,\s*|\b)(?:not|rather\s+than|instead\s+of|(?:more|fewer|less|higher|lower)\s+than)\s+"
                            r"(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
# what a place holds or was built for, before the figure ("the jail held 1,870 prisoners", "capacity of 1,100")
_POPULATION_BEFORE = re.compile(r"(?:\b(?:jail|prison|camp|hospital|centre|center|facility|building|stadium|arena)"
                                r"\s+(?:held|holds|housed|houses|housing)|\b(?:built|designed|licensed)"
                                r"\s+(?:to\s+(?:hold|house|carry)|for)|\bcapacity\s+of|\bpopulation\s+of|\bhome\s+to)"
                                r"\s+(?:about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+|over\s+|up\s+to\s+)?$",
                                re.IGNORECASE)
# a count stated as a part of the one before it: "…, 4,650 of them children", "including 4,650 children"
_PART_AFTER = re.compile(r"\s+of\s+(?:them|whom)\b", re.IGNORECASE)
_PART_BEFORE = re.compile(r"\b(?:including|among\s+(?:them|whom)|of\s+(?:them|whom))\s+$", re.IGNORECASE)
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
_OF_THE_TOTAL = re.compile(r"\b(?:of|among)\s+(?:the|those|these)\s+$", re.IGNORECASE)


def _total_of(text: str, amounts: tuple[Quantity, ...], q: Quantity) -> Quantity | None:
    """The count `q` is stated as a part of (the amount before it in its sentence), or None."""
    # (a count of the same class and a larger one: not "in 25 days", nor "212 people in 14 districts")
    before = [a for a in amounts if a.span.end <= q.span.start and a.value != 0
              and unit_class(a.unit) == unit_class(q.unit) and (a.low or a.value or 0) > (q.high or q.value or 0)
              and not re.search(r"[.;]", text[a.span.end:q.span.start])]
    if not before:
        return None
    total = max(before, key=lambda a: a.span.end)
    # ("4,650 of them children" may be read as one amount: "of them" after its figure)
    if _PART_AFTER.match(text, q.span.end) or _PART_AFTER.match(text, q.span.start + len(q.text.split()[0])) \
            or _PART_BEFORE.search(text, max(0, q.span.start - 20), q.span.start):
        return total
    # ("Of the more than 8,306 people killed …, 4,650 were children")
    if _OF_THE_TOTAL.search(text, max(0, total.span.start - 12), total.span.start) \
            and "," in text[total.span.end:q.span.start]:
        return total
    return None


def _stated_figure(q: Quantity) -> float | None:
    """The figure as written ("more than 8,306" → 8306; "Eleven" → 11)."""
    figure = _FIGURE.search(q.span.text)
    return float(figure.group().replace(",", "")) if figure else q.value if q.value is not None else q.low or q.high


def _part_of_another_total(whole: Quantity | None, text: str, stated: tuple[Quantity, ...], p: Quantity) -> bool:
    """Whether the claim's amount is a part of a count it states (`whole`: "more than 8,306 people were killed, 4,650
    of them children") and the passage's is a part of another figure ("at least 11,320 …, including 4,650
    children"): a part of another tally (a later one, another place's), which says nothing of the claim's."""
    if whole is None:
        return False
    other = _total_of(text, stated, p)
    if other is None:
        return False
    figure, others = _stated_figure(whole), _stated_figure(other)
    if figure is None or others is None:
        return False
    # (one tally told roughly: "more than 11,000" for 11,320, "some 212" and "about 210", "more than 20" for 23 —
    # figures within a tenth of each other, or a quarter when one is round; not 8,306 and 11,320, 212 and 390)
    apart = abs(figure - others) / max(figure, others, 1)
    return apart > (0.25 if _round(figure) or _round(others) else 0.1)


def _round(figure: float) -> bool:
    """A figure of at most two significant digits and at least two digits (20, 300, 11,000)."""
    whole = int(figure)
    return whole == figure and whole >= 10 and whole % 10 ** max(1, len(str(whole)) - 2) == 0


def _population(text: str, q: Quantity) -> bool:
    """Whether an amount is what a place holds or was built for ("the jail held 1,870 prisoners"), or who live
    there ("200,000 refugees live in the camp")."""
    return _POPULATION_BEFORE.search(text, max(0, q.span.start - 40), q.span.start) is not None \
        or _LIVE_IN.match(text, q.span.end) is not None


_LIVE_IN = re.compile(r"\s+(?:\w+\s+){0,2}?(?:live|lives|lived|living|reside|resides|resided|are\s+housed"
                      r"|were\s+housed|are\s+held|were\s+held)\s+(?:in|at)\b", re.IGNORECASE)


# "all 16 families", "each of the six": the words that say all of a counted set
_ALL_OF = r"\b(?:all|each\s+of|every\s+one\s+of)\s+(?:of\s+)?"
_ALL_BEFORE = re.compile(_ALL_OF + r"(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
_SAID_ALL = re.compile(_ALL_OF + r"(?:the\s+)?(?P<n>[\w,-]+)", re.IGNORECASE)
_PART_OF_N = re.compile(r"\b(?P<m>[A-Za-z]+(?:-[a-z]+)?|\d+)\s+of\s+(?:the|its|their|those|all)\s+(?P<n>[\w,]+)\b")


def _part_of_all(claim: str, c: Quantity, text: str) -> str | None:
    """The passage's "M of the N" when the claim says all N of a set ("all 16 families") and M is fewer, else None."""
    if c.value is None or c.low != c.high or c.value < 2 or not _ALL_BEFORE.search(claim, max(0, c.span.start - 16),
                                                                                   c.span.start):
        return None
    figure = c.value
    if any(number_value(m.group("n")) == figure for m in _SAID_ALL.finditer(text)):
        return None  # ("All 12 miners … were rescued; two of the 12 were taken to hospital": all of them, and a part)
    deed = set(content_stems(claim[c.span.end:])) - {stem(c.unit or "")}
    for m in _PART_OF_N.finditer(text):
        whole, part = number_value(m.group("n")), number_value(m.group("m"))
        # (what the part did is what the claim says all of them did: not "remanded four of the six" for "convicted
        # all six", nor "three of the 20 candidates withdrew" for "all 20 hostages were freed")
        sentence = re.split(r"[.;]", text[m.start():])[0]
        after = re.match(r"\s*([a-z]+)", text[m.end():])
        if whole == figure and part is not None and part < figure and deed & set(content_stems(sentence)) \
                and (after is None or not c.unit or stem(after.group(1)) == stem(c.unit)
                     or after.group(1) in ("were", "was", "had", "have", "are", "is", "remain", "remained")):
            return m.group()
    return None


_JOINED_AFTER = re.compile(r"-[a-z]")  # a figure joined to its noun, an adjective: "two-day", "48-hour"


def _quantities(analysis: ClaimAnalysis, text: str, previous: str | None, stated: tuple[Quantity, ...],
                coverage: float, names: float = 1.0, same_event: bool = True,
                following: str | None = None) -> list[tuple[Reason, bool]]:
    """Amount matches and mismatches, each with whether it decides alone: counted things, and money,
    a percentage or a measure in a passage that restates the claim ("$25 billion" vs "$14.3-billion")
    and holds at least half of its names (NAMES_STATED: the distance of another base is not this one's)."""
    reasons = []
    context = f"{previous} {text}" if previous else text
    # "about 160 kilometers (100 miles)": the figure in brackets converts the one before it, rounded;
    # it is compared only in its own unit ("100 miles"), not as a third length ("100 kilometers")
    converted = {id(p) for p in stated if text[max(0, p.span.start - 2):p.span.start].strip() == "("
                 and any(0 <= p.span.start - q.span.end <= 3 for q in stated)}
    # (a sum in a sentence about a subject of its own, which the claim does not name, is that subject's, whatever the
    # sentence before named: "Caldonia pledged 40 million crowns. The Northern Development Bank offered a 120 million
    # crown loan")
    subject = _OWN_SUBJECT.match(text)
    owned = subject is not None and not any(
        w in analysis.claim for w in re.findall(r"[A-Z][\w'’-]+", subject.group("name")) if w != "The")
    # (the sentence's counts placed in another town than the claim's: one reading for all its amounts)
    elsewhere = _counted_elsewhere(analysis.claim, text)
    # (a figure the passage gives as the peak of what the claim bounds — "winds of up to 180 kilometres per hour" /
    # "the storm's winds peaked at 95 kilometres per hour" — is the figure "up to" names: the claim's highest)
    # (of the same measure: "attendance peaked at 12,000" says nothing of tickets "up to 90 crowns")
    peaked = {stem(p.unit or "") for p in stated if _PEAK_BEFORE.search(text, max(0, p.span.start - 30), p.span.start)}
    # (the claim's counts stated as parts of another it states, "4,650 of them children", with that other; and the
    # passage's counts a part of it is stated of, "190 people, 45 of them health workers", when the claim has a part)
    wholes = {id(c): _total_of(analysis.claim, analysis.quantities, c) for c in analysis.quantities}
    totals = [t for q in stated if (t := _total_of(text, stated, q)) is not None] if any(wholes.values()) else []
    # (a figure the passage denies, "weighed 2.1 tonnes, not the 2.4 tonnes announced by customs", is not its own: the
    # claim's 2.4 is compared with the 2.1 it states instead)
    # (one that another source gave: "… announced by customs", "… as first reported"; not a figure superseded, "instead
    # of the 2.4 billion euros originally budgeted", which a claim of the old figure states)
    # (nor a figure of an earlier incident the passage recalls, "a week after a blackout that left most of the town
    # dark for six hours", when the claim does not recall one)
    if not _RECALLED_INCIDENT.search(analysis.claim):
        stated = tuple(p for p in stated if (recalled := _RECALLED_INCIDENT.search(text, 0, p.span.start)) is None
                       or _CLAUSE_STOP.search(text, recalled.end(), p.span.start))
    if not _BEFORE_NOW.search(analysis.claim):
        stated = tuple(p for p in stated
                       if _DENIED_FIGURE.search(text, max(0, p.span.start - 20), p.span.start) is None
                       or _GIVEN_BY.match(text, p.span.end) is None
                       or not any(q is not p and q.unit == p.unit and q.span.end <= p.span.start for q in stated))
    for c in analysis.quantities:
        whole = wholes[id(c)]
        part = _part_of_all(analysis.claim, c, text)
        if part is not None:
            # "all 16 families … had been paid" against "Fourteen of the 16 families … have received": the passage
            # counts a part of the set the claim says all of
            reasons.append((Reason("quantity_mismatch", c.text, part,
                                   f"claim says {_say(c)}, passage says {part} ({c.unit or 'of them'})"), True))
            continue
        if stem(c.unit or "") in peaked and c.low is None and c.high is not None \
                and c.span.text.lower().startswith("up to"):
            c = replace(c, low=c.high)
        # the same named set, whatever fate the passage gives it, when the claim's fate only identifies
        # it ("the three Kataib Hezbollah members *killed in the Babil strike* were testing drones"; not
        # "an airstrike killed three Kataib Hezbollah members", whose fate is what the claim says)
        named = _fate_identifies(analysis.claim, c)
        margin = _margin(analysis.claim, c)
        pairs = [p for p in stated if (comparable(c, p) or (named and _same_set(c, p)) or _harmed_of_a_trade(c, p)
                                       or _toll_of(c, p)
                                       or _fate_said_once(c, p)
                                       or (_same_figure_of_people(c, p)
                                           and not _WHOLE_OF.search(text, max(0, p.span.start - 40), p.span.start)))
                 and _same_group(c, p, analysis.claim, context) and not _part_of_toll(c, p)
                 # (a margin is not a count: "won by 212 votes" is no tally of "Tarne had 41,302 votes")
                 and margin == _margin(text, p)
                 # (nor is a sum each one gets a total: "offered 40 euros to each household" is no fine of 2.4 million)
                 and _each(analysis.claim, c) == _each(text, p)
                 # (nor is a rate a count: "used by 14,000 vehicles a day" / "four vehicles fell from the bridge")
                 and _rate(analysis.claim, c) == _rate(text, p)
                 and _same_qualifier(c, p) and (id(p) not in converted or stem(p.unit or "") == stem(c.unit or ""))
                 # (a count of the same noun that one side gives a fate and the other none is the same count
                 # when the figures agree, and says nothing when they do not: "carried 131 passengers" is not
                 # the claim's "118 passengers had been rescued")
                 # (a span of time suffers no fate: "suspended the licence for 30 days, accusing the station …" is 30
                 # days, whatever word after it looks like one)
                 and (p.predicate == c.predicate or unit_class(c.unit) is not None or overlaps(*in_one_unit(c, p))
                      or (c.unit or "").lower() in TIME_UNITS)
                 # (a part of a set the claim counts — "three of the 48 people hospitalised" — is compared in a
                 # passage that states that set, or a part of one: "12 deaths" in all is another count)
                 and not _part_of_another_set(analysis.claim, c, text, p)
                 and _one_span_of_time(analysis.claim, c, text, p)
                 # (nor a delay with a length: "two days late" / "a two-day deep clean")
                 and not _offset_and_length(analysis.claim, c, text, p)
                 and not _part_of_another_total(whole, text, stated, p)
                 # (nor a part of the claim with the passage's total of one: "45 of them health workers" is not
                 # "190 people")
                 and not (whole is not None and p in totals)
                 # (what a place holds or was built for is its population, not a count of what the claim says
                 # happened: "the jail held 1,870 prisoners" against "14 inmates broke out")
                 and (not _population(text, p) or _population(analysis.claim, c))]
        # (another figure counted in another town, or told of another day, is another count; the claim's own figure
        # there is its incident misplaced, which the place and date rules read)
        # (the claim's own figure: one figure, not a bound that takes it in, "at least 14" for 17)
        pairs = [p for p in pairs if (overlaps(*in_one_unit(c, p)) and (not elsewhere or p.low == p.high))
                 or not (elsewhere or _counted_another_day(analysis, text, p))]
        # (a measure written as a modifier of a noun the claim does not name measures that thing: "would replace a
        # 30-kilometre section of the line" is no other length of the claim's "inspect 60 kilometres of the line")
        pairs = [p for p in pairs if overlaps(*in_one_unit(c, p)) or not _measures_another(analysis.claim, text, p)]
        # (how long an event lasted, written before its noun on both sides, "a two-day strike" / "the one-day stoppage",
        # picks out which event it is: another length is another event, no other figure of the claim's)
        pairs = [p for p in pairs if overlaps(*in_one_unit(c, p))
                 or not (_JOINED_AFTER.match(analysis.claim, c.span.end) and _JOINED_AFTER.match(text, p.span.end)
                         and (c.unit or "").lower() in TIME_UNITS)]
        # (the rest of a set, "the remaining three turbines", "the other two climbers", is a part the claim's count
        # leaves out, unless it counts the rest too: another figure for it is no other figure of the claim's)
        pairs = [p for p in pairs if overlaps(*in_one_unit(c, p))
                 or not _THE_REST.search(text, max(0, p.span.start - 20), p.span.start)
                 or _THE_REST.search(analysis.claim, max(0, c.span.start - 20), c.span.start)]
        # (figures the passage gives each of several names are each that name's: "batch CX-114 contained 21 percent
        # diethylene glycol and batch CX-127 contained 8 percent" gives CX-127 8 percent, not the claim's 21)
        # (…whatever fate one side gives them: "15 were taken to Saint Ilona's Hospital, 12 to Kessel Regional …")
        holder = _holder_of(analysis.claim, c) if pairs else None
        if holder is not None:
            # (spans of time of any unit alike: "Sarn was sentenced to four years, and Ferrow received an 18-month
            # suspended sentence" gives Sarn four years, not the claim's 18 months)
            alike = [p for p in stated if p in pairs or (p.unit and c.unit and (
                stem(p.unit) == stem(c.unit) or _span_unit(p.unit) and _span_unit(c.unit)))]
            held = {id(p): _holder_of(text, p) for p in alike}
            if holder in held.values() and len(set(held.values()) - {None}) > 1:
                pairs = [p for p in alike if held[id(p)] == holder]
        # (…and so are figures the passage gives each of several incidents by their order: "about 400,000 cubic metres
        # moved in the first slide and about 30,000 in the second" gives the second 30,000)
        order = _ordinal_after(analysis.claim, c) if pairs else None
        by_order = False  # (the passage's figure picked by the claim's own order: it speaks of the claim's thing)
        if order is not None:
            alike = [p for p in stated if p in pairs or (p.unit and c.unit and stem(p.unit) == stem(c.unit))]
            ordered = {id(p): _ordinal_after(text, p) for p in alike}
            if order in ordered.values() and len(set(ordered.values()) - {None}) > 1:
                pairs = [p for p in alike if ordered[id(p)] == order]
                by_order = True
        if not pairs and c.predicate in _HARMS and not any(p.predicate == c.predicate for p in stated) \
                and not _FATE_WORDS[c.predicate].search(f"{text} {following or ''}"):
            # "killed at least five US military personnel" against "injured at least five US military
            # personnel": the same count of the same people, with the other fate
            twin = next((p for p in stated if p.predicate == _HARMS[c.predicate] and p.unit and c.unit
                         and _one_noun(c, p) and _same_group(c, p, analysis.claim, context)
                         and _same_qualifier(c, p) and overlaps(*in_one_unit(c, p))
                         # (the same figure: not "about 60 injured" for "at least 23 died", which a bound takes in)
                         and _figure(c) == _figure(p)), None)
            if twin is not None:
                decisive = counted(c) and (same_event or names > 0 or coverage >= RESTATES)
                reasons.append((Reason("fate_mismatch", f"{c.text} {c.predicate}", f"{twin.text} {twin.predicate}",
                                       f"claim says {_say(c)} {c.predicate}; the passage, {twin.text} "
                                       f"{twin.predicate}"), decisive))
                continue
        if not pairs:
            # "three Hamas members" against "the three Kataib Hezbollah members", in a passage that
            # restates the claim: the same count of another named set is the claim's, misnamed
            # (not another name of the same set, "XR" / "Extinction Rebellion"; nor one the passage
            # also names, "five Amazon workers" / "five Staten Island workers at the Amazon warehouse")
            mine = _qualifiers(c)
            other = next((p for p in stated if coverage >= RESTATES and unit_class(c.unit) == "people"
                          and p.unit and stem(p.unit) == stem(c.unit) and p.predicate in (None, c.predicate)
                          and mine and _qualifiers(p) and mine.isdisjoint(_qualifiers(p))
                          and not any(q in context.lower() for q in mine) and not _named_loosely(c, p)
                          and overlaps(*in_one_unit(c, p))), None)
            # (…and the same count of another trade under the same fate: "three nurses were treated" is no count of
            # doctors; not people named by where they were, "38 pilgrims" may be "38 passengers")
            other = other or next((p for p in stated if (coverage >= RESTATES or (
                same_event and coverage >= PREDICATE_MIN_COVERAGE)) and _other_trade(c, p)), None)
            if other is not None:
                reasons.append((Reason("entity_mismatch", c.text, other.text,
                                       f"claim says {c.text}, passage says {other.text}"), True))
            continue
        # counted things decide alone; money, percentages and other measures ("160 kilometers",
        # "two aircraft carriers") in a passage that restates the claim
        # a count decides alone in a passage of the claim's own event, or one that (with the sentence
        # before it) holds one of its names, or restates it: "four people killed in the strike" says
        # nothing of a toll in Gaza
        about = same_event or names > 0 or coverage >= RESTATES
        decisive = (counted(c) and about) or (coverage >= RESTATES and (names >= NAMES_STATED or by_order))
        match = next((p for p in pairs if overlaps(*in_one_unit(c, p))), None)
        # (another figure of the very thing and verb the claim measures contradicts it, wherever the passage names
        # its subject; the same figure alone confirms nothing of where or when: "Wildfires burned 3,000 hectares on
        # Canada's side" is no confirmation of 3,000 hectares burned in the United States)
        decisive = decisive or (match is None and _same_measured(analysis.claim, c, text, pairs))
        # (…and so does a source's own figure said right after a sentence that states the claim's: "The agency said
        # about 120 tonnes of fuel oil had leaked. Tessaro Lines said less than 20 tonnes had escaped" is a rival count
        # of the same thing; not "Three more died in hospital", which adds to it)
        decisive = decisive or (match is None and _rival_figure(c, text, previous, pairs))
        # (a passage that restates nearly all of the claim and gives another figure of the same noun contradicts it:
        # "he had counted six gunmen" against "… counted about a dozen gunmen", whatever names the claim adds)
        # (not sums: "40 million crowns" pledged and "a 120 million crown loan" are two)
        # (…and so does one of the claim's own event that counts the same noun under the same fate: "11 of the
        # escapees had been recaptured" by Friday morning, against the claim's 19 by then)
        # (…and so does one that names every name of the claim and states half of what it says, with another exact
        # figure of the same noun under the same fate: "Orrin Air said flight OA322 … was carrying 57 passengers"
        # against "Orrin Air said 63 passengers were aboard flight OA322")
        restated = counts_things(c) and any(
            stem(p.unit or "") == stem(c.unit or "") and p.predicate == c.predicate
            and not _SUM.search(f"{c.text} {p.text}")
            and ((coverage >= ACTOR_RESTATES and c.predicate is None) or same_event
                 or (names >= 1.0 and coverage >= PREDICATE_MIN_COVERAGE and c.low == c.high and p.low == p.high))
            for p in pairs[:1])
        # people of one occupation counted under the same harm ("two fishermen were killed" against "one
        # fisherman was killed") are one count, though the class of people leaves occupations out
        # (one count of them: "one fisherman was killed when …, and two more fishermen were killed when …" adds up)
        harmed = [p for p in pairs if p.predicate == c.predicate and stem(p.unit or "") == stem(c.unit or "")]
        decisive = decisive or (about and c.predicate in _HARMS and bool(c.unit) and len(harmed) == 1
                                and harmed[0] in ([match] if match is not None else pairs[:1]))
        thing = c.predicate or c.unit
        if match is not None and _ranges_apart(c, match) and not _CHANGE_BEFORE.search(
                analysis.claim, max(0, c.span.start - 30), c.span.start) \
                and not _CHANGE_BEFORE.search(text, max(0, match.span.start - 30), match.span.start):
            # "from 17 to 60" against "from 17 to 40": a range is its two ends, not any figure between them
            reasons.append((Reason("quantity_mismatch", c.text, match.text,
                                   f"claim says {_say(c)}, passage says {match.text} ({thing})"), decisive))
            continue
        if match is not None:
            if c.vague and match.vague:
                # "several drones" / "multiple drones": the same loose word, said alike
                reasons.append((Reason("quantity_match", c.text, match.text,
                                       f"claim says {_say(c)}, passage says {match.text} ({thing})"), False))
                continue
            if c.vague or match.vague or _far_past_bound(*in_one_unit(c, match)) or _range_and_bound(c, match):
                # "several" fits "at least five" without confirming it; nor does "at least ten" confirm 60
                # (a figure within the claim's looser one says what it says: "about 600" for "hundreds"; a loose
                # word's open end by convention, ten times its floor, three for "several": not 148 or 22)
                a, b = in_one_unit(c, match)
                high = a.low * (10 if a.low >= 10 else 3) if a.vague and a.high is None and a.low else a.high
                within = (a.low is None or (b.low is not None and b.low >= a.low)) \
                    and (high is None or (b.high is not None and b.high <= high))
                reasons.append((Reason("quantity_compatible", c.text, match.text,
                                       f"claim says {_say(c)}, passage says {match.text} ({thing}): "
                                       + (WITHIN_FIGURE if within else "compatible, not the same figure")), False))
                continue
            said, stated_here = severity_after(analysis.claim, c.span.end), severity_after(text, match.span.end)
            if said and stated_here and said != stated_here and c.predicate == "injured":
                reasons.append((Reason("quantity_mismatch", f"{c.text} {_DEGREE[said]} injured", match.text,
                                       f"claim says {_say(c)} {_DEGREE[said]} injured, passage says "
                                       f"{match.text} {_DEGREE[stated_here]} injured"), decisive))
                continue
            reasons.append((Reason("quantity_match", c.text, match.text,
                                   f"claim says {_say(c)}, passage says {match.text} ({thing})"), decisive))
            continue
        p = pairs[0]
        if c.predicate is None and _WHOLE_SET.search(analysis.claim, max(0, c.span.start - 40), c.span.start):
            continue  # "Two of the Aurel Dawn's 22 crew members": the whole set the claim counts a part of
        if _RISEN_TO.search(text, max(0, p.span.start - 40), p.span.start) and c.high is not None \
                and p.low is not None and c.high < p.low and c.predicate in _HARMS and _BY_TIME.search(analysis.claim) \
                and not _BY_TIME.search(text) \
                and not _RISEN_TO.search(analysis.claim, max(0, c.span.start - 40), c.span.start):
            # "nine confirmed dead by Monday night" against "the toll had risen to 17": a later count of a toll
            # that rose, not another figure for the claim's
            reasons.append((Reason("quantity_compatible", c.text, p.text,
                                   f"claim says {_say(c)}, passage says the toll later rose to {p.text}: a later "
                                   "count, not the same figure"), False))
            continue
        vague = c.vague or p.vague
        note = " — vague amount, read by convention (docs/verdicts.md)" if vague else ""
        if not vague and not counts_things(c) and (c.unit == "%" or measure(c.unit) is not None) and _close(c, p):
            # (a measure within a quarter of the claim's: a rounding, another year's figure, not shown to differ)
            note = CLOSE_FIGURE
        # a vague amount ("several") against a figure is a discrepancy to show, not to decide on
        # "only two" against "several": the claim bounds the figure, and a vague one beyond it decides (weighing half)
        bounded = vague and not c.vague and p.low is not None and c.high is not None and p.low > c.high \
            and _BOUNDED.search(analysis.claim[:c.span.start]) is not None
        said = f"only {_say(c)}" if bounded else _say(c)
        # (nor is "several" ever one: "from a single direction" / "from several directions"; nor "dozens" several)
        bounded = bounded or (vague and not c.vague and c.high == 1 and p.low is not None and p.low >= 2) \
            or (c.vague and p.vague)
        # (…and money or a measure of the claim's own incident in a passage that states some of what the claim says,
        # beside a word of the claim's: "estimated the damage from Thursday's fire at 900,000 crowns" against
        # "Thursday's fire at the Brennick warehouse caused 2.4 million crowns in damage")
        alike = not counted(c) and _measured_alike(analysis.claim, c, text, p) and (
            (same_event and bool(analysis.event.incident) and coverage >= PREDICATE_MIN_COVERAGE / 2)
            # (…or, of any event, in a passage that states half the claim and holds half its names, with its sentence
            # before: "The union said the pirates had demanded $4.5 million" after the sentence naming the ship)
            # (not a sum a subject of the passage's own holds: "The Northern Development Bank offered a 120 million
            # crown loan to rebuild …" is no figure of the claim's Caldonia)
            or (coverage >= PREDICATE_MIN_COVERAGE and names >= NAMES_STATED and not owned))
        reasons.append((Reason("quantity_mismatch", c.text, p.text,
                               f"claim says {said}, passage says {p.text} ({thing}){note}"),
                        (decisive or restated or alike) and (bounded or not vague)
                        and not (owned and not alike and _SUM.search(f"{c.text} {p.text}") is not None)))
    return reasons


_PEAK_BEFORE = re.compile(r"\b(?:peaked|peaking|topped\s+out|maxed\s+out)\s+at\s+(?:about\s+|around\s+)?$"
                          r"|\b(?:peak|maximum|highest|top)\s+(?:\w+\s+)?of\s+(?:about\s+|around\s+)?$", re.IGNORECASE)


_OWN_SUBJECT = re.compile(r"(?P<name>(?:The\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s+"
                          r"(?:[a-z]+ed|said|says|has|have|had|is|was)\b")
_SUM = re.compile(r"\b(?:thousand|million|billion|trillion|bn|m)\b", re.IGNORECASE)
CLOSE_FIGURE = " — a close figure"
CLOSE_SHARE = 0.25  # a measure within this share of the claim's figure is close to it (decide.py may not confirm)


def _close(c: Quantity, p: Quantity) -> bool:
    """Whether two figures of one measure lie within CLOSE_SHARE of each other ("six metres" / "7.2 metres")."""
    a = c.value if c.value is not None else (c.low if c.low is not None else c.high)
    b = p.value if p.value is not None else (p.low if p.low is not None else p.high)
    return a is not None and b is not None and max(abs(a), abs(b)) > 0 \
        and abs(a - b) <= CLOSE_SHARE * max(abs(a), abs(b))


def _severities(claim: str, text: str) -> list[Reason]:
    """"Members of the security forces were only slightly hurt" against "… were seriously injured":
    the same people (most of the claim's words for them), hurt another degree."""
    reasons = []
    stated_here = harm_severities(text)
    for who, grade, said in harm_severities(claim):
        wanted = set(content_stems(who))
        same = [(them, stated, written) for them, stated, written in stated_here
                if wanted and len(wanted & set(content_stems(them))) * 2 > len(wanted)]
        if any(stated == grade for _, stated, _ in same):
            continue  # the passage says it of a group of theirs, whatever it says of another
        if same:
            _, stated, written = same[0]
            reasons.append(Reason("quantity_mismatch", said, written,
                                  f"claim says {who} were hurt {_DEGREE[grade]}, passage says {_DEGREE[stated]}"))
    return reasons


def _one_worse(claim: str, text: str) -> list[Reason]:
    """"Every American hurt … suffered only minor injuries" against "one of the injured Americans
    sustained serious injuries": one of the set was hurt worse than the claim says of all of it."""
    reasons = []
    every = _EVERY_MINOR.search(claim) if "minor" in claim or "slight" in claim or "light" in claim else None
    count = every.group("count") if every is not None else None
    if count and _WORSE.search(claim):
        every = None  # "two … were slightly injured and a third was seriously hurt": the claim says so itself
    part = _ONE_SERIOUS.search(text) if every is not None else None
    # the same people (every word the claim names them by: "bus passengers", not "truck passengers"),
    # reported as hurt, not as a report proved wrong
    head = re.split(r"\s+(?:on|in|at|aboard|from|of|who|that|which|hurt|injured|wounded)\b", every.group("who"))[0] \
        if every else ""
    wanted = {s for s in content_stems(head) if s not in _HARM_STEMS}
    if every is not None and part is not None and wanted and wanted <= set(content_stems(part.group("who"))) \
            and not _NOT_SO.search(text):
        reasons.append(Reason("quantity_mismatch", every.group().strip(), part.group().strip(),
                              f"claim says {_ALL.get((every.group('all') or '').lower(), every.group('all') or count)} "
                              f"{every.group('who').strip()} were hurt slightly, passage says "
                              f"{part.group().strip()}"))
    return reasons


# (also a count of them: "two Americans were slightly injured" says so of every American injured)
_EVERY_MINOR = re.compile(r"\b(?:(?P<all>every|all|each)\b(?:\s+of\s+the)?"
                          r"|(?<![\d,.])(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b(?![\d,.])(?!\s+of\b))"
                          r"\s+(?P<who>[^.;]{1,80}?)\s+(?:were|was|suffered"
                          r"|sustained|had)\s+(?:only\s+)?(?:slightly|lightly|minor|light|superficial)\b",
                          re.IGNORECASE)
_ONE_SERIOUS = re.compile(r"\b(?:one|two|three|\d+|some|several)\s+of\s+(?:the\s+)?(?P<who>[^.;]{1,60}?)\s+(?:were|was"
                          r"|sustained|suffered|had)\s+(?:(?:seriously|severely|critically|gravely)\s+(?:injured|wounded"
                          r"|hurt|burned|burnt)|(?:serious|severe|critical|grave)\s+(?:injuries|injury|wounds|burns)"
                          r"|in\s+(?:a\s+)?(?:serious|critical|grave)\s+condition)\b", re.IGNORECASE)
_NOT_SO = re.compile(r"\b(?:reports?\s+that|proved\s+(?:wrong|false|untrue)|denied|false|untrue|feared|unconfirmed)\b",
                     re.IGNORECASE)
_ALL = {"every": "all", "each": "all"}
_WORSE = re.compile(r"\b(?:seriously|severely|critically|gravely|serious|severe|critical|grave)\b", re.IGNORECASE)
_HARM_STEMS = {stem(w) for w in "hurt injured wounded harmed".split()}


def _quantifiers(claim: str, text: str) -> list[Reason]:
    """"Only some of the missiles hit" against "all the missiles struck": the same set, another
    share of it (all, only part, none). Read only in a passage that restates the claim."""
    reasons = []
    stated = find_quantifiers(text)
    for c in find_quantifiers(claim):
        same_set = [p for p in stated if p.noun == c.noun]
        if any(p.kind == c.kind for p in same_set):
            continue  # the passage says it too ("all the shells were aimed …, but only some struck")
        p = same_set[0] if same_set else None
        if p is not None:
            reasons.append(Reason("quantity_mismatch", c.text, p.text,
                                  f"claim says {QUANTIFIER_SAYS[c.kind]} ({c.text}), passage says "
                                  f"{QUANTIFIER_SAYS[p.kind]} ({p.text})"))
    return reasons


_ARMS = {kind: UNIT_CLASSES[kind] for kind in ("drones", "projectiles")}


_NOT_ARMS = re.compile(r"\banti-?\w+|\b\w+[-\s]+(?:defen[cs]e|battery|batteries|stores?|launchers?|factory|factories"
                       r"|depots?|sites?|programmes?|programs?|systems?|ships?|boats?|shows?|footage|cameras?|pilots?"
                       r"|operators?|deliver(?:y|ies)|scientists?|engineers?|launch(?:es)?)\b", re.I)
_ARM_STEMS = frozenset().union(*_ARMS.values()) | {stem("armed")}
# what an attack does, in a claim about one: its arms are then what it was carried out with
_ATTACK_STEMS = frozenset(stem(w) for w in """hit hits struck strike strikes attack attacked attacks targeted target
                          bombed shelled fired""".split())


def _arms(text: str) -> dict[str, str]:
    """The kinds of arms a text names (drones; projectiles: rockets, missiles, shells …), each with its word."""
    found: dict[str, str] = {}
    # "a missile-defence battery", "anti-drone guns", "missile stores": what was hit, not what hit it
    text = _NOT_ARMS.sub(" ", text)
    for word in re.findall(r"[A-Za-z]+", text):
        s = stem(word)
        for kind, stems in _ARMS.items():
            if s in stems:
                found.setdefault(kind, word)
    return found


_ARMED_ATTACK = re.compile(r"\b(?P<arm>[A-Za-z]+)\s+(?:attacks?|strikes?|raids?|barrages?)\b")


def attack_by_other_arms(claim: str, text: str) -> str | None:
    """Why a passage that names its attack by arms other than the claim's ("the drone attack on the dam" for
    "Friday's rocket attack on the dam") reports another attack, or None."""
    mine = _arms(claim)
    if not mine:
        return None
    for m in _ARMED_ATTACK.finditer(text):
        theirs = _arms(m.group("arm"))
        if theirs and not set(theirs) & set(mine) and not set(mine) & set(_arms(text)):
            return f"the passage reports the {m.group().lower()}, the claim a {next(iter(mine.values()))} attack"
    return None


def restates_but_arms(terms: ClaimTerms, text: str, previous: str | None) -> bool:
    """Whether a passage states all of the claim's predicate but its arms ("hit a 'vital target' in
    Haifa with an armed drone" / "a strike at a 'vital target' in Haifa, using a cruise missile"),
    and half of its names: the same deed told, whatever the claim's date says."""
    if not _ARM_STEMS & set(terms.predicate_weights):
        return False  # most claims name no arms: nothing to compare
    weights = {s: w for s, w in terms.predicate_weights.items() if s not in _ARM_STEMS}
    return bool(_ATTACK_STEMS & set(weights)) and len(weights) >= 2 and len(weights) < len(terms.predicate_weights) \
        and _coverage(weights, text, previous) >= 1.0 \
        and _names_stated(terms, text, previous) >= NAMES_STATED


def _weapons(claim: str, text: str, previous: str | None) -> list[Reason]:
    """"The Wednesday attack on the base was carried out with two drones" against a report of that
    attack at that site (the caller checks) that names only another kind of arms ("a barrage of
    rockets"), and none of the claim's kind, even with the sentence it goes on from."""
    said = _arms(claim)
    if len(said) != 1:
        return []  # no arms, or drones and missiles both: nothing to set one against the other
    stated = _arms(f"{previous} {text}" if previous and refers_back(text) else text)
    if not stated or set(said) & set(stated):
        return []
    (kind, word), = said.items()
    theirs = next(iter(stated.values()))
    return [Reason("weapon_mismatch", word, theirs, f"the claim says {word}; the passage reports {theirs} "
                                                    "in the same attack")]


# what a count of containers holds: "14 wagons *of coal*", "three lorries *of medical supplies*" (not a measure's
# stuff, "2.4 tonnes of cocaine" / "of the drug", which copy names in other words; nor what they are part of, "14
# wagons of the train", "two of them")
_CONTENT_OF = re.compile(r"\s+(?:full\s+)?of\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|them|us"
                         r"|whom|which)\b)(?P<what>[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)")


def _contents(claim: str, text: str, weighed: list[tuple[Reason, bool]]) -> list[tuple[Reason, bool]]:
    """"spilling 14 wagons of coal" against "spilling 14 wagons of grain": the same count of the same things, holding
    another thing, is another fact (the count's match becomes a mismatch of what they held)."""
    out = []
    for r, decisive in weighed:
        if r.type == "quantity_match" and r.claim_text and r.passage_text:
            (said, mine), (theirs, yours) = _held(claim, r.claim_text), _held(text, r.passage_text)
            if said and theirs and not ({CANONICAL.get(s, s) for s in said} & {CANONICAL.get(s, s) for s in theirs}) \
                    and not said & set(content_stems(text)):
                r = Reason("quantity_mismatch", r.claim_text, r.passage_text,
                           f"claim says {mine}, passage says {yours}")
        out.append((r, decisive))
    return out


def _held(text: str, amount: str) -> tuple[set[str], str]:
    """The stems of what the counted things at `amount` hold ("of coal"), when the count is of things, not a measure,
    and the words of the count with it ("14 wagons of coal")."""
    at = text.find(amount)
    if at < 0 or not amount.split() or measure(amount.split()[-1]) is not None \
            or duration(amount.split()[-1]) is not None:  # ("30 hours of talks": a span, of what was done in it)
        return set(), amount
    m = _CONTENT_OF.match(text, at + len(amount))
    return (set(content_stems(m.group("what"))), text[at:m.end()]) if m else (set(), amount)


SHARE_SAME = 0.02  # a fraction and a share that far apart say one figure ("a third" / "33 percent")
SHARE_OTHER = 0.05  # … and this far apart, two ("half" / "43.7 percent"); between the two, neither is said


def _multiples(claim: str, text: str, restated: bool = True) -> list[Reason]:
    """"tripled" against "doubled", "three times the dose" against "twice the dose", "a third of the jobs" against
    "half of the jobs" or "43.7 percent", "more than half of the cables" against "14 of its 40 cables": multiples and
    fractions are figures too. A passage stating the claim's is a match; one stating a single other of its kind (and
    not the claim's) is another figure. Two percentages are left to the amounts (_quantities), and so is a claim's
    part of a set ("24 of the 40 cables": its counts are compared there). Only figures of the same thing are
    compared: what they are of shares a word, two in a passage that restates little of the claim (`restated` false).
    A hedged figure allows what its hedge leaves open (`Multiple.span`): "more than half" is matched by 0.6 and
    contradicted by 0.35; two hedged figures are not compared."""
    claimed = [c for c in find_multiples(claim) if not c.percent and not c.part]
    stated = find_multiples(text) if claimed else ()
    reasons = []
    for c in claimed:
        # (of the same thing: what each is a multiple or share of shares a word, "twice the stated dose" / "three
        # times the stated dose", "net profit doubled" / "first-quarter net profit tripled")
        of = set(content_stems(c.of))
        alike = [p for p in stated if p.kind == c.kind and len(of & set(content_stems(p.of))) >= (1 if restated else 2)]
        same = next((p for p in alike if _same_multiple(c, p)), None)
        if same is not None:
            reasons.append(Reason("quantity_match", c.text, same.text,
                                  f"claim says {c.text}, passage says {same.text}"))
        elif len(alike) == 1 and not (c.hedged and alike[0].hedged) and _other_multiple(c, alike[0]):
            reasons.append(Reason("quantity_mismatch", c.text, alike[0].text,
                                  f"claim says {c.text}, passage says {alike[0].text}"))
    return reasons


def _same_multiple(claimed: Multiple, stated: Multiple) -> bool:
    """One figure: equal within the kind's tolerance, or one exact share within the other's bound."""
    if not claimed.hedged and not stated.hedged:
        return abs(stated.value - claimed.value) <= (SHARE_SAME if claimed.kind == "share" else 0.01)
    if (claimed.hedged and stated.hedged) or claimed.kind != "share":
        # (two estimates or bounds: neither says the other; nor does an estimate of a multiple, "about 2.61 times as
        # much energy", say "twice": on CLIMATE-FEVER tune the multiples' hedges read so paired figures of other things)
        return False
    exact, hedged = (stated, claimed) if claimed.hedged else (claimed, stated)
    low, high = hedged.span()
    return low <= exact.value <= high and not (hedged.bound == "above" and exact.value == low) \
        and not (hedged.bound == "below" and exact.value == high)


def _other_multiple(claimed: Multiple, stated: Multiple) -> bool:
    """Another figure: outside the other's value or hedge by more than the kind's margin (a share's SHARE_OTHER, a
    tenth of a multiple); a hedged multiple is not compared (see _same_multiple)."""
    if claimed.kind != "share" and (claimed.hedged or stated.hedged):
        return False
    (c_low, c_high), (s_low, s_high) = claimed.span(), stated.span()
    margin = SHARE_OTHER if claimed.kind == "share" else max(0.01, min(claimed.value, stated.value) / 10)
    return s_low > c_high + margin or c_low > s_high + margin \
        or (claimed.bound == "above" and s_high <= c_low) or (claimed.bound == "below" and s_low >= c_high) \
        or (stated.bound == "above" and c_high <= s_low) or (stated.bound == "below" and c_low >= s_high)


def _tallies(claim: str, text: str) -> list[Reason]:
    """"voted 5-4" against "voted 7-2": a tally is one figure of two numbers; another tally of the passage's one vote
    is another result (a passage of several tallies agrees with any of them, and contradicts none)."""
    claimed = find_tallies(claim)
    stated = find_tallies(text) if claimed else ()
    reasons = []
    for c in claimed:
        same = next((p for p in stated if (p.high, p.low) == (c.high, c.low)), None)
        if same is not None:
            reasons.append(Reason("quantity_match", c.text, same.text, f"claim says {c.text}, passage says {same.text}"
                                                                        " (a tally)"))
        elif len(stated) == 1:
            reasons.append(Reason("quantity_mismatch", c.text, stated[0].text,
                                  f"claim says {c.text}, passage says {stated[0].text} (a tally)"))
    return reasons
