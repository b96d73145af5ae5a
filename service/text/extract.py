"""Quantities, dates, negations, names and place slots in a text — for claims and passages alike.

Hand-written regular expressions rather than a parser library: the phrases that matter here
("at least five", "17 to 40", "on Tuesday night", "Anbar province") are a small closed set,
dateutil's fuzzy parser would swallow weekdays and numbers alike, and this keeps the pool of
~100 passages per dossier cheap to analyse. The patterns are compiled once at import.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import islice
from typing import Any

from text_to_num import text2num

from service.memo import memo
from service.text.model import DateMention, Negation, Quantity, Slot, Span
from service.tokens import STOPWORDS, normalize, stem

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WORD_VALUES: dict[str, int] = {w: i for i, w in enumerate(_UNITS)}
WORD_VALUES.update({w: 20 + 10 * i for i, w in enumerate(_TENS)})
WORD_VALUES.update({"a dozen": 12, "dozen": 12, "a hundred": 100, "a thousand": 1000, "a couple of": 2,
                    "a pair of": 2, "both": 2, "single": 1, "a single": 1})
_ABBREVIATED = {"bn": 1_000_000_000, "tn": 1_000_000_000_000, "mn": 1_000_000, "m": 1_000_000, "k": 1_000}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
# Vague amounts, with the bounds this project gives them (docs/verdicts.md): "several" is more
# than two, so it does NOT agree with an exact 2 — but a mismatch against it weighs less.
VAGUE: dict[str, tuple[float | None, float | None]] = {
    "several": (3, None), "a few": (2, 5), "few": (2, 5), "multiple": (2, None), "numerous": (3, None),
    "dozens of": (24, None), "hundreds of": (200, None), "thousands of": (2000, None),
    "a number of": (2, None), "a handful of": (2, 6),
}
CURRENCIES = {"$": "USD", "€": "EUR", "£": "GBP"}
CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR",
                  "pounds": "GBP"}

_DIGIT_WORD = "|".join(_UNITS[:10])
# "fourteen point three (billion)": a decimal in words, as spelled-out figures are read aloud
_WORDNUM = (r"(?:(?:(?:(?:" + "|".join(_TENS) + r")(?:[- ](?:" + "|".join(_UNITS[1:10]) + r"))?|"
            + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")(?:\ point(?:\ (?:" + _DIGIT_WORD + r"))+)?)"
            + r"|a\ dozen|dozen|a\ hundred|a\ thousand|a\ couple\ of|a\ pair\ of|a\ single)")
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# Each pattern below that every passage meets opens with a lookahead for the characters a match
# can start with: sre then skips to those characters instead of trying the whole pattern at
# every position (3x faster on news text; the matches are the same).
_NUMBER = re.compile(
    r"(?=[$€£\dzotfsenad])(?<![\w.,/:-])(?:(?P<cur>[$€£])\s?)?(?P<num>" + _DIGITS + r"|\b" + _WORDNUM + r"\b)"
    r"(?:[\s-](?P<scale>hundred|thousand|million|billion|trillion)\b"
    # "$14.3bn", "£2m": a scale abbreviated on a sum of money (m and k only after a currency sign)
    r"|(?<=\d)(?P<abbr>bn|tn|mn|m|k)\b)?"
    r"(?:\s?(?P<pct>%|percent\b|per\ cent\b))?(?![\w:]|[.,]\d)",
    re.IGNORECASE,
)
_VAGUE = re.compile(r"\b(?:" + "|".join(re.escape(v) for v in sorted(VAGUE, key=len, reverse=True)) + r")\b",
                    re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:to|-|–|—|and|or)\s*$", re.IGNORECASE)
_HEDGES: list[tuple[re.Pattern[str], str]] = [
    # ("a minimum sentence of", "a maximum fine of": the bound of what the noun names)
    (re.compile(r"\b(?:at least|no fewer than|no less than|not less than|a minimum(?:\s+[a-z]+)?\s+of|upwards of)\s+$",
                re.I), "min"),
    # (before "more than": "no more than 400 tonnes" is at most 400)
    (re.compile(r"\b(?:at most|up to|no more than|not more than|a maximum(?:\s+[a-z]+)?\s+of|not exceeding)\s+$",
                re.I), "max"),
    # (and a measure's comparatives: "vehicles heavier than 18 tonnes", "queues longer than 3 kilometres")
    (re.compile(r"\b(?:more than|over|above|in excess of|exceeding|(?:far\s+|much\s+)?(?:higher|greater|heavier"
                r"|larger|bigger|longer|wider|taller|deeper) than)\s+$", re.I), "gt"),
    (re.compile(r"\b(?:fewer than|less than|under|below|(?:far\s+|much\s+)?(?:lower|lighter|smaller|shorter"
                r"|narrower|shallower) than)\s+$", re.I), "lt"),
    (re.compile(r"\b(?:nearly|almost|close to|just under)\s+$", re.I), "nearly"),
    (re.compile(r"\b(?:about|around|approximately|roughly|some|an estimated|estimated|circa|~)\s*$", re.I),
     "about"),
]
_BETWEEN = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
# a verb that sets a figure right, before its "from … to …"
# (…and a limit set anew: "capacity has been cut from 6,500 to 4,000")
_REVISED = re.compile(r"\b(?:lowered|lowers|raised|raises|revised|revises|corrected|corrects|updated|updates|adjusted"
                      r"|cut|cuts|reduced|reduces|slashed|trimmed"
                      r"|adjusts|amended|amends)\b", re.IGNORECASE)
_UP_FROM = re.compile(r"\b(?:up|down)\s+from\s+(?:the\s+|an?\s+(?:earlier|initial|first)\s+|its\s+)?$", re.IGNORECASE)
_OR_MORE = re.compile(r"\s+or\s+(?:(?P<more>more|above|higher|greater)|fewer|less|below|lower)\b", re.IGNORECASE)
# "the number of (US) missiles (and shells) …", "revised its count of passengers who fell ill to 268": the plural noun
# counted (not "a number of", "the number of the dead", "new" of "new cases")
_NUMBER_OF = re.compile(r"\b(?:the|its|their)\s+(?:(?:real|true|official|final|actual|overall|total|confirmed)\s+)?"
                        r"(?:number|total|count|tally)\s+of\s+(?:[A-Za-z-]+\s+){0,2}?"
                        r"(?P<noun>[a-z]{3,}s|people|children|men|women|personnel|staff|police)\b(?!['’])"
                        r"(?!.*\bnumber\s+of\b)", re.IGNORECASE)  # (not an owner: "Legionnaires' cases")
# the time over which the rest of a sentence happened, when "over" opens the sentence or a clause:
# "Over 25 days of raids, …", "…; over three weeks, prices rose" (not "lasted over 25 days", nor
# "has over 25 years of experience")
_SPAN_OF_TIME = re.compile(r"\s+(?:hours?|days?|weeks?|months?|years?)\s*(?:of\b|,)", re.IGNORECASE)
_OPENS_CLAUSE = re.compile(r"(?:^|[,;:]\s*)$")
# "over" that gives the reason of a penalty or a quarrel, not a bound: "fined the operator 2.4 million euros over two
# leaks", "sued the council over three evictions", "a row over two contracts" (a penalty's verb with its object
# between, or a sum, or a noun of dispute right before it; not "fined over 200 firms", where what follows is fined; not
# "fired", whose rockets go over a distance)
_OVER_CAUSE = re.compile(r"(?:\b(?:fined|fines|fine|sued|sues|sue|charged|jailed|sacked|disciplined|penali[sz]ed"
                         r"|censured|reprimanded|critici[sz]ed|blamed|compensated|paid)\s+(?:[\w'’.,-]+\s+){1,6}?"
                         r"|\b(?:row|rows|dispute|disputes|clash|clashes|clashed|protest|protests|protested|anger"
                         r"|outrage|concerns?|fears|questions|lawsuit|inquiry|probe|investigation|complaints?)\s+)"
                         r"over\s+$", re.IGNORECASE)
# Words the _HEDGES phrases and VAGUE amounts end with / contain. A test for them rules out
# most texts before the patterns run (each `…\s+$` search tries every position): exact for
# ASCII, where lowercase is what IGNORECASE matches; other text always takes the patterns.
_HEDGE_LAST_WORDS = ("least", "than", "of", "above", "over", "exceeding", "most", "to", "under", "below",
                     "nearly", "almost", "about", "around", "approximately", "roughly", "some", "estimated",
                     "circa", "~")
_VAGUE_WORDS = ("several", "few", "multiple", "numerous", "dozens", "hundreds", "thousands", "number", "handful")


def _may_hedge(before: str) -> bool:
    """False only when no _HEDGES pattern can match the text before an amount."""
    if not before.isascii():
        return True
    last = before.split()[-1:]
    return bool(last) and last[0].lower().endswith(_HEDGE_LAST_WORDS)


def _may_be_vague(text: str) -> bool:
    """False only when _VAGUE cannot match the text."""
    if not text.isascii():
        return True
    low = text.lower()
    return any(word in low for word in _VAGUE_WORDS)

# (a dotted abbreviation is one word of the run: "five U.S. personnel", "two U.N.-run schools")
_UNIT_WORD = re.compile(r"\s*\(?((?:[A-Z]\.){2,}(?:-[A-Za-z]+)*|[A-Za-z][\w'’]*(?:-[A-Za-z]+)*)")

# Counted things, by class, as Snowball stems. Amounts are compared only within one class.
UNIT_CLASSES: dict[str, frozenset[str]] = {
    "people": frozenset(stem(w) for w in """american soldier troop personnel people person civilian member
        marine servicemen servicemember fighter militant worker contractor officer individual resident
        child children women men casualty staff israeli palestinian iraqi syrian citizen adult victim
        guard policeman police evacuee detainee hostage employee""".split()),
    # (people of one occupation, "passengers", "miners", are not in the class: counted under no fate, three
    # passengers treated and 58 taken off a ship are other counts of the same noun, which only the same noun
    # is compared with, and not decisively)
    "projectiles": frozenset(stem(w) for w in """missile rocket shell projectile mortar bomb katyusha
        munition""".split()),
    "drones": frozenset(stem(w) for w in "drone uav".split()),
}
# nouns news copy uses for the same people counted, whatever the sentence ("31 prisoners escaped" / "14 inmates
# escaped"): a short hand-kept table, as synonyms.py's, of nouns that name one set of people and no other (not
# "pupils" / "students": schoolchildren are not a university's students)
_COUNT_NOUNS = {stem(w): group.split()[0] for group in ("inmate inmates prisoner prisoners convict convicts",
                                                         # (what a blackout or a flood counts: "65,000 households" /
                                                         # "about 65,000 homes")
                                                         "household households home homes")
                for w in group.split()}
COUNT_NOUN_STEMS = {s: frozenset(k for k, g in _COUNT_NOUNS.items() if g == group) for s, group in _COUNT_NOUNS.items()}


def count_noun(unit: str) -> str:
    """One name for the nouns that count the same people ("inmates", "prisoners")."""
    return _COUNT_NOUNS.get(stem(unit), stem(unit))


FATE_WORDS = {
    "injured": "injured injure injuries injury wounded wound hurt".split(),
    "killed": "killed kill dead died die death deaths dying".split(),
    "deployed": "deployed deploy deploying deployment sent send sending stationed dispatched".split(),
    # fates other than harm that tolls count apart: 2,600 evacuated are not 2,600 killed
    "evacuated": "evacuated evacuate evacuating evacuation evacuee evacuees".split(),
    "missing": "missing unaccounted".split(),
    # (its stem is also the noun's, "rescue workers pulled 12 bodies": bodies, which no fate is compared for)
    "rescued": "rescued rescuing".split(),
    "arrested": "arrested arrest arresting detained detain detaining".split(),
    # what befell flights, trains, operations: 46 delayed are not 46 cancelled
    "cancelled": "cancelled canceled cancelling canceling cancellation cancellations scrapped axed".split(),
    "delayed": "delayed delays".split(),
    # people who fell ill are not those taken into hospital: 46 pupils ill, 12 admitted
    "ill": "ill sick sickened sickening".split(),
    # (not "hospitalisation", "hospitalized": their stem is the hospital's)
    "admitted": "admitted admitting hospitalised".split(),
}
_PREDICATES = {name: frozenset(stem(w) for w in words_) for name, words_ in FATE_WORDS.items()}
# the words news copy says a harm with, one form each ("No one was hurt" is what "caused no injuries" denies)
_HARM_SAID = {"injured": ("injured", "hurt", "wounded", "injuries"), "killed": ("killed", "dead", "died", "deaths")}


def harm_words(word: str) -> tuple[str, ...]:
    """The other words of a word's harm ("injuries" → injured, hurt, wounded), or () for a word of no harm."""
    own = stem(word)
    return next((tuple(w for w in said if stem(w) != own) for fate, said in _HARM_SAID.items()
                 if own in _PREDICATES[fate]), ())


_NOUN_EXCEPTIONS = frozenset(["km", "kilometers", "miles", "personnel", "people", "police", "staff", "children",
                              "men", "women", "crew"])

MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
MONTHS.update({m[:3]: n for m, n in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                         "sunday"])}
WEEKDAYS.update({d[:3]: i for d, i in list(WEEKDAYS.items())})
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December" \
         r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[6-9]|20)\d\d)"
_ISO_DATE = re.compile(r"\b(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b")
_DATE_PATTERNS = [
    _ISO_DATE,
    re.compile(r"\b(?:" + _WEEKDAY + r",?\s+)?" + _MONTH + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?\b"),
    re.compile(r"\b(?:" + _WEEKDAY + r",?\s+)?" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+" + _YEAR + r")?\b"),
    re.compile(r"\b" + _MONTH + r"(?:\s+of)?,?\s+" + _YEAR + r"\b"),
]
_WEEKDAY_PHRASE = re.compile(
    r"\b(?:(?P<mod>(?i:last|on|this|past|late|early))\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday)(?:\s+(?:night|morning|afternoon|evening))?\b")
# Dates relative to the text's own time ("yesterday", "last week", "three days ago"): resolved only
# against an anchor (a passage's publication day, a claim's claim_date). A handful of English
# phrases, read here rather than with dateparser, whose search over free text costs milliseconds a
# sentence at ingest and takes "may" and "second" for dates.
_RELATIVE = re.compile(
    r"\b(?i:(?P<dby>the\s+day\s+before\s+yesterday)|(?P<yday>yesterday|last\s+night)"
    r"|(?P<today>today|tonight|this\s+(?:morning|afternoon|evening))"
    r"|(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several)\s+"
    r"(?P<unit>day|week|month|year)s?\s+ago"
    r"|(?:(?P<earlier>earlier|later)\s+)?(?P<which>last|this|past|previous)\s+(?P<span>week|weekend|month|year))\b")
_RELATIVE_HINT = re.compile(r"(?i:yesterday|today|tonight|ago\b|last\s+(?:night|week|month|year)|this\s+(?:mor"
                            r"|aft|eve|week|month|year)|past\s+(?:week|month|year)|previous\s+(?:week|month|year))")
# What each kind of date needs, found by a quick search that rules most passages out of the slower
# patterns: a four-digit year for ISO dates and years alone, a digit and a month's name (all
# spellings start with its three letters) for the other _DATE_PATTERNS, a weekday's full name for
# _WEEKDAY_PHRASE.
_DIGIT = re.compile(r"\d")
_FOUR_DIGITS = re.compile(r"\d{4}")
_MONTH_HINT = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_WEEKDAY_HINT = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_YEAR_CONTEXT = re.compile(r"\b(?:in|since|by|until|till|of|from|before|after|early|late|mid|during|around|circa"
                           r"|year)\s+$", re.IGNORECASE)
# A year that names a plan or account for that year, not when anything happened: "the 2025 budget" was
# voted on in November 2024, "its 2030 target" is set today ("in 2025 budget talks" keeps its year)
_NAMES_PERIOD = re.compile(r"\s+(?:budget|season|plan|forecast|target|goal|strategy|allocation|spending"
                           r"|deadline|programme|program|timetable|roadmap|(?:fiscal|financial|tax|school|academic)\s+year)"
                           r"\b", re.IGNORECASE)


def _names_period(text: str, start: int, end: int) -> bool:
    """Whether the year text[start:end] names a plan or account ("the 2025 budget"): neither a date nor an amount."""
    return _NAMES_PERIOD.match(text, end) is not None and not _YEAR_CONTEXT.search(text[max(0, start - 12):start])


# "1993-2017", and "between 1993 and 2017" / "from 1993 to 2017": one span of years
# (not a count, "2018 students"; "2018 as part of …" is a year, and so is one after a determiner, "the 2024 floods",
# "its 2019 protests" — a count of a thousand or more is written with a comma, "the 2,018 students" — and one before a
# singular noun that ends in s, "a 2025 meningitis outbreak", "2008 crisis"; "In 2018 students protested" stays a count)
_YEAR_ALONE = re.compile(r"(?<![\w$€£.,-])(?P<det>(?<=\b[Tt]he\s)|(?<=\b[Ii]ts\s)|(?<=\b[Tt]heir\s)|(?<=\b[Tt]his\s)"
                         r"|(?<='s\s)|(?<=’s\s))?"
                         r"(?:(?P<range>[Bb]etween|[Ff]rom)\s+)?(?P<y1>(?:1[0-9]|20)\d\d)"
                         r"(?:\s*[-–]\s*(?P<y2>(?:1[0-9]|20)\d\d)"
                         r"|(?(range)\s+(?:and|to|until|through)\s+(?P<y3>(?:1[0-9]|20)\d\d)))?"
                         r"(?![\w%]|[.,]\d|,\s*\d|(?(det)(?!)|\s+(?!as\s+(?:part|a|an|the)\b)"
                         r"[a-z]+s(?<!ss)(?<!is)(?<!us)\b))")

# "is yet to clear the Senate", "has still not been approved": a state on the day it is reported
_NOT_YET = re.compile(r"\b(?:(?:is|are|was|were|has|have|had)\s+yet\s+to|not\s+yet|yet\s+to\s+be"
                      r"|still\s+(?:has|have|had|is|are|was|were)\s*(?:not|n't)|still\s+(?:hasn't|haven't|isn't|aren't"
                      r"|not))\b", re.IGNORECASE)


def states_not_yet(text: str) -> bool:
    """Whether a sentence says something has not happened yet ("is yet to clear the Senate")."""
    low = text.lower()
    return ("yet" in low or "still" in low) and _NOT_YET.search(text) is not None


# how word of a claim went round, between "rumours" and "that": "rumours (circulating|spread) online that …"
SPREAD = r"(?:(?:circulating|spread|spreading|posted|shared|published|made)\s+(?:online\s+|on\s+social\s+media\s+)?)"
# "is yet to clear" says "has not cleared" without a negation word: read as one (and "refused to pay", "would not pay")
# "denied responsibility" says "no responsibility": a denial verb negates what it governs
# "failed to hit their targets", "was unable to vote": what failed did not happen (not the present "fails to
# take into account", a judgement on an argument)
_NEG_CUE = re.compile(r"(?=[nwcydfur])(?:\b(?:not|no|never|nobody|none|nothing|without|neither|nor|cannot|no one"
                      r"|no-one|yet to|denied|denies|deny|denying|failed to|unable to"
                      # "refused to pay the hackers": said it would not pay them
                      r"|refused to|refuses to|refuse to|refusing to|declined to|declines to|declining to"
                      # "ruled out brake failure as a cause": what is ruled out is denied
                      r"|ruled\s+out|rules\s+out|ruling\s+out)\b|n['’]t\b"
                      # "unrelated to school meals": not related to them
                      r"|\bun(?=(?:related|connected|linked)\s+to\b)"
                      # "rejected claims that the ferry was overloaded": denies what the claims said
                      # (…or "dismissed rumours spread online that …")
                      # (…or "rejected the club's claim that …")
                      r"|\b(?:rejected|rejects|rejecting|dismissed|dismisses|dismissing)(?=\s+(?:the\s+)?"
                      r"(?:[\w-]+['’]s?\s+)?(?:claims?|reports?"
                      r"|allegations?|suggestions?|accusations?|rumou?rs?)\s+" + SPREAD + r"?that\b"
                      # (…and an accusation rejected as a whole, as "denied the accusation" is; not "the charge", a
                      # fee too)
                      r"|\s+(?:the\s+|these\s+|those\s+|such\s+)?(?:accusations?|allegations?)\b(?!\s+(?:of|against)\b)))",
                      re.IGNORECASE)
_SCOPE_WORD = re.compile(r"[\w'’-]+")
# "no fewer than ten", "not more than 40": a bound on an amount, not a denial
_COMPARED = re.compile(r"\s+(?:fewer|less|more|later|earlier|sooner|longer|greater|higher|lower)\s+than\b",
                       re.IGNORECASE)
# a noun phrase coordinated after a comma: "…, and possible casualties" (not a clause: "…, and shares rose")
_COORDINATED = re.compile(r",\s*(?:and|or|nor)\s+(?:(?:possible|any|other|further|the|its|their|some)\s+)?"
                          r"(?:[a-z'’-]+\s+)?[a-z'’-]+(?=\s*(?:[.;]|$))")
_NOT_NOUN = re.compile(r"(?:ed|ing)$|^(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|may"
                       r"|might|left|rose|fell|went|came|said|says|got)$")
# a short aside between commas (one token per word: no backtracking over long words)
_ASIDE = re.compile(r"\s*,\s*[\w'’-]+(?:\s+[\w'’-]+){0,4}\s*,\s*")
# (not the comma or stop inside a figure: "would not pay its 50,000-euro reward", "did not fall 1.5 percent")
_CLAUSE_END = re.compile(r"(?<!\d)[,.]|[,.](?!\d)|[;:!?()]|\b(?:but|while|although|whereas|however|and then)\b"
                         # "no aircraft were damaged and flights resumed": "and" opening a clause of its own
                         # (not "no deaths and injuries reported", where the participle goes with both)
                         r"|\band\s+(?=(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){1,2}?"
                         r"(?!reported|recorded|confirmed|seen|found)(?:was|were|is|are|had|has|have|will|[a-z]{3,}ed)\b)",
                         re.IGNORECASE)

# (a model designation keeps its number: "MQ-9", "F-16")
_ENT_WORD = r"(?:[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*|(?<=[A-Z])-\d{1,3}[A-Z]?\b)*" \
            r"|(?:al|el|ad|ash|as|an|ar|at|az|ibn|bin)-[A-Z][\w'’]*)"
# the lookahead lets sre skip to where a name can start (a capital, or "al-" and the like) instead
# of trying the whole pattern at every position: the same matches, several times faster
_ENTITY = re.compile(r"(?=[A-Z]|[a-z]{2,3}-[A-Z])" + _ENT_WORD + r"(?:\s+(?:(?:of|al|el|bin|ibn|de)\s+)?" + _ENT_WORD
                     + r")*")
_SLOT_KINDS = {"province": "province", "governorate": "province", "region": "province", "district": "district",
               "county": "district", "state": "province", "city": "city"}
_SLOT_AFTER = re.compile(r"(?P<name>" + _ENT_WORD + r"(?:\s+" + _ENT_WORD + r")?)\s+(?P<kind>(?i:province"
                         r"|governorate|region|district|county|city))\b")
_SLOT_HINT = re.compile(r"(?i:province|governorate|region|district|county|city)")
_SLOT_BEFORE = re.compile(r"\b(?P<kind>(?i:province|governorate|region|district|county|city))\s+of\s+(?P<name>"
                          + _ENT_WORD + r"(?:\s+" + _ENT_WORD + r")?)")
# Head nouns of organisation names that take "in"/"of" + place ("Islamic Resistance in Iraq",
# "Ministry of Defence"): after one of these, "in" joins two capitalised runs into one name.
ORG_HEADS = frozenset("""ministry department resistance council bank university party front army forces force corps
    organisation organization committee agency office court institute movement union league association
    federation authority commission brigade brigades command coalition embassy mission group network
    centre center church college school society foundation fund service services guard police""".split())
_ORG_JOIN = re.compile(r"\s+(?:in|of)\s+")
NON_NAMES = frozenset(WEEKDAYS) | frozenset(MONTHS) | STOPWORDS | {
    "us", "u.s", "mr", "mrs", "dr", "president", "secretary", "general", "minister", "according"}
# Prepositions and conjunctions the stopword list lacks, which open a sentence and so a capitalised run
# ("Besides Al-Mayadeen's count", "Unlike Reuters, …"): never the start of a name (not "Beyond", "Via",
# "Per", "Outside", which start names: "Beyond Meat", "Via Rail", "Per Larsen").
_OPENERS = frozenset("""besides unlike despite amid amidst apart following citing toward towards throughout upon
    except whereas although though unless regarding concerning including excluding alongside""".split())


def number_value(raw: str) -> float | None:
    """The value of a number as written, in figures or words ("16", "1,200", "Fourteen", "thirty-one"), or None."""
    word = raw.lower().replace("-", " ")
    if " point " in word:
        whole, _, decimals = word.partition(" point ")
        value = number_value(whole)
        digits = [WORD_VALUES.get(d) for d in decimals.split()]
        if value is None or any(d is None or d > 9 for d in digits):
            return None
        return float(f"{int(value)}.{''.join(str(d) for d in digits)}")
    if word in WORD_VALUES:
        return float(WORD_VALUES[word])
    parts = word.split()
    if len(parts) == 2 and parts[0] in WORD_VALUES and parts[1] in WORD_VALUES:
        return float(WORD_VALUES[parts[0]] + WORD_VALUES[parts[1]])
    try:
        return float(raw.replace(",", ""))
    except ValueError:
        return None


def _modifies_noun(text: str, end: int) -> bool:
    """Whether the word after `end` is a plural noun (of people, or ending in -s) that is no fate itself."""
    match = _UNIT_WORD.match(text, end)
    if match is None or text[end:match.start(1)].strip():
        return False
    low = normalize(match.group(1))
    return _predicate_of(low) is None and low not in STOPWORDS and (
        unit_class(low) == "people" or low in _NOUN_EXCEPTIONS or (low.endswith("s") and not low.endswith("ss")
                                                                   and len(low) > 3))


# prepositions the stopword list lacks (some end in -s, and would be read as a plural noun)
_PREPOSITIONS = frozenset("""across throughout towards toward despite amid amidst beyond besides unlike versus via upon
    within without against along alongside around behind beneath beside between inside outside near past since until
    per onto""".split())


_WHOLE_OF_MEMBERS = ("crew", "staff")
_MEMBERS_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?P<whole>crew|staff)\b")


_OTHER_WORDS = frozenset("other more further additional".split())
_JOINED_TO_ONE = re.compile(r"\band\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?[\w,.-]+$", re.IGNORECASE)


def _unit_after(text: str, end: int) -> tuple[str | None, int]:
    """The counted noun after an amount (_noun_after), a speed with its hour: "55 miles per hour" is 55 mph."""
    unit, after = _noun_after(text, end)
    if unit is not None and unit.lower() in _SPEED_OF:
        hour = _PER_HOUR.match(text, after)
        if hour is not None:
            return _SPEED_OF[unit.lower()], hour.end()
    return unit, after


_BY_MARGIN = re.compile(r"\bby\s+(?:just\s+|only\s+|a\s+mere\s+)?$", re.IGNORECASE)
_VOTES_TO = re.compile(r"\s+(?:to|against)\s+\d", re.IGNORECASE)
_MODALS = frozenset("may might must can could will would shall should".split())
_SPEED_OF = {"miles": "mph", "mile": "mph", "kilometres": "kph", "kilometers": "kph", "kilometre": "kph",
             "kilometer": "kph", "km": "kph"}
_PER_HOUR = re.compile(r"\s+(?:per|an|a)\s+hour\b|/h(?:r|our)?\b", re.IGNORECASE)


def _noun_after(text: str, end: int) -> tuple[str | None, int]:
    """The counted noun after an amount: last class noun or plural in a short modifier run."""
    run: list[re.Match[str]] = []
    pos = end
    while len(run) < 4:
        match = _UNIT_WORD.match(text, pos)
        if not match or text[pos:match.start(1)].strip(" (") or "\n" in text[pos:match.start(1)]:
            break
        word = match.group(1)
        low = normalize(word)
        if not run and low in _OTHER_WORDS and _UNIT_WORD.match(text, match.end()) \
                and not _JOINED_TO_ONE.search(text, max(0, end - 40), end):
            # "Around 50 other passengers", "12 more people": the noun after the word (not "Kasz and the two other
            # men", a part of the three)
            pos = match.end()
            continue
        if low in STOPWORDS and low not in {"us"} or low in WORD_VALUES or low in SCALES or low in _PREPOSITIONS \
                or (low in _MODALS and word.islower()):
            break  # ("21 hospital admissions across the two towns": the noun ends before "across"; "3 tonnes may
            # cross": before a modal verb)
        if not run and _predicate_of(word) is not None and not _modifies_noun(text, match.end()):
            break  # "more than 50,000 injured": the word after the amount is its fate, not its noun (not "four
            # rescue workers", where it qualifies the noun after it)
        if run and (low.endswith("ed") or low.endswith("ing")) and stem(low) not in UNIT_CLASSES["people"]:
            break
        run.append(match)
        pos = match.end()
    if not run:
        return None, end
    words_ = [m.group(1) for m in run]
    for i in range(len(words_) - 1, -1, -1):
        if unit_class(words_[i]):
            if normalize(words_[i]) in ("members", "member"):
                # "21 crew members", "twelve members of the Gull Star's crew": a count of the crew, as "21 crew"
                # says
                if i > 0 and normalize(words_[i - 1]) in _WHOLE_OF_MEMBERS:
                    return words_[i - 1], run[i].end()
                whole = _MEMBERS_OF.match(text, run[i].end())
                if whole is not None:
                    return whole.group("whole"), run[i].end()
            return words_[i], run[i].end()
    for i in range(len(words_) - 1, -1, -1):
        low = normalize(words_[i])
        if (low.endswith("s") and len(low) > 3) or low in _NOUN_EXCEPTIONS:
            if i > 0 and words_[i - 1].lower() in ("square", "cubic"):
                # "2,850,000 cubic kilometres" is a volume, not a length
                return f"{words_[i - 1]} {words_[i]}", run[i].end()
            return words_[i], run[i].end()
    return words_[0], run[0].end()


# nouns that count people by what befell them, and that fate
_HARM_NOUNS = {"deaths": "killed", "death": "killed", "fatalities": "killed", "fatality": "killed",
               "injuries": "injured", "injury": "injured"}
# lives taken or lost: "claimed nine lives", "cost 12 lives", "eleven people lost their lives"
_TOOK_LIVES = re.compile(r"\b(?:claimed|claiming|claims|cost|costing|costs|took|taking|takes)\s+(?:(?:at\s+least|some"
                         r"|about|around|nearly|more\s+than|over)\s+)?$", re.IGNORECASE)
_LOST_LIVES = re.compile(r"\s+(?:(?:had|have|has|were|was)\s+)?(?:lost|losing)\s+(?:their|his|her)\s+li(?:fe|ves)\b",
                         re.IGNORECASE)
# people "taken into custody", "held in custody": detained (within the amount's clause)
_IN_CUSTODY = re.compile(r"[^.;:]{0,60}?\b(?:taken|held|placed|remanded|kept|put)\s+(?:in|into)\s+"
                         r"(?:police\s+)?custody\b(?!\s+of\b)", re.IGNORECASE)
# a noun of people: one of the people class, or one of the forms of people by what they do ("fishermen", "dockers")
_PEOPLE_NOUN = re.compile(r"(?:^(?:people|persons|men|women|crew|staff)$|men$|women$|ers$|ors$|ists$|ees$|ants$|ents$)",
                          re.IGNORECASE)
# a toll said to have risen: "the death toll … rose to eight", "bringing the toll to seven", "rose to 12 dead"; a
# count of people of another fate too ("the number of people hurt … has risen to seven", "the injury count rose to
# 31", "the number of people arrested … had risen to 23")
_TOLL_FATES = (r"dead|deaths|killed|injured|hurt|wounded|injuries|arrested|arrests|detained|sick|ill|sickened"
               r"|admitted|hospitali[sz]ed|evacuated|evacuees")
_TOLL_ROSE = re.compile(r"\b(?:(?:death\s+)?toll|(?:injury|casualty|arrest)\s+(?:count|toll|tally|figure)"
                        r"|number\s+of\s+(?:[\w-]+\s+){0,2}?(?:" + _TOLL_FATES + r"|people\s+killed))\b"
                        r"[^.;]{0,80}?\b(?:rose"
                        r"|risen|climbed|increased|jumped|reached|grew|went\s+up)\s+to\b"
                        r"|\bbringing\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:death\s+)?toll\b"
                        r"|\b(?:rose|risen|climbed)\s+to\s+(?:at\s+least\s+|about\s+)?[\w,.-]+\s+(?:people\s+)?(?:"
                        + _TOLL_FATES + r")\b"
                        # ("The death toll stands at six", "Six people are now confirmed dead": the count at the report)
                        r"|\b(?:death\s+)?toll\s+(?:now\s+)?stands\s+at\b"
                        r"|\bnow\s+(?:confirmed|known|reported)\s+(?:to\s+have\s+)?(?:dead|died|been\s+killed|killed"
                        r"|injured|hurt)\b", re.IGNORECASE)


def tells_risen_toll(text: str) -> bool:
    """Whether a sentence says a toll (of the dead, the hurt, the arrested …) rose to its figure (a later count that
    replaces the earlier ones)."""
    return _TOLL_ROSE.search(text) is not None


_MORE_PEOPLE = frozenset(stem(w) for w in """pilgrims nurses pupils students patients refugees migrants tourists
    suspects detainees""".split())


def names_people(unit: str | None) -> bool:
    """Whether a count's noun names people: the people class, or people by what they do ("patients", "miners")."""
    return bool(unit) and (unit_class(unit) == "people" or bool(_PEOPLE_NOUN.search(unit or ""))
                           or stem(unit or "") in _MORE_PEOPLE)


# a count named by such a noun, one modifier allowed: "14 injuries", "17 heatstroke deaths" (read where the noun
# itself was taken for the figure's fate)
_HARM_NOUN = re.compile(r"\s+(?:[a-z]+[-\s])?(?P<noun>deaths|fatalities|injuries)\b")


@lru_cache(maxsize=4096)
def unit_class(unit: str | None) -> str | None:
    if not unit:
        return None
    if unit in CURRENCIES.values():
        return "money"
    if unit == "%":
        return "percent"
    s = stem(unit)
    for name, stems in UNIT_CLASSES.items():
        if s in stems:
            return name
    return None


_LETTERS = re.compile(r"[A-Za-z]+")
_PREDICATE_OF = {s: name for name, stems in _PREDICATES.items() for s in stems}


@memo(65536)
def _predicate_of(word: str) -> str | None:
    """The predicate a word names, if any (cached: a window's ~25 words are not stemmed again)."""
    return _PREDICATE_OF.get(stem(word))


# The first three letters of every word that names a predicate: Snowball changes only a word's
# end, so a word keeps its stem's first three letters ("dying", the one exception here, is in
# the lists). A window without any of them names no predicate, and its ~25 words need no look-up.
_PREDICATE_STARTS = tuple(sorted({word[:3] for words_ in FATE_WORDS.values() for word in words_}))


# a bare figure paired with the next one by "and", "or" or "to" ("24 and 31 years old", "3 or 4 rockets")
_AGO = re.compile(r"\s+ago\b")
_PAIRED_NUMBER = re.compile(r"\s+(?:and|or|to)\s+(?:about\s+|around\s+)?\d[\d,.]*\b")
_CLAUSE_STOP = re.compile(r"[.;:!?]|,\s+(?:but|while|whereas|although|with)\b")
_OF_THEM = re.compile(r"\s+(?:of|among)\s+(?:them|whom)\s+(?:were\s+|are\s+|being\s+)?(?P<noun>[a-z]+)\b")
TIME_UNITS = frozenset("hour hours day days week weeks month months year years".split())
_TOLL = re.compile(r"\bdeath\s+toll\b", re.IGNORECASE)
# the loose words before a figure a count is put at ("put the death toll at about 11")
_ABOUT = r"about|around|nearly|almost|more\s+than|over|at\s+least|some"
# ("the toll" alone, in news copy, is the death toll: "put the toll at 271"; a fee is a sum of money)
_TOLL_AT = re.compile(r"\b(?:death|the|its|their)\s+toll\b[^.;,]{0,80}?\b(?:at|to|of|reached|hit|passed|exceeded)\s+"
                      r"(?:(?:" + _ABOUT + r")\s+)?$", re.IGNORECASE)
_PLACE_UNITS = frozenset("site sites location locations town towns village villages city cities district districts "
                         "province provinces port ports".split())
_PUT_NUMBER_AT = re.compile(r"\b(?:(?:put|puts|putting|placed|estimated)\s+(?:the|their|its)\s+"
                            r"(?P<what>number|figure|total|count|crowd|turnout|attendance)\s+at"
                            # (…or said another count is the true one: "said the real figure was above 500")
                            r"|(?:the|their|its)\s+(?:real|true|actual|correct|own)\s+(?:number|figure|total|count)\s+"
                            r"(?:was|is|were|stood\s+at|had\s+been|would\s+be))\s+"
                            r"(?:(?:" + _ABOUT + r"|only|just)\s+)?$",
                            re.IGNORECASE)
_NUMBER_FATED_AT = re.compile(r"\bnumber\s+(?:(?:of\s+(?:people|those)\s+)?[a-z]+ed\b"
                              # ("the number of injured was revised to 54"; not "the number of rescued passengers",
                              # whose noun _PUT_NUMBER_AT reads)
                              r"|of\s+(?:the\s+)?(?:[a-z]+ed|dead|missing|hurt)(?=\s+(?:was|were|is|are|has|had|have"
                              r"|rose|risen|stood|stands|reached|climbed|increased|fell|dropped|at|to|now)\b))"
                              r"[^.;,]{0,30}?\b(?:at|to|of|reached"
                              r"|hit|passed|exceeded)\s+(?:(?:" + _ABOUT + r")\s+)?$", re.IGNORECASE)
_OF_THE_SET = re.compile(r"\s+of\s+(?:its|their|his|her|our|the|those|these"
                         # (or a named owner's: "14 of the bridge's 40 cables", "of Kessary Airways' 212 flights")
                         # (…or an owner in lower case, and the set's remaining ones: "14 of the wind farm's
                         # remaining 21 turbines")
                         r"|(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?[\w-]+(?:['’]s|s['’])"
                         r"|the\s+[a-z][\w-]*\s+[a-z][\w-]*['’]s)\s+(?:own\s+)?(?:(?:remaining|other)\s+)?(?:\d[\d,]*\s+)?"
                         # (not a set picked out by what befell it: "two of the workers hurt in the attack" are
                         # a part of those hurt, whose own fate follows)
                         r"(?:[A-Za-z-]+\s+){0,2}?(?P<noun>[a-z]+s|children|people|men|women|staff|personnel|crew)\b(?!\s+of\b|\s+(?:hurt|injured|wounded|killed|held|taken"
                         r"|trapped|rescued|arrested|detained|evacuated|affected|caught|missing)\b)")
# a fate's word right after a set's noun ("of the 48 people hospitalised")
_SET_FATE = re.compile(r"\s+(?P<fate>[a-z]+)\b")
_NOT_SET_NOUNS = frozenset("years months weeks days hours minutes times others rights terms lines means kinds "
                           "sorts types parts series".split())
_WERE_NOUN = re.compile(r"\s+(?:were|are)\s+(?P<noun>[a-z]+)\b")
_PART_OF_HEAD = re.compile(r"\s(?:were|are)\s")
_INCLUDING = re.compile(r"(?:\b(?:including|among them|of whom|of them)|\band)\s*$", re.IGNORECASE)


def _predicate_after(text: str, end: int) -> str | None:
    """The first predicate word after an amount, within its clause."""
    after_text = text[end:end + 80]
    cut = _CLAUSE_STOP.search(after_text)
    if cut is not None:
        after_text = after_text[:cut.start()]
    # (nor in a clause that says what happened at a place it names: "recovered about 410,000 lors at the farmhouse
    # *where the suspects were arrested*")
    where = _WHERE_CLAUSE.search(after_text)
    if where is not None:
        after_text = after_text[:where.start()]
    for m in _LETTERS.finditer(after_text):
        name = _predicate_of(m.group())
        if name is not None and not _DETERMINER_BEFORE.search(after_text, 0, m.start()):
            return name
    return None


_WHERE_CLAUSE = re.compile(r",?\s+where\b")
# (and "needed hospital treatment", "required treatment in hospital", "were treated in hospital": the same count told by
# its care)
_TAKEN_TO_HOSPITAL = re.compile(r"\b(?:taken|rushed|airlifted|flown|brought|sent)\s+to\s+"
                                r"(?:(?:the\s+)?[\w'’-]+\s+){0,3}?(?:hospitals?|infirmary|clinic)\b"
                                r"|\b(?:needed|required|needing|requiring)\s+(?:hospital\s+(?:treatment|care)"
                                r"|treatment\s+in\s+(?:a\s+|the\s+)?hospital)\b"
                                r"|\btreated\s+(?:in|at)\s+(?:(?:the|a)\s+)?(?:[\w'’-]+\s+){0,3}?(?:hospitals?|infirmary"
                                r"|clinic)\b", re.IGNORECASE)


# "a reward of 50,000 lors for information leading to *the arrest*": a fate named as a noun after a determiner is
# the subject of a phrase of its own, not what befell what the amount counts
# (not "five soldiers were among the dead", "two of the injured")
_DETERMINER_BEFORE = re.compile(r"(?<!\bamong\s)(?<!\bof\s)\b(?:the|a|an|its|their|his|her|any)\s+$", re.IGNORECASE)


def _fate_just_before(text: str, start: int) -> bool:
    """Whether a word of a fate is among the four words before an amount ("deployment of two carriers")."""
    words = list(_LETTERS.finditer(text[max(0, start - 48):start]))[-4:]
    return any(_predicate_of(m.group()) is not None for m in words)


def _fate_of_others(text: str, end: int, predicate: str) -> bool:
    """Whether a noun of people stands between an amount's end and the first word of its fate after it."""
    after_text = text[end:end + 80]
    cut = _CLAUSE_STOP.search(after_text)
    for m in _LETTERS.finditer(after_text[:cut.start()] if cut is not None else after_text):
        if _predicate_of(m.group()) is not None:
            return False
        if unit_class(m.group()) == "people":
            return True
    return False


_AGE_AFTER = re.compile(r"[\s-]*(?:years?|months?)[\s-]", re.IGNORECASE)


def _taken_to_hospital(text: str, end: int) -> bool:
    """Whether the clause after an amount says they were taken to hospital ("Nine guests from the April wedding were
    taken to hospital", as "hospitalised" is)."""
    # (up to a comma: "had treated 214 runners, 19 of whom were taken to hospital" took 19)
    clause = _CLAUSE_OR_COMMA.search(text, end, end + 80)
    return _TAKEN_TO_HOSPITAL.search(text, end, clause.start() if clause is not None else end + 80) is not None


_CLAUSE_OR_COMMA = re.compile(r"[.;:!?,]")


def _predicate(text: str, start: int, end: int, earlier: Sequence[Quantity] = ()) -> str | None:
    """The fate an amount is counted under ("killing more than 8,306 people", "two Americans were
    injured"): a predicate word just before the amount, else the nearest after it in its clause,
    else the nearest before it in its clause."""
    window = text[max(0, start - 80):end + 80]
    low = window.lower()
    if not any(prefix in low for prefix in _PREDICATE_STARTS):
        return None
    before_text = text[max(0, start - 80):start]
    stops = list(_CLAUSE_STOP.finditer(before_text))
    if stops:
        before_text = before_text[stops[-1].end():]
    # (not a word of a name: "Halvik Fire and Rescue Service chief … said his crews had pulled 14 people alive")
    # (nor a fate's bare word that modifies the noun after it: "the rescue team brought 20 search dogs", "arrest
    # warrants for 12 people"; a toll's word names its fate, "the death toll rose to 40 people")
    before = [(m.start(), None if (m.group()[:1].isupper() and _IN_NAME.match(before_text, m.end()))
                                  or (not _INFLECTED.search(m.group()) and _modifies(before_text, m.end()))
                                  else _predicate_of(m.group()))
              for m in _LETTERS.finditer(before_text)]
    # "killing more than 8,306", "wounding about 21,048": a predicate within the last four words,
    # unless a conjunction parts them ("had been killed and more than 50,000 injured")
    joined = list(re.finditer(r"\b(?:and|or)\b|,", before_text))
    near = [(at, name) for at, name in before[-4:] if not joined or at > joined[-1].start()]
    for _, name in near[::-1]:
        if name is not None:
            return name
    after = _predicate_after(text, end)
    if after is not None:
        return after
    # an amount with a verb of its own that names no fate is not counted under an earlier one:
    # "14 people were killed and 2,600 were evacuated", "put the toll at 19 and said 30 were missing"
    if _OWN_VERB_AFTER.match(text, end) is not None:
        return None
    offset = start - len(before_text)
    for at, name in before[::-1]:
        if name is not None:
            # (not across a verb of the amount's own: "Families of those killed in the fire *will receive* 2 million
            # dalers each")
            if _MODAL_VERB.search(text, offset + at, start):
                return None
            return None if _governs_another(text, offset + at, start, earlier) else name
    return None


# the measures news copy gives what harm is told beside (a short list, not pint's units.measure: asking pint of every
# count of people with a fate loaded its registry, ~13 MB, into each ingest helper)
_LENGTHS_AND_MASSES = frozenset("""m metre metres meter meters km kilometre kilometres kilometer kilometers mile miles
    ft foot feet inch inches cm mm tonne tonnes ton tons kg kilogram kilograms kilo kilos pound pounds lb lbs litre
    litres liter liters gallon gallons hectare hectares acre acres""".split())
# units of a measure that has no next whole amount (time, length, mass …)
_CONTINUOUS = _LENGTHS_AND_MASSES | TIME_UNITS | frozenset("minute minutes second seconds".split())
# a vehicle's load, counted right after the verb that carries it
_LOAD_BEFORE = re.compile(r"\b(?:carrying|carried|transporting|ferrying)\s+(?:(?:about|around|some|nearly|almost"
                          r"|more\s+than|over|at\s+least)\s+)?$", re.IGNORECASE)
# a fate's word that is no verb form or toll word ("rescue", "arrest"), and a lower-case noun after it
_INFLECTED = re.compile(r"(?:ed|ing|en|ly|al|dead|deaths?|toll|ies|ill|sick|missing|hurt)$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+([a-z]{3,})\b")


def _modifies(text: str, end: int) -> bool:
    """Whether the word after `end` is a lower-case noun that a word before it may modify ("rescue *team*"): no
    function word, number word or word of quantity ("sent *two* carriers", "killing *more* than 30")."""
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    return word not in STOPWORDS and word not in WORD_VALUES and word not in SCALES and word not in _PREPOSITIONS \
        and word not in _QUANTITY_WORDS


_QUANTITY_WORDS = frozenset("more less fewer about around some nearly almost over least dozens hundreds thousands "
                            "scores several many".split())
_MODAL_VERB = re.compile(r"\b(?:will|would|shall|should|can|could|may|might|must)\s+(?:not\s+)?(?:also\s+)?[a-z]+\b")


# (not "50,000 injured people": a noun follows; nor "five injured, two of them …": the set goes on)
_PEOPLE_BY_FATE = re.compile(r"\s+(?:dead|injured|wounded|hurt)\b(?!\s+(?:and\s+|or\s+)?[a-z]+(?:s|men|people)\b)"
                             r"(?=\s*(?:[.;:]|$|,\s+(?:well|above|below|more|far|while|but|and|according|the|police)\b"
                             r"|\s+(?:from|in|at|on|after|during|by|when|so|and|or)\b))")
_FATED_NOUN = re.compile(r"\b(?:[a-z]+ed|dead|hurt|missing|sick|ill)\b")
_FATE_RIGHT_AFTER = re.compile(r"\s+(?:(?:reported|confirmed|believed)\s+)?(?:killed|dead|injured|wounded|hurt|"
                               r"arrested|detained|evacuated|rescued|missing)\b")
_TOOK_IN = re.compile(r"\b(?:took|take|takes|taking|taken)\s+in\s+"
                      r"(?:(?:about|around|some|nearly|almost|at\s+least)\s+)?$",
                      re.IGNORECASE)
# ("pulled 14 people alive", "more than 20 residents had been brought out alive")
_BROUGHT_OUT_ALIVE = re.compile(r"\s+(?:(?:had|have|has)\s+been\s+|were\s+|was\s+)?"
                                r"(?:(?:brought|pulled|dug|taken|carried)\s+)?(?:out\s+)?alive\b")
_IN_NAME = re.compile(r"\s+[A-Z]")  # a capitalised word followed by another: within a name
_OWN_VERB_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+"
                             r"(?:still\s+|also\s+|later\s+|reported\s+|believed\s+)?(?:[a-z]+ed|missing|\w+en)\b")
# a verb of its own, not a relative clause's ("20 workers who were near the furnace, 4 of them seriously")
_FINITE = re.compile(r"(?<!\bwho )(?<!\bwhom )(?<!\bwhich )(?<!\bthat )\b(?:was|were|is|are|has|have|had)\b",
                     re.IGNORECASE)


def _governs_another(text: str, at: int, start: int, earlier: Sequence[Quantity]) -> bool:
    """Whether another amount stands between a fate word (at `at`) and a later amount (at `start`),
    followed by a verb of its own: "the attack that injured at least five US personnel was carried
    out with two rockets" (the fate is the relative clause's amount's, not the rockets')."""
    between = [q for q in earlier if at < q.span.start and q.span.end <= start]
    return bool(between) and _FINITE.search(text, between[0].span.end, start) is not None


_SEVERITY = re.compile(r"\b(?P<serious>seriously|severely|critically|badly|gravely|serious|severe|critical|grave)\b"
                       r"|\b(?P<minor>slightly|lightly|minor|light|superficial|superficially)\b", re.IGNORECASE)


def severity_after(text: str, end: int) -> str | None:
    """How badly the people an amount counts were hurt, said in its clause ("two Americans were
    slightly injured" → minor; "sustained serious injuries" → serious); None when not said."""
    after_text = text[end:end + 60]
    cut = _CLAUSE_STOP.search(after_text)
    if cut is not None:
        after_text = after_text[:cut.start()]
    m = _SEVERITY.search(after_text)
    if m is None:
        return None
    return "serious" if m.group("serious") else "minor"


def _masked(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


_ONE_PRONOUN = re.compile(r"\b(?:every|each|any|no|not)\s+$", re.IGNORECASE)
# "one" standing for a noun named before: "the collapsed one", "a new one", "that one" (followed by no noun of its own;
# not "the one survivor", a count)
_ONE_STANDS_FOR = re.compile(r"\b(?:the|this|that|which|another|an?)\s+(?:[a-z][a-z-]*\s+)?$", re.IGNORECASE)
_NO_NOUN_AFTER = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:was|is|were|are|had|has|have|that|which|who|would|will|could"
                            r"|in|at|on|near|from|to|and|or|but)\b")


_WHOLE_SET = re.compile(r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|some|most"
                        r"|many|several|few|half|none|all|each)\s+of\s+"
                        r"(?:its|their|his|her|our|the(?:\s+[A-Z][\w-]*)+['’]s|the)\s+$", re.IGNORECASE)
_COMPOUND_SPAN = re.compile(r"-(?P<unit>minute|hour|day|week|month|year)\b", re.IGNORECASE)
# "a 100,000-lor reward", "a 12-member crew", "a 5-kilometre queue": the word joined to the figure is its unit
# (not "a 4,000-strong force", "a 10-fold rise", "a 12-year-old boy"; nor a count of a class that names an incident
# by it, "the three-drone attack", which other rules read)
_COMPOUND_UNIT = re.compile(r"-(?P<unit>[a-z]{2,})\b(?![-‐])")
_NOT_COMPOUND_UNITS = frozenset("strong odd plus fold old percent per".split())
# "a 35-member rescue team", "a 4,000-strong force", "a three-person panel", "a 12-man crew": a count of the body's
# members, people (the joined word says how many belong to it, not what the body is)
_MEMBERS_JOINED = re.compile(r"-(?:member|strong|person|man|woman)\b(?![-‐])", re.IGNORECASE)
_MAGNITUDE = re.compile(r"\bmagnitude(?:\s+of)?\s+$", re.IGNORECASE)
# a bound written after the figure: "ten heavy missiles at minimum", "400 tonnes at most"
_AT_BOUND = re.compile(r"\s+at\s+(?:a\s+|the\s+)?(?:(?P<least>minimum|least)|maximum|most)\b", re.IGNORECASE)
_ACCOUNTED_FOR = re.compile(r"\b(?P<noun>[A-Za-z]+)\s+(?:accounted\s+for|account\s+for|accounts\s+for|made\s+up"
                            r"|make\s+up|makes\s+up)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+)?$",
                            re.IGNORECASE)


# a figure written in words with a scale inside it ("three thousand one hundred and forty-five")
_COMPOUND = re.compile(r"\b(?:" + _WORDNUM + r")(?:(?:[\s-]+(?:and\s+)?)(?:" + _WORDNUM
                       + r"|hundred|thousand|million|billion))*[\s-]+(?:hundred|thousand|million|billion)"
                       r"(?:(?:[\s-]+(?:and\s+)?)(?:" + _WORDNUM + r"|hundred|thousand))*\b", re.IGNORECASE)


class _Compound:
    """A figure in words, standing for a match of _NUMBER (its groups: none but the number)."""

    def __init__(self, match: re.Match[str], value: float, alone: bool = False) -> None:
        self._match, self.value = match, value
        self.alone = alone  # (no figure of _NUMBER's starts it: "half an hour")

    def start(self, *_: Any) -> int:
        return self._match.start()

    def end(self, *_: Any) -> int:
        return self._match.end()

    def group(self, name: str | int = 0) -> str | None:
        return self._match.group() if name in (0, "num") else None


# a half after a figure, or a half alone, before what it counts: "two and a half hours", "half an hour", "half a mile"
_HALF = re.compile(r"\b(?:(?P<n>\d+|" + _WORDNUM + r")\s+and\s+a\s+half|half\s+an?)"
                   r"(?=\s+(?!(?:dozen|hundred|thousand|million|billion)\b)[a-z])", re.IGNORECASE)


_HALF_DOZEN = re.compile(r"\bhalf\s+a\s+dozen\b", re.IGNORECASE)


def _halves(text: str) -> list[_Compound]:
    """The figures of a text with a half in them ("two and a half", "half a"), read whole: the figure alone ("two")
    would be a count of nothing."""
    found = []
    for m in _HALF.finditer(text):
        whole = number_value(m.group("n")) if m.group("n") else 0.0
        if whole is not None:
            found.append(_Compound(m, whole + 0.5, alone=m.group("n") is None))
    # ("half a dozen": six, not the dozen after "half")
    found += [_Compound(m, 6.0, alone=True) for m in _HALF_DOZEN.finditer(text)]
    return found


# one span of time written with its article, after a word that says how long ("for an hour", "took about a month",
# "more than a week"): one hour, month, week (not "twice a year", "a week later", "2,000 vehicles an hour")
_SPAN_CUES = ("for", "took", "take", "takes", "taking", "lasted", "lasting", "lasts", "last", "waited", "spent",
              "within", "under", "over", "about", "around", "nearly", "almost", "roughly", "some", "than", "least",
              "only", "just", "barely", "approximately")
_ONE_SPAN = re.compile(r"(?:" + "|".join(rf"(?<=\b{w}\s)" for w in _SPAN_CUES)
                       + r")an?(?=\s+(?:hour|day|week|fortnight|month|year|minute|decade)\b"
                       r"(?!\s+(?:ago|earlier|later|before|after|since|into|long|old|of)\b|\s+on\s*[,.;]))",
                       re.IGNORECASE)
_SPAN_HINT = re.compile(r"\b(?:hour|day|week|fortnight|month|year|minute|decade)\b", re.IGNORECASE)


def _one_spans(text: str) -> list[_Compound]:
    """"for an hour", "about a month": a span of one, read as a figure before its unit (as "half an hour" is); "an
    hour and a half" is one and a half."""
    return [_Compound(m, 1.5 if _AND_A_HALF.match(text, m.end()) else 1.0, alone=True)
            for m in _ONE_SPAN.finditer(text)] if _SPAN_HINT.search(text) else []


_A_HALF_AFTER = re.compile(r"\s+and\s+a\s+half\b", re.IGNORECASE)
# (after the unit's word: "an hour and a half")
_AND_A_HALF = re.compile(r"\s+\w+" + _A_HALF_AFTER.pattern, re.IGNORECASE)


def _compound_numbers(text: str) -> list[_Compound]:
    """The figures of a text written in words with a scale inside ("four thousand six hundred and fifty"),
    read by text2num (a maintained parser of English number words; the scale at the end alone,
    "fourteen point three billion", is _NUMBER's)."""
    found = []
    for m in _COMPOUND.finditer(text):
        words = m.group().split()
        if len(words) < 3:
            continue  # "two hundred", "ten thousand": _NUMBER's figure and scale
        try:
            found.append(_Compound(m, float(text2num(m.group().lower().replace("-", " "), "en"))))
        except ValueError:
            continue
    return found


# a bare figure between two capitalised words of one name ("Lumen 9 TV", "Route 4 Bridge"; not a month's or a weekday's
# day, which find_dates masks, nor a sentence's first word: "Police 3 …" does not occur, "In 2021 Police …" does)
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b(?!(?:In|On|At|By|Of|For|To|From|Since|Until|Before|After|About|Some"
                          r"|Nearly|Over|Under|All|The|A|An|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                          r"|January|February|March|April|May|June|July|August|September|October|November|December"
                          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)[A-Z][\w'’-]*\s$")
# the capitalised noun a number names one of ("Route 17", "Flight 322", "Platform 2")
_DESIGNATOR = re.compile(r"\b(?:Route|Highway|Road|Motorway|Interstate|Flight|Gate|Platform|Terminal|Ward|Room|Line|Bus"
                         r"|Block|Unit|Pier|Berth|Runway|Exit|Junction|Reactor|Section|Article|Zone|Sector|Level|Hangar"
                         r"|Shaft|Dock|Track|Stage|Phase|Wing|Cell|Tunnel|Well|Pad|Lane|Quay|No)\.?\s$")
_IN_A_NAME = re.compile(r"\s[A-Z][\w'’-]*(?:['’]s)?\b(?!\s+(?:said|says|told|reported))")


# a figure the sentence sets aside for another: "11,000, not 14,300", "three rather than five"
_DENIED_BEFORE = re.compile(r"(?:(?:,|\bbut|\band)\s+not|\brather\s+than|\binstead\s+of)\s+$", re.IGNORECASE)


def find_quantities(text: str, masked: Sequence[tuple[int, int]] | None = None) -> list[Quantity]:
    """Amounts with bounds and the noun they count; spans in `masked` (dates) are skipped."""
    masked = masked if masked is not None else [(d.span.start, d.span.end) for d in find_dates(text)]
    tokens: list[tuple[Any, float]] = []
    compounds = _compound_numbers(text) if "hundred" in text.lower() or "thousand" in text.lower() else []
    halves = (_halves(text) if "alf" in text else []) + _one_spans(text)  # ("half", "Half")
    if halves:
        compounds = [c for c in compounds if not any(h.start() <= c.start() < h.end() for h in halves)] + halves
    for m in _NUMBER.finditer(text):
        if _masked(masked, m.start(), m.end()):
            continue
        compound = next((c for c in compounds if c.start() <= m.start() < c.end()), None)
        if compound is not None:
            # "four thousand six hundred and fifty": one figure, read whole (its first number word only)
            if compound.start() == m.start():
                tokens.append((compound, compound.value))
            continue
        if m.group("num").lower() == "one" and _ONE_PRONOUN.search(text, max(0, m.start() - 7), m.start()):
            continue  # "every one of them hit", "not one": a pronoun, not an amount of one
        if m.group("num") == "one" and _ONE_STANDS_FOR.search(text, max(0, m.start() - 30), m.start()) \
                and _NO_NOUN_AFTER.match(text, m.end()):
            continue  # "all close to the collapsed one": a pronoun for a noun named before, not an amount
        if m.group("num")[:1].isdigit() and _IN_A_NAME.match(text, m.end()) \
                and _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "Lumen 9 TV", "Route 4 Bridge": a number inside a name, not an amount
        if m.group("num")[:1].isdigit() and _DESIGNATOR.search(text, max(0, m.start() - 12), m.start()):
            continue  # "on Route 17", "Flight 322 landed", "Gate 5": what a thing is called, not an amount
        if _FOUR_DIGITS.fullmatch(m.group("num")) and _names_period(text, m.start(), m.end()):
            continue  # "the 2025 budget": which budget, not an amount of budgets
        if _DENIED_BEFORE.search(text, max(0, m.start() - 14), m.start()):
            continue  # "about 11,000 signatures, not 14,300": the figure set right, not one stated
        value = number_value(m.group("num"))
        if value is None or (" point " in m.group("num").lower() and not (m.group("scale") or m.group("pct"))):
            continue  # a decimal in words only before its scale or "percent" ("led by one point three times")
        if m.group("scale"):
            value *= SCALES[m.group("scale").lower()]
        if m.group("abbr"):
            if m.group("abbr").lower() in ("m", "k") and not m.group("cur"):
                continue  # "5m", "10k": metres, a race, not a sum
            value *= _ABBREVIATED[m.group("abbr").lower()]
        tokens.append((m, value))
    if any(h.alone for h in halves):
        tokens = sorted(tokens + [(h, h.value) for h in halves if h.alone
                                  and not _masked(masked, h.start(), h.end())], key=lambda t: t[0].start())
    quantities: list[Quantity] = []
    i = 0
    while i < len(tokens):
        m, value = tokens[i]
        start, end = m.start(), m.end()
        low: float | None = value
        high: float | None = value
        exact: float | None = value
        currency = m.group("cur")
        pct = m.group("pct")
        # "lowered its count of cases from seven to six", "corrected the figure from 12 to 15": a figure set right,
        # whose earlier value is no longer stated as one; the later is read alone (not a range "from 17 to 40", nor a
        # rise, "prices rose from 2 to 3 euros", whose two values a claim of the rise states too; six characters
        # before the figure hold "from", never "between")
        if i + 1 < len(tokens) and text[end:tokens[i + 1][0].start()].strip().lower() == "to" \
                and _BETWEEN.search(text, max(0, start - 6), start) \
                and _REVISED.search(text, max(0, start - 100), start):
            i += 1
            continue
        # ("revised the number of injured pupils to 16, up from the 14 they reported": the figure it replaced)
        if _UP_FROM.search(text, max(0, start - 30), start) and _REVISED.search(text, max(0, start - 120), start):
            i += 1
            continue
        # "17 to 40", "between 17 and 40", "10-15"
        if i + 1 < len(tokens) and _RANGE_JOIN.match(text[end:tokens[i + 1][0].start()]):
            joiner = text[end:tokens[i + 1][0].start()].strip().lower()
            if joiner not in ("and", "or") or _BETWEEN.search(text[max(0, start - 12):start]):
                nxt, nvalue = tokens[i + 1]
                if m.group("scale") is None and nxt.group("scale"):
                    value *= SCALES[nxt.group("scale").lower()]
                low, high, exact = min(value, nvalue), max(value, nvalue), None
                end = nxt.end()
                currency = currency or nxt.group("cur")
                pct = pct or nxt.group("pct")
                i += 1
        between = _BETWEEN.search(text[max(0, start - 12):start])
        if between and exact is None:
            start -= len(between.group())
        before = text[max(0, start - 24):start]
        hedged: str | None = None
        for pattern, hedge in _HEDGES if exact is not None and _may_hedge(before) else ():
            hm = pattern.search(before)
            if not hm:
                continue
            if hedge == "gt" and hm.group().lower().startswith("over") and _SPAN_OF_TIME.match(text, end) \
                    and _OPENS_CLAUSE.search(before[:hm.start()]):
                break  # "Over 25 days of raids, …": during them, not more than 25 days ("lasted over 25 days" is)
            if hedge == "gt" and hm.group().lower().startswith("over") and not (pct or currency) \
                    and _OVER_CAUSE.search(text, max(0, start - 90), start):
                break  # "fined … over two leaks": for them, not more than two
            start -= len(before) - hm.start()
            hedged = hedge
            if hedge == "min":
                high = None
            elif hedge == "gt":
                low, high = (exact + 1 if exact.is_integer() else exact), None
            elif hedge == "max":
                low = None
            elif hedge == "lt":
                low, high = None, (exact - 1 if exact.is_integer() else exact)
            elif hedge == "nearly":
                low = exact * 0.9
            else:
                low, high = exact * 0.9, exact * 1.1
            break
        if exact is not None and low == high:
            trailing = _OR_MORE.match(text, end)
            if trailing is not None:  # "ten or more", "five or fewer": a bound written after the figure
                low, high = (exact, None) if trailing.group("more") else (None, exact)
                end = trailing.end()
        unit: str | None
        of_set: re.Match[str] | None = None
        if pct:
            unit = "%"
        elif currency:
            unit = CURRENCIES[currency]
            _, end_unit = _unit_after(text, end)
        elif _MAGNITUDE.search(text, max(0, start - 24), start):
            # "a magnitude 6.8 earthquake", "had a magnitude of 6.8", "measured it at magnitude 7.0": one scale
            unit = "magnitude"
        else:
            unit, unit_end = _unit_after(text, end)
            of_them = _OF_THEM.match(text, end) if unit is None else None
            # "4,650 of them children", "… killed, 4,650 were children": people counted after the figure
            of_them = of_them or (_WERE_NOUN.match(text, end) if unit is None else None)
            if of_them is not None and (unit_class(of_them.group("noun")) == "people"
                                        or normalize(of_them.group("noun")) in _NOUN_EXCEPTIONS):
                unit, unit_end = of_them.group("noun"), of_them.end()
            elif unit is None and value != 1 and (of_set := _OF_THE_SET.match(text, end)) is not None \
                    and of_set.group("noun").lower() not in _NOT_SET_NOUNS:
                # "212 of its own flights", "19 of the 27 escapees": a part of a set, counted in its noun
                unit = of_set.group("noun")
            elif unit is None and _PEOPLE_BY_FATE.match(text, end):
                unit = "people"  # "counted 23 dead", "left 40 injured": people, named by their harm
            elif re.match(r"\s+(?:of|among)\s+(?:them|whom)\s+(?:was\s+|is\s+)?(?:a|an|the)\s", text[end:end + 40]):
                # "four people, one of them a Yemeni expert": a part of the set counted before it,
                # picked out, not another count of it
                i += 1
                continue
            elif unit is None and (harm := _HARM_NOUN.match(text, end)) is not None:
                unit, unit_end = harm.group("noun"), harm.end()  # "caused 14 injuries": people, by their harm
            if unit and normalize(unit) in CURRENCY_WORDS:
                unit = CURRENCY_WORDS[normalize(unit)]
            end = max(end, unit_end) if unit else end
            if unit and exact == 1.5 and (half := _A_HALF_AFTER.match(text, end)) is not None:
                end = half.end()  # ("an hour and a half": the figure's words run past its unit)
        if unit and unit.lower() in ("vote", "votes") and _BY_MARGIN.search(text, max(0, start - 14), start) \
                and not _VOTES_TO.match(text, end):
            unit = "margin"  # "rejected it by a single vote": the margin, not a tally of votes ("28 votes in favour")
        bound = _AT_BOUND.match(text, end) if exact is not None and low == high and unit else None
        if bound is not None:
            # "ten heavy missiles at minimum": at least ten; "400 tonnes at most": no more than 400
            low, high = (exact, None) if bound.group("least") else (None, exact)
        if hedged in ("gt", "lt") and exact is not None and exact.is_integer() and (
                pct or (unit is not None and unit.lower() in _CONTINUOUS)):
            # "more than two hours", "over 3 metres", "more than 40 percent": a measure past the figure, not the next
            # whole number (as a count's "more than five people" is)
            low, high = (exact, None) if hedged == "gt" else (None, exact)
        # (a magnitude measures a quake; it suffers no fate: "an aftershock of magnitude 5.9 killed three")
        predicate = _predicate(text, start, end, quantities) if unit != "magnitude" else None
        if predicate in ("killed", "injured") and unit and unit.lower() in _LENGTHS_AND_MASSES:
            # ("the shark that killed a swimmer was about 6 metres long": a length is not killed; a span of days keeps
            # its toll's fate, "the death toll after 12 days")
            predicate = None
        if predicate is not None and _LOAD_BEFORE.search(text, max(0, start - 30), start) \
                and not _FATE_RIGHT_AFTER.match(text, end):
            predicate = None  # "a coach carrying 42 passengers overturned, killing four": its load, not its dead
        if predicate is not None and of_set is not None and unit == of_set.group("noun") \
                and (said := _SET_FATE.match(text, of_set.end())) is not None \
                and _predicate_of(said.group("fate")) == predicate:
            # "three of the 48 people hospitalised … had died": the fate after the set's noun picks the set out; the
            # part's own is the next one in its clause
            comma = text.find(",", said.end())
            predicate = _predicate_after(text[:comma] if comma >= 0 else text, said.end())  # (in its own clause)
        if predicate is not None and unit is not None and unit_class(unit) != "people" \
                and not _fate_just_before(text, start) and _fate_of_others(text, end, predicate):
            # "2 million dalers to the family of each worker killed", "40 houses were flattened and two residents
            # died": the fate after the amount is of the people named between, not of what the amount counts
            predicate = None
        # "17 heatstroke deaths", "three fatalities", "14 injuries": people counted by their fate, whatever the words
        # near ("14 injuries and 3 fatalities": the 3 died)
        harmed = _HARM_NOUNS.get(normalize(unit)) if unit else None
        if harmed is not None:
            predicate, unit = harmed, "people"
        # "the collapse claimed nine lives", "cost 12 lives"; "eleven people lost their lives": people killed (not
        # "saved 30 lives")
        if (unit and normalize(unit) == "lives" and _TOOK_LIVES.search(text, max(0, start - 30), start)) \
                or (predicate is None and _LOST_LIVES.match(text, end)):
            predicate, unit = "killed", "people"
        if predicate is None and unit and _PEOPLE_NOUN.search(unit) and _IN_CUSTODY.match(text, end):
            predicate = "arrested"  # "19 fishermen … had been taken into custody": detained
        if predicate is None and unit and (fated := _FATED_NOUN.search(text, m.end(), end)) is not None \
                and _predicate_of(fated.group()) is not None:
            predicate = _predicate_of(fated.group())  # "20 wounded soldiers" (not "four rescue workers")
        if predicate is None and unit and _BROUGHT_OUT_ALIVE.match(text, end):
            predicate = "rescued"  # "pulled 14 people alive from the river": rescued them
        elif predicate is None and _TOOK_IN.search(text, max(0, start - 30), start):
            predicate = "admitted"  # "the hospital took in a dozen children"
        elif predicate is None and (unit is None or unit.lower() not in TIME_UNITS) \
                and not _AGE_AFTER.match(text, end) and _taken_to_hospital(text, end):
            predicate = "admitted"  # "Nine guests … were taken to hospital" (not "41-year-old …": an age)
        if predicate is not None and _WHOLE_SET.search(text, max(0, start - 30), start) \
                and not _FATE_RIGHT_AFTER.match(text, end):
            # "cancelled 212 of its 900 scheduled flights": the 900 were not all cancelled (but "one of the four
            # people killed": the set's own fate follows its noun)
            predicate = None
        heads = [q for q in quantities if not q.vague and q.unit and q.span.end <= start
                 and not _CLAUSE_STOP.search(text, q.span.end, start)]
        joined = _INCLUDING.search(text[max(0, start - 24):start])
        part = unit is not None and _WERE_NOUN.match(text, m.end()) is not None  # "…, 4,650 were children"
        if heads and (part or joined and (joined.group().strip().lower() != "and"
                                          or _predicate_after(text, end) is None
                                          and _OWN_VERB_AFTER.match(text, end) is None)):
            # "8,306 people, including 3,457 children and 3,145 women", "Of the 11,320 killed, 4,650
            # were children": counted under the same fate
            predicate = harmed or heads[-1].predicate or predicate
        span = _COMPOUND_SPAN.match(text, end) if unit is None and not currency and not pct else None
        if span is not None:
            # "a 48-hour stoppage", "a three-day strike": a span of time, not a count of the heads before it
            unit = span.group("unit") + "s"
        elif unit is None and not currency and not pct and _MEMBERS_JOINED.match(text, end):
            unit = "members"
        elif unit is None and not currency and not pct and (joined_unit := _COMPOUND_UNIT.match(text, end)) \
                and joined_unit.group("unit") not in _NOT_COMPOUND_UNITS \
                and unit_class(joined_unit.group("unit")) is None:
            unit = joined_unit.group("unit")
            if normalize(unit) in CURRENCY_WORDS:
                unit = CURRENCY_WORDS[normalize(unit)]
        paired = _PAIRED_NUMBER.match(text, end) if unit is None and not currency and not pct else None
        if paired is not None and not _AGO.match(text, _unit_after(text, paired.end())[1] or paired.end()):
            # "are 24 and 31 years old", "3 or 4 rockets": the noun of the figure it is paired with (not a time "ago")
            unit = _unit_after(text, paired.end())[0]
        if unit is None and not currency and not pct and heads:
            # "killing 8,306 people … and wounding about 21,048": the noun is the first amount's (not
            # a part's: "…, 5,000 were children, … counted more than 29,000 injured")
            mains = [q for q in heads if not _INCLUDING.search(text[max(0, q.span.start - 24):q.span.start])
                     and not _PART_OF_HEAD.search(q.span.text) and normalize(q.unit or "") not in TIME_UNITS]
            counted_heads = [q for q in mains if unit_class(q.unit) in UNIT_CLASSES]
            # (never a span of time: "after 25 days of raids, … at more than 8,306" counts no days)
            timeless = counted_heads or mains or [q for q in heads if normalize(q.unit or "") not in TIME_UNITS]
            unit = timeless[-1].unit if timeless else None
        if unit is None and not currency and not pct and heads and all(
                normalize(q.unit or "") in TIME_UNITS for q in heads) and _TOLL.search(text, 0, start):
            # "put the death toll after 25 days of raids at more than 8,306": people killed, not days
            unit, predicate = "people", predicate or "killed"
        if unit is None and not currency and not pct and _TOLL_AT.search(text, max(0, start - 80), start):
            # "put the death toll at 11", "the death toll rose to 40": people killed
            unit, predicate = "people", predicate or "killed"
        if unit is None and not currency and not pct and predicate is not None \
                and _NUMBER_FATED_AT.search(text, max(0, start - 60), start):
            # "put the number detained at 160", "the number injured rose to 40", "the number of injured was revised
            # to 54": people, under that fate
            unit = "people"
        put = _PUT_NUMBER_AT.search(text, max(0, start - 60), start) \
            if unit is None and not currency and not pct else None
        if put is not None:
            # "Police put the crowd at about 3,000": people; "The union said 600 workers joined, while the company put
            # the number at 250": the count named before, as another source puts it
            # (the sentence's head count: "about 2,000 people marched … and 14 were detained, while organisers put the
            # number at 5,000"; not a count of places, "at three sites")
            earlier = [q for q in quantities if q.unit and not q.vague and normalize(q.unit) not in _PLACE_UNITS]
            if (put.group("what") or "").lower() in ("crowd", "turnout", "attendance"):
                unit = "people"
            elif earlier:
                unit, predicate = earlier[0].unit, predicate or earlier[0].predicate
        if unit is None and not currency and not pct:
            # "Children accounted for 3,145 of the 11,320 killed": the people the figure counts
            share = _ACCOUNTED_FOR.search(text, max(0, start - 40), start)
            if share is not None and unit_class(share.group("noun")) == "people":
                unit = share.group("noun")
        if unit is None and not currency and not pct:
            # "put the number of missiles fired … as high as 60": the noun the number is of
            number_of = _NUMBER_OF.search(text, max(0, start - 160), start)
            scoreline = re.match(r"[-–]\d", text[end:end + 2]) or re.search(r"\d[-–]$", text[max(0, start - 2):start])
            # (an owner's count only of those a fate tells: "its count of passengers who fell ill", not "its count of
            # runners treated", which may be of others than the claim's)
            if number_of is not None and not scoreline and not _CLAUSE_STOP.search(text, number_of.end(), start) \
                    and (number_of.group().lower().startswith("the") or predicate is not None):
                unit = number_of.group("noun")
                if (harmed := _HARM_NOUNS.get(normalize(unit))) is not None:
                    # ("the number of confirmed deaths had climbed to 17": people killed, as "17 deaths" are)
                    predicate, unit = harmed, "people"
        if predicate in ("killed", "injured") and unit and unit.lower() in _LENGTHS_AND_MASSES:
            predicate = None  # (a unit joined late, "a 40-km stretch": a length is not killed, as above)
        quantities.append(Quantity(Span(text[start:end], start, end), exact, low, high, unit, predicate))
        i += 1
    for m in _VAGUE.finditer(text) if _may_be_vague(text) else ():
        if any(q.span.start <= m.start() < q.span.end for q in quantities) or _masked(masked, m.start(), m.end()):
            continue
        low, high = VAGUE[m.group().lower()]
        unit, end = _unit_after(text, m.end())
        if unit is None:
            continue
        quantities.append(Quantity(Span(text[m.start():end], m.start(), end), None, low, high, unit,
                                   _predicate(text, m.start(), end, quantities), vague=True))
    quantities.sort(key=lambda q: q.span.start)
    return quantities


def month_end(year: int, month: int) -> date:
    return (date(year + (month == 12), month % 12 + 1, 1)) - timedelta(days=1)


def _year_for(month: int, day: int, anchor: date | None, ahead: bool = False) -> int | None:
    """The year of a "October 30" without a year: the latest one not after the anchor; the first one not before it
    for a day to come (`ahead`: "she would be sworn in on Nov. 1", in an article of October 9)."""
    if anchor is None:
        return None
    try:
        candidate = date(anchor.year, month, day)
    except ValueError:
        return None
    if ahead:
        return anchor.year if candidate >= anchor - timedelta(days=1) else anchor.year + 1
    return anchor.year if candidate <= anchor + timedelta(days=1) else anchor.year - 1


# a day to come, in the clause before its date: "will be sworn in on Nov. 1", "is scheduled to open on 3 March"
# (or the day something was called or planned for: "has called a rally outside parliament for March 14")
_FUTURE_BEFORE = re.compile(r"\b(?:will|shall|would|(?:is|are)\s+(?:due|scheduled|expected|set|to))\b[^.;,]*$"
                            r"|\b(?:called|planned|scheduled|set|announced|booked)\b[^.;,]*\bfor\s+$", re.IGNORECASE)


def resolve_weekday(weekday: int, anchor: date, previous_week: bool = False) -> date:
    """The most recent such weekday on or before the anchor ("last Tuesday": strictly before)."""
    back = (anchor.weekday() - weekday) % 7
    if previous_week and back == 0:
        back = 7
    return anchor - timedelta(days=back)


_FEW = {"a": 1, "an": 1}
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


def relative_span(groups: dict[str, Any], anchor: date) -> tuple[date, date]:
    """The days a relative phrase (a _RELATIVE match's groups) covers, seen from the anchor day:
    "last week" is the calendar week before the anchor's, up to the day before it (reporters use it
    for both); "N days ago" is that day, weeks and more ago a span around it; "earlier this month"
    ends the day before the anchor."""
    if groups.get("today"):
        return anchor, anchor
    if groups.get("yday"):
        return anchor - timedelta(days=1), anchor - timedelta(days=1)
    if groups.get("dby"):
        return anchor - timedelta(days=2), anchor - timedelta(days=2)
    if groups.get("unit"):
        raw = " ".join(groups["n"].lower().split())
        count = int(raw) if raw.isdigit() else _FEW.get(raw) or WORD_VALUES.get(raw, 1)
        unit = _UNIT_DAYS[groups["unit"].lower()]
        if raw in ("a few", "several"):
            return anchor - timedelta(days=6 * unit), anchor - timedelta(days=2 * unit)
        days = count * unit
        slack = 0 if unit == 1 else max(1, days // 7)
        return anchor - timedelta(days=days + slack), min(anchor, anchor - timedelta(days=days - slack))
    which, span = groups["which"].lower(), groups["span"].lower()
    earlier = (groups.get("earlier") or "").lower() == "earlier"
    if which == "past":
        return anchor - timedelta(days=_UNIT_DAYS[span.replace("weekend", "week")]), anchor
    if span in ("week", "weekend"):
        monday = anchor - timedelta(days=anchor.weekday())
        if which == "this":
            start, end = monday, anchor
        else:  # last / previous
            start, end = monday - timedelta(days=7), anchor - timedelta(days=1)
        if span == "weekend":
            saturday = start + timedelta(days=5)
            start, end = saturday, saturday + timedelta(days=1)
    elif span == "month":
        first = anchor.replace(day=1)
        if which == "this":
            start, end = first, anchor
        else:
            end = first - timedelta(days=1)
            start = end.replace(day=1)
    else:
        if which == "this":
            start, end = date(anchor.year, 1, 1), anchor
        else:
            start, end = date(anchor.year - 1, 1, 1), date(anchor.year - 1, 12, 31)
    if earlier and end >= anchor:
        end = max(start, anchor - timedelta(days=1))
    return start, end


# A date pattern's match as find_dates reads it: start, end, the text matched, its named groups.
_Match = tuple[int, int, str, dict[str, Any]]
_NO_DATES: tuple[tuple[_Match, ...], ...] = ((),) * (len(_DATE_PATTERNS) + 3)  # a text without a date hint


@memo(32768)
def _date_matches(text: str) -> tuple[tuple[_Match, ...], ...]:
    """Every match of each date pattern that find_dates tries on the text, in its order
    (_DATE_PATTERNS, then _WEEKDAY_PHRASE, _RELATIVE, then _YEAR_ALONE). What they match does not depend on
    the anchor, which only resolves them: cached by text, since the same passage comes back
    under many articles' dates (wire copies, repeated boilerplate)."""
    has_year = has_month = False
    if _DIGIT.search(text):
        has_year = _FOUR_DIGITS.search(text) is not None
        has_month = _MONTH_HINT.search(text) is not None
    has_weekday = _WEEKDAY_HINT.search(text) is not None
    has_relative = _RELATIVE_HINT.search(text) is not None
    if not (has_year or has_month or has_weekday or has_relative):
        return _NO_DATES  # most passages
    tried = ((_ISO_DATE, has_year), *((pattern, has_month) for pattern in _DATE_PATTERNS[1:]),
             (_WEEKDAY_PHRASE, has_weekday), (_RELATIVE, has_relative), (_YEAR_ALONE, has_year))
    # tuples, not lists: the garbage collector stops tracking tuples of strings (see service/memo.py)
    return tuple([tuple([(m.start(), m.end(), m.group(), m.groupdict()) for m in pattern.finditer(text)])
                  if wanted else () for pattern, wanted in tried])



def find_dates(text: str, anchor: date | None = None) -> list[DateMention]:
    """Dates as day intervals; a weekday or a year-less day is resolved only against `anchor`."""
    found: list[DateMention] = []
    matched_by = _date_matches(text)
    if matched_by is _NO_DATES:
        return found
    *by_pattern, weekdays, relatives, years = matched_by
    taken: list[tuple[int, int]] = []
    for matches in by_pattern:
        for m_start, m_end, matched, groups in matches:
            if _masked(taken, m_start, m_end):
                continue
            try:
                if groups.get("iy"):
                    day = date(int(groups["iy"]), int(groups["im"]), int(groups["id"]))
                    start, end = day, day
                elif groups.get("day"):
                    month = MONTHS[groups["month"].lower().rstrip(".")]
                    dnum = int(groups["day"])
                    year = int(groups["year"]) if groups.get("year") else _year_for(
                        month, dnum, anchor, _FUTURE_BEFORE.search(text, max(0, m_start - 60), m_start) is not None)
                    if not 1 <= dnum <= 31:
                        continue
                    if year is None:
                        date(2000, month, dnum)  # validates the day even when the year is unknown
                        start = end = None
                    else:
                        start = end = date(year, month, dnum)
                else:
                    month = MONTHS[groups["month"].lower().rstrip(".")]
                    year = int(groups["year"])
                    start, end = date(year, month, 1), month_end(year, month)
            except ValueError:
                continue
            found.append(DateMention(Span(matched, m_start, m_end), start, end))
            taken.append((m_start, m_end))
    for m_start, m_end, matched, groups in weekdays:
        if _masked(taken, m_start, m_end):
            continue
        weekday = WEEKDAYS[groups["wd"].lower()]
        previous = (groups["mod"] or "").lower() in ("last", "past")
        start = end = resolve_weekday(weekday, anchor, previous) if anchor else None
        if anchor is not None and not previous and _FUTURE_BEFORE.search(text, max(0, m_start - 60), m_start):
            # "said she would visit the prison on Tuesday", "will reopen on Monday": the day to come, not the last one
            start = end = anchor + timedelta(days=(weekday - anchor.weekday()) % 7)
        found.append(DateMention(Span(matched, m_start, m_end), start, end, weekday, previous))
        taken.append((m_start, m_end))
    for m_start, m_end, matched, groups in relatives:
        if _masked(taken, m_start, m_end):
            continue
        start, end = relative_span(groups, anchor) if anchor else (None, None)
        found.append(DateMention(Span(matched, m_start, m_end), start, end, relative=True))
        taken.append((m_start, m_end))
    for m_start, m_end, matched, groups in years:
        if _masked(taken, m_start, m_end):
            continue
        if text[m_end:m_end + 1] == "," and not groups.get("range") \
                and not _YEAR_CONTEXT.search(text[max(0, m_start - 12):m_start]):
            continue  # "attendance was 1500, the club said": a count; "began in 2011, its director said": a year
        if not groups.get("range") and _names_period(text, m_start, m_end):
            continue
        y1 = int(groups["y1"])
        y2 = int(groups["y2"] or groups["y3"] or y1)
        if not 1000 <= y1 <= 2100 or y2 < y1:
            continue
        found.append(DateMention(Span(matched, m_start, m_end), date(y1, 1, 1), date(y2, 12, 31)))
        taken.append((m_start, m_end))
    found.sort(key=lambda d: d.span.start)
    return [_part_of_period(text, d) for d in found]


# "early/mid/late October 2023", "late 2022": about a third of the month or year, its edges
# widened by a few days (a month) since the words are vague (no date library reads them as spans)
_PART_BEFORE = re.compile(r"\b(?P<part>early|mid|late)(?:\s*-\s*|\s+)$", re.IGNORECASE)


def _part_of_period(text: str, mention: DateMention) -> DateMention:
    start, end = mention.start, mention.end
    if start is None or end is None or mention.weekday is not None or mention.relative or start.day != 1:
        return mention
    whole_month = (start.year, start.month) == (end.year, end.month) and end == month_end(start.year, start.month)
    whole_year = start == date(start.year, 1, 1) and end == date(start.year, 12, 31)
    m = _PART_BEFORE.search(text, max(0, mention.span.start - 8), mention.span.start) \
        if whole_month or whole_year else None
    if m is None:
        return mention
    part = m.group("part").lower()
    if whole_month:
        first, last = {"early": (1, 13), "mid": (8, 23), "late": (18, end.day)}[part]
        start, end = date(start.year, start.month, first), date(start.year, start.month, last)
    else:
        first, last = {"early": (1, 5), "mid": (4, 9), "late": (8, 12)}[part]
        start, end = date(start.year, first, 1), month_end(start.year, last)
    return replace(mention, span=Span(text[m.start():mention.span.end], m.start(), mention.span.end),
                   start=start, end=end)


_PAST_NOT = re.compile(r"\b(?:did|was|were|had)\s+not$|\b(?:didn|wasn|weren|hadn)['’]t$", re.IGNORECASE)
# "did not reach the town until Saturday", "was not found until June": the deed done, at the later time
_NOT_UNTIL = re.compile(r"(?:\s+[\w'’-]+){1,6}?\s+(?:until|till)\s+(?!(?:further\s+notice|now|then)\b)", re.IGNORECASE)


_DENIED_CLAUSE = re.compile(r"\s*(?:(?:the\s+)?(?:[\w-]+['’]s?\s+)?(?:claims?|reports?|allegations?|suggestions?"
                            r"|accusations?|rumou?rs?)\s+)?that\b", re.IGNORECASE)
_VERB_AFTER_PHRASE = re.compile(r"(?<=[a-z] )(?:had|has|have|was|were|is|are|will|would|could|can|did|caused"
                                r"|[a-z]{3,}ed)\b(?!\s+(?:by|to)\b)")


def find_negations(text: str) -> list[Negation]:
    """Negation cues with the words they govern, up to the clause's end (at most 8 words)."""
    out = []
    for m in _NEG_CUE.finditer(text):
        if _COMPARED.match(text, m.end()) and m.group().lower() in ("no", "not"):
            continue
        if m.group().lower() == "not" and _NOT_ONLY.match(text, m.end()):
            continue  # "not only X but also Y" affirms X
        if _PAST_NOT.search(text, max(0, m.start() - 8), m.end()):
            clause_end = _CLAUSE_END.search(text, m.end())
            if _NOT_UNTIL.match(text, m.end(), clause_end.start() if clause_end else len(text)):
                # "Tents did not reach Brask until Saturday": they reached it, on Saturday (not "would not be declared
                # safe until three days of tests …", which has not happened)
                continue
        if _RULED_OUT.match(m.group()) and _NEGATED_BEFORE.search(text, max(0, m.start() - 24), m.start()) \
                or _RULED_OUT.match(text, m.end()):
            continue  # "have not ruled out arson": arson is still possible, neither denied nor asserted
        begin = m.end()
        # "will not, under any circumstances, close …": a verb's negation goes on after an aside
        # (not an opening "No, the mayor said, …", which answers)
        aside = _ASIDE.match(text, begin) if m.group().lower() in ("not", "never") or m.group().endswith("t") \
            and "'" in m.group() or "’" in m.group() else None
        if aside is not None:
            begin = aside.end()
        stop = _CLAUSE_END.search(text, begin)
        limit = stop.start() if stop else len(text)
        scope_end = begin
        # (what a denial or a rejection says is false is a whole clause: "rejected the arena's claim that fans
        # without tickets had caused the crush at the arena in February", up to 16 words)
        reported = _DENIED_CLAUSE.match(text, begin) is not None and m.group().lower().startswith(
            ("reject", "dismiss", "deni", "deny"))
        words = list(islice(_SCOPE_WORD.finditer(text, begin, limit), 17 if reported else 13))
        # up to 8 words, or the whole clause when it ends within 12
        for word in words[:16 if reported else 8] if len(words) > (16 if reported else 12) else words:
            scope_end = word.end()
        if len(words) <= 12:
            # "no reports about damage at the facility, and possible casualties": a short noun
            # phrase coordinated after the comma is denied too
            more = _COORDINATED.match(text, limit)
            if more is not None and not any(_NOT_NOUN.search(w) for w in more.group().split()[1:]):
                scope_end = more.end()
        cue = m.group().lower()
        if cue == "none":
            # "None of the 87 passengers aboard the ferry during its April collision were hurt": the set, however
            # long, and what none of it suffered
            of_set = _NONE_OF_VERB.match(text, begin, limit)
            if of_set is not None:
                scope_end = max(scope_end, of_set.end())
        elif cue in ("nobody", "no one", "no-one"):
            # "Nobody from the birthday party at Villa Marena on Tuesday was taken to hospital": who, however long,
            # and what none of them underwent
            of_set = _NOBODY_FROM_VERB.match(text, begin, limit)
            if of_set is not None:
                scope_end = max(scope_end, of_set.end())
        if cue == "without":
            # "fans without tickets had caused the crush": what they were without, a noun phrase ended by the verb of
            # the clause it sits in (not "left without power for nine hours")
            first_word = _SCOPE_WORD.search(text, begin, scope_end)
            verb = _VERB_AFTER_PHRASE.search(text, first_word.end(), scope_end) \
                if first_word is not None and not _NOT_NOUN.search(first_word.group()) else None
            if verb is not None:
                scope_end = verb.start()
        scope = Span(text[begin:scope_end].strip(), begin, scope_end)
        if _RULED_OUT.match(cue):
            # what is ruled out is a noun phrase, denied by its head ("ruled out fuel rationing during the strike"
            # denies rationing; "ruled out the use of explosives", explosives); passive, the one before ("explosives
            # had been ruled out")
            passive = _PASSIVE_BEFORE.search(text, max(0, m.start() - 60), m.start())
            phrase = _PHRASE_BEFORE.search(text, max(0, passive.start() - 60), passive.start()) if passive else \
                _PHRASE_AFTER.match(text, m.end())
            if phrase is None or not phrase.group("head"):
                continue
            scope = Span(phrase.group("head"), phrase.start("head"), phrase.end("head"))
        bare = _BARE_OBJECT.match(text, m.end() + (4 if cue == "no" else 0))
        if bare and (cue in ("nobody", "no one", "no-one", "none") or (cue == "no" and re.match(r"\s*one\b",
                                                                                                   text[m.end():]))):
            # "the strike killed no one", "injured nobody": the object denies the verb before it (not
            # "injured nobody else", "employed no one from the town", "hired none of the workers")
            verb = _VERB_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if verb is not None:
                scope = Span(verb.group("verb"), verb.start("verb"), verb.end("verb"))
        out.append(Negation(Span(m.group(), m.start(), m.end()), scope))
    for m in _DENIED_AFTER.finditer(text):
        # "accused the governor of counting missing people as dead, an accusation her office denied": the cue after
        # what it denies
        scope = Span(m.group("what").strip(), m.start("what"), m.start("what") + len(m.group("what").rstrip()))
        out.append(Negation(Span(m.group("cue"), m.start("cue"), m.end("cue")), scope))
    for m in _DISMISSED_AS.finditer(text):
        # "dismissed sabotage as a cause": what is dismissed as a cause is ruled out, denied by its head
        out.append(Negation(Span(m.group("cue"), m.start("cue"), m.end("cue")),
                            Span(m.group("head"), m.start("head"), m.end("head"))))
    for m in _UNHARMED.finditer(text):
        # "escaped unharmed", "rescued unhurt": harm denied by the word's own prefix (the cue "un", the harm after it)
        out.append(Negation(Span(m.group("un"), m.start("un"), m.end("un")),
                            Span(m.group("harm"), m.start("harm"), m.end("harm"))))
    return out


_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:(?:also|now|since|firmly|largely)\s+)?$",
                             re.IGNORECASE)
_PHRASE_STOP = r"(?:as|in|during|for|at|on|after|before|while|because|and|but|or|which|that|when|since|until|by|from" \
               r"|to|over|with|amid|following|said|says|had|has|have|was|were|is|are|been|being|it|he|she|they)"
# (the noun phrase after the cue, up to a preposition or a clause: "of" joins, "the use of explosives")
_PHRASE_AFTER = re.compile(r"\s+(?:(?!" + _PHRASE_STOP + r"\b)[\w'’-]+\s+){0,5}?(?P<head>(?!" + _PHRASE_STOP
                           + r"\b)[A-Za-z][\w'’-]*)(?=\s+" + _PHRASE_STOP + r"\b|\s*[,.;:!?)]|\s*$)", re.IGNORECASE)
# (the one before a passive cue: "Police said explosives had been ruled out")
_PHRASE_BEFORE = re.compile(r"(?P<head>[A-Za-z][\w'’-]*)\s+(?:(?:had|has|have|could|would|may|might|can|will)\s+"
                            r"(?:not\s+)?)?$", re.IGNORECASE)
_RULED_OUT = re.compile(r"\s*(?:yet\s+|be\s+|been\s+)?(?:ruled|rules|ruling|rule)\s+out\b", re.IGNORECASE)
_NEGATED_BEFORE = re.compile(r"\b(?:not|n['’]t|never|cannot)\s+(?:yet\s+)?(?:be\s+|been\s+)?$", re.IGNORECASE)
_DENIED_AFTER = re.compile(r"\b(?:accused|accuses|accusing)\s+(?:[\w'’-]+\s+){1,4}?of\s+(?P<what>[^,;.]{3,120}),\s+"
                           r"(?:an?\s+|the\s+)?(?:accusation|allegation|charge|claim)s?\s+(?:that\s+)?"
                           r"(?:[\w'’-]+\s+){1,4}?(?P<cue>denied|denies|rejected|rejects|dismissed)\b", re.IGNORECASE)
_DISMISSED_AS = re.compile(r"\b(?P<cue>dismissed|dismisses|dismissing|excluded|excludes|excluding)\s+(?:[\w'’-]+\s+)"
                           r"{0,4}?(?P<head>[A-Za-z][\w'’-]*)\s+as\s+(?:a\s+|the\s+)?(?:possible\s+|likely\s+|probable\s+)?"
                           r"(?:cause|factor|motive|explanation|possibility|reason)\b", re.IGNORECASE)
_UNHARMED = re.compile(r"\b(?P<un>un)(?P<harm>harmed|hurt|injured)\b", re.IGNORECASE)


_NONE_OF_VERB = re.compile(r"\s*of\s+[^,.;]{1,120}?\s+(?:is|are|was|were|had|has|have)\s+(?:been\s+)?"
                           r"[a-z]+(?:\s+[a-z]+){0,3}")  # ("… were in critical condition")
_NOBODY_FROM_VERB = re.compile(r"\s+(?:from|of|in|at|among|aboard|on\s+board)\s+[^,.;]{1,120}?\s+(?:is|are|was|were|had"
                               r"|has|have)\s+(?:been\s+)?[a-z]+(?:\s+[a-z]+){0,3}")
_NOT_ONLY = re.compile(r"\s+(?:only|just|merely)\b(?=[^.;]*\bbut\b)", re.IGNORECASE)
_VERB_BEFORE = re.compile(r"\b(?P<verb>[a-z]+ed|[a-z]{2,}ing|hurt|hit|struck|saw|found|blamed|met|told)\s+$")
_BARE_OBJECT = re.compile(r"\s*(?:[,.;:!?)]|$|(?:in|on|at|during|when|after|before|while|and|but|as)\b)")


_PLACE_NOUN_AFTER = re.compile(r"\s+(?:air\s?base|airbase|base|airport|camp|airfield|port|province|governorate|district"
                               r"|county|region|city|town|village|dam|refinery|barracks)\b")

# "Tolby lies in …", "Tolby, the larger of the two towns, is in …": what a sentence locates is a name
# what a sentence says its subject is part of: "in", and "part of", "the capital of", "the main city of"
# ("Branth is the capital of Marsk province" places Branth in Marsk)
PART_OF = r"(?:a\s+)?part\s+of|the\s+(?:capital|seat|(?:main|largest)\s+(?:city|town))\s+of"
WITHIN = r"(?:(?:located\s+|situated\s+|based\s+)?in|" + PART_OF + r")\b"
# ("Branth, home of the city hospital, is the capital of …": an apposition without an article too)
_LOCATED_AFTER = re.compile(r"(?:\s*,\s+[^,]{1,60},)?\s+(?:is|lies|lay|sits|remains)\s+" + WITHIN)


def find_names(text: str) -> list[Span]:
    """Capitalised (multi-word) names, without sentence-initial function words, months or weekdays."""
    names: list[Span] = []
    for m in _ENTITY.finditer(text):
        parts = m.group().split()
        start = m.start()
        # "Four Katyusha rockets": an amount opening a capitalised run is not part of the name
        while parts and ((low := normalize(parts[0]).strip("'’")) in NON_NAMES or low in _OPENERS
                         or _is_number_word(parts[0])):
            start += len(parts[0]) + 1
            parts = parts[1:]
            while start < len(text) and text[start] == " ":
                start += 1
        while parts and normalize(parts[-1]) in NON_NAMES:
            parts = parts[:-1]
        if not parts:
            continue
        name = " ".join(parts)
        possessive = re.search(r"['’]s$", name)
        if possessive:
            parts[-1] = parts[-1][:-2]
            name = name[:possessive.start()]
        if len(name) < 2 or name.isdigit():
            continue
        if len(parts) == 1 and _sentence_initial(text, start) and "-" not in name and not name.isupper() \
                and not re.search(r"(?<![.!?]\s)(?<!^)\b" + re.escape(name) + r"\b", text[start + len(name):]) \
                and not _PLACE_NOUN_AFTER.match(text, start + len(name)) \
                and not _LOCATED_AFTER.match(text, start + len(name)):
            continue  # "Rockets hit…": capitalised only because it opens the sentence ("Harir air base" is a name)
        end = text.find(parts[-1], start) + len(parts[-1])
        previous = names[-1] if names else None
        if previous is not None and _ORG_JOIN.fullmatch(text, previous.end, start) \
                and normalize(previous.text.split()[-1]) in ORG_HEADS:
            names[-1] = Span(text[previous.start:end], previous.start, end)  # "Islamic Resistance in Iraq"
            continue
        names.append(Span(text[start:end], start, end))
    return names


def _is_number_word(word: str) -> bool:
    low = normalize(word).strip("'’")
    return low in WORD_VALUES or low.replace(",", "").replace(".", "").isdigit() or \
        all(part in WORD_VALUES for part in low.split("-"))


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \"“'‘(")
    return not before or before[-1] in ".!?:\n"


_DEMONYM = re.compile(r"(?:ian|ese|ish|i)$")


def find_slots(text: str) -> list[Slot]:
    """Place names in a "X province" / "province of X" slot (gazetteer-free)."""
    slots: list[Slot] = []
    if not _SLOT_HINT.search(text):
        return slots  # no slot word: the two patterns below cannot match
    for pattern in (_SLOT_AFTER, _SLOT_BEFORE):
        for m in pattern.finditer(text):
            name = m.group("name")
            if pattern is _SLOT_AFTER and (text.startswith(" of ", m.end()) or _DEMONYM.search(name)):
                continue  # "the Syrian governorate of Deir ez-Zor": an adjective, the name follows
            parts = [p for p in name.split() if (normalize(p) not in NON_NAMES and p[:1].isupper()
                     or p[:3].lower() == "al-") and not re.search(r"['’]s$", p)]
            if not parts:
                continue
            slots.append(Slot(_SLOT_KINDS[m.group("kind").lower()], " ".join(parts),
                              Span(m.group(), m.start(), m.end())))
    return slots


def place_key(name: str) -> str:
    """A place name for comparison: lowercase, no article prefix ("al-Anbar" → "anbar")."""
    key = normalize(name)
    return re.sub(r"^(?:al|el|ad|as|ash|an|ar|at|az)[- ]", "", key)


# "members of the Iraqi security forces "were seriously injured"": who was hurt how badly, in one clause.
# The degree is found first; its subject is read back from it, at most 80 characters and never past the
# start of the sentence or clause (a lazy subject group before it rescans the text: quadratic).
_GRADES = _SEVERITY.pattern.replace("(?P<serious>", "(?:").replace("(?P<minor>", "(?:")
# "were slightly injured", and "suffered serious injuries"
_HARM = re.compile(r"[\"“]?(?:(?:were|was|had\s+been|have\s+been|has\s+been|are|is)\s+(?:only\s+)?(?P<how>"
                   + _GRADES + r")\s+(?:injured|wounded|hurt)\b"
                   r"|(?:suffered|sustained|suffering|sustaining)\s+(?:only\s+)?(?P<how2>" + _GRADES
                   + r")\s+(?:injuries|injury|wounds))", re.IGNORECASE)
# where the subject's own words end: "the two Americans *hurt in the attack* …" identifies them
# (not at a preposition: "residents in Orlov" and "residents in Lipno" are two groups)
_SUBJECT_END = re.compile(r"\s(?:hurt|injured|wounded|killed|who|which|that)\b", re.IGNORECASE)
_CLAUSE_EDGE = re.compile(r"[.!?;:,\"“”()]|\b(?:and|but|while|that|whereas|who|which)\b", re.IGNORECASE)
# a part of a set or none of it is not the set ("two of the soldiers", "none of the soldiers", "most …");
# a count of a noun is the group it counts ("two Americans")
_PART_OF_SET = re.compile(r"^(?:(?:none|no|nobody|no\s+one|some|most|many|few|several|all|each|every|any)\b"
                          r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands"
                          r"|\d[\d,.]*)\s+of\b)", re.IGNORECASE)


@memo(16384)
def harm_severities(text: str) -> tuple[tuple[str, str, str], ...]:
    """(who, severity, as written) of each "X were slightly / seriously injured" of a text: who is the
    clause's subject ("two Americans", "members of the Iraqi security forces"), severity minor or serious.
    A subject that counts or quantifies part of a set is left out: it is not the set's degree."""
    found = []
    for m in _HARM.finditer(text):
        begin = max(0, m.start() - 160)  # room for a clause identifying the subject
        edges = [e.end() for e in _CLAUSE_EDGE.finditer(text, begin, m.start())]
        if not edges and begin > 0:
            continue  # no start of its clause within reach: too long a subject to read
        who = text[edges[-1] if edges else begin:m.start()].strip()
        cut = _SUBJECT_END.search(who)
        who = who[:cut.start()].strip() if cut else who
        grade = _SEVERITY.search(m.group("how") or m.group("how2"))
        if not who or grade is None or _PART_OF_SET.search(who):
            continue
        found.append((who, "serious" if grade.group("serious") else "minor", f"{who} {m.group().strip()}"))
    return tuple(found)
