"""Step 1 — claim analysis: keywords, names, quantities, dates and negation of a claim."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from rapidfuzz import fuzz

from service.attribution import find_attributions, names_a_body
from service.dossier.model import ClaimAnalysis, ClaimEvent, DateMention, Entity
from service.text.clauses import OPENING_AFTER, identifying_clauses, reference_clauses
from service.text.dates import claim_interval, month_day, offset_date, spans_around
from service.text.events import is_beginning, is_incident, reports_incident, sites_of
from service.text.extract import (
    MONTHS,
    WORD_VALUES,
    find_dates,
    find_names,
    find_negations,
    find_quantities,
    place_key,
)
from service.text.ordinals import incident_rank
from service.text.places import FOUND_BEFORE, FOUND_WORDS, claim_locations, town_named
from service.text.roles import find_roles
from service.text.sources import claim_credits
from service.tokens import STOPWORDS, index_terms

_FOUND_AT_PLACE = re.compile(FOUND_BEFORE + "$", re.IGNORECASE)  # "… was found at <site>": not the incident's site
# "… were treated at <hospital>": where the hurt were cared for is not where the incident was
_TREATED_AT = re.compile(r"\b(?:treated|admitted|hospitali[sz]ed|taken|rushed|brought|flown)\s+(?:at|to|in)\s+"
                         r"(?:the\s+)?$",
                         re.IGNORECASE)
# "Yoav Gallant, who discussed … in a call, is Israel's prime minister": an aside between a name and
# what the claim says it is (its roles are read without it; offsets are then the shortened text's)
_ASIDE_CLAUSE = re.compile(r",\s+(?:who|which|whose)\b[^,;.]{0,160},")
_COMMA_ASIDE = re.compile(r",\s+(?:established|founded|created|built|opened|closed|set\s+up|launched)\b[^,;.]{0,60},",
                          re.IGNORECASE)
# "since 1995": every year from then on
_SINCE = re.compile(r"\bsince\s+(?:at\s+least\s+|as\s+early\s+as\s+|early\s+|late\s+|mid-?|the\s+)?$",
                    re.IGNORECASE)
# A month named without a year ("in January", "the January attack"); "May" only after a preposition.
_BARE_MONTH = re.compile(r"\b(?:(?:in|on|since|during|of|the|last|early|late|mid)\s+)?(?P<month>January|February|March"
                         r"|April|June|July|August|September|October|November|December|(?<=in |on )May)\b"
                         r"(?!\s*,?\s*(?:\d|of\s+\d))")

VARIANT_SIMILARITY = 85  # rapidfuzz ratio at which two names count as spellings of one name


_LABEL = re.compile(r"^\W*(?:BREAKING(?:\s+NEWS)?|Breaking(?:\s+[Nn]ews)?|JUST\s+IN|Just\s+in|UPDATED?|Update[d]?"
                    r"|EXCLUSIVE|Exclusive|URGENT|ALERT|NEWS\s+ALERT|DEVELOPING|LATEST|FLASH"
                    # (a fact-checker's own label for what is checked: "Claim: …", "Fact check – …")
                    r"|(?:[Tt]he\s+)?(?:[Cc]laim|CLAIM|[Ff]act[\s-]+[Cc]heck|FACT[\s-]+CHECK|[Ss]tatement|STATEMENT)"
                    r")\s*(?::|\s[|\-–—])\s*")
# a claim pasted as a quotation, all of it: “…” or "…" (not one quoted word, '"Jihadists" attacked a temple')
_WHOLE_QUOTE = re.compile(r'^\s*(?P<q>["“‘\'])(?P<body>[^"“”‘’]+?)["”’\']\s*\.?\s*$')
# a dotted abbreviation: "U.S.", "U.N." (not an initial, "J. R. Tolland")
_DOTTED = re.compile(r"\b(?:[A-Z]\.){2,}(?=[\s,;:)'’\"-]|$)")
# a month abbreviated before its day or year, news-agency style ("Oct. 31", "Sept. 2023"): the readers take its stop
# for a clause's end, so it is written out ("October 31")
_SHORT_MONTH = re.compile(r"\b(?P<month>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.(?=\s+\d)")
_MONTH_OF = {name[:3]: name for name in ("January", "February", "March", "April", "June", "July", "August",
                                         "September", "October", "November", "December")}


def as_sentence(claim: str) -> str:
    """The claim as a sentence of news copy, which the readers expect: without a label ("BREAKING:", "Claim:"),
    unwrapped from quotation marks around all of it, its first word capitalised when all in lower case
    ("reuters reported …"), "U.S." written "US", "Oct. 31" as "October 31". The dossier keeps the claim as
    given."""
    text = _LABEL.sub("", claim, count=1) or claim
    whole = _WHOLE_QUOTE.match(text)
    if whole is not None and (whole.group("q") != "'" or text.rstrip().rstrip(".").endswith("'")):
        text = whole.group("body")
    # (a dotted abbreviation as the archive's copy more often writes it, and the readers read it: "U.S." as "US")
    text = _DOTTED.sub(lambda m: m.group().replace(".", ""), text).strip()
    text = _SHORT_MONTH.sub(lambda m: _MONTH_OF[m.group("month")[:3]], text)
    first = re.sub(r"['’]s\W*$|\W+$", "", text.split(maxsplit=1)[0]) if text else ""  # ("hezbollah's", "the,")
    if first.isalpha() and first.islower():
        text = text[:1].upper() + text[1:]
    return text or claim


def analyze_claim(claim: str, claim_date: date | None = None) -> ClaimAnalysis:
    """Everything the later steps need to know about a claim, from its text (and the day it was
    made, when known: weekdays, relative dates and days without a year count from it)."""
    # "BREAKING: …", "Claim: …", “…”: a post's or a checker's wrapping says nothing of the claim (the dossier keeps
    # the text as given)
    claim = as_sentence(claim)
    # what a clause that times the claim by another event says ("…, the day before two drones struck the
    # base") is that event's: its amounts and dates are not the claim's to compare
    other = reference_clauses(claim)
    found = spans_around(claim, find_dates(claim, claim_date))
    dates = [d for d in found if not any(s <= d.span.start < e for s, e in other)]
    shifted = offset_date(claim, found, partial=True)
    if shifted is not None:  # "Two days before … on October 31, …": the claim's own day is October 29
        dates.append(shifted)
    quantities = [q for q in find_quantities(claim, [(d.span.start, d.span.end) for d in dates])
                  if not any(s <= q.span.start < e for s, e in other)]
    locations = claim_locations(claim)
    # (of two days, the one the main clause states is the claim's event's: "The appeal filed on January 21 was
    # rejected on February 4" is of February 4; the clause that picks the appeal out dates its filing)
    identifying = identifying_clauses(claim) if len(dates) > 1 else []
    own_dates = [d for d in dates if not any(s <= d.span.start < e for s, e in identifying)] or dates
    return ClaimAnalysis(
        claim=claim,
        keywords=tuple(keywords_of(claim)),
        entities=tuple(group_variants([span.text for span in find_names(claim)])),
        quantities=tuple(quantities),
        dates=tuple(dates),
        negations=tuple(find_negations(claim)),
        locations=tuple(locations),
        roles=tuple(find_roles(claim) or find_roles(_ASIDE_CLAUSE.sub("", claim))),
        credits=claim_credits(claim),
        event=_told_by_another(claim, claim_event(claim, tuple(own_dates), locations)),
        claim_date=claim_date,
    )


def _told_by_another(claim: str, event: ClaimEvent) -> ClaimEvent:
    """"After the Monday attack on Ain al-Asad, Austin and Gallant discussed …": a claim whose time is
    told by an incident in its opening, and which says only what people said, met about or decided,
    is no incident (its time stays the opening's: what it says happened then)."""
    opening = OPENING_AFTER.match(claim) if event.incident else None
    rest = claim[opening.end():] if opening else ""
    rest = _TRAILING_CREDIT.sub("", rest)  # "…, a tree fell on the school, the mayor said": the mayor's account
    if opening is None or is_incident(rest) or is_beginning(rest) or not _SAID_OR_DECIDED.search(rest):
        return event
    return replace(event, incident=False, region=None)


_TRAILING_CREDIT = re.compile(r",\s+(?:[^,]{1,60}\s+(?:said|says|reported|reports|told\s+\S+)"
                              r"|according\s+to\s+[^,]{1,60})\W*$", re.IGNORECASE)
# what people said, met about or decided (not a ferry that capsized, which is_incident may not know)
_SAID_OR_DECIDED = re.compile(r"\b(?:discuss\w*|met|meets?|meeting|spoke|speaks?|talk\w*|said|says|announc\w*|called"
                              r"|calls|urg\w*|pledg\w*|promis\w*|vow\w*|agree\w*|sign\w*|visit\w*|resign\w*"
                              r"|decid\w*|order\w*|approv\w*|condemn\w*|blam\w*|warn\w*|prais\w*|thank\w*"
                              r"|declar\w*|phoned|wrote|tweeted|posted)\b", re.IGNORECASE)


_DEADLINE = re.compile(r"\b(?:before|until|till|by|no\s+later\s+than)\s+(?:the\s+end\s+of\s+|early\s+|mid-?|late\s+)?$",
                       re.IGNORECASE)
_AGENT_BY = re.compile(r"\b[a-z]+(?:ed|en)\s+by\s+(?:last\s+|this\s+)?$")  # "was wrecked by Tuesday's storm"
_BY_DAY = re.compile(r"\b(?:[Bb]y|as\s+of|[Uu]ntil|[Tt]ill)\s+(?:last\s+|this\s+)?$")


_AFTER_INCIDENT = re.compile(r"\b(?:after|since|following|because\s+of|due\s+to|over|before|until|left\s+by)\s+$",
                             re.IGNORECASE)


def claim_event(claim: str, dates: tuple[DateMention, ...], locations: list) -> ClaimEvent:
    """What a claim says of its event's time and place (see ClaimEvent)."""
    # a date in an aside ("Northwind Bank, established in 1990, posted …") identifies, it is not the
    # time of what the claim says happened; nor is "closed since 2019" beside "reopened in May 2024"
    asides = [(m.start(), m.end()) for m in _COMMA_ASIDE.finditer(claim)]
    timed = tuple(d for d in dates if not any(s <= d.span.start < e for s, e in asides))
    since = [d for d in timed if d.start is not None and _SINCE.search(claim[:d.span.start])]
    others = tuple(d for d in timed if d not in since)
    interval = claim_interval(others if any(d.start is not None for d in others) else timed)
    if interval is not None and since and not any(d.start is not None for d in others):
        # "no warming since 1995" is about every year from 1995 on, not about 1995
        interval = (interval[0], date.max, f"since {interval[2]}")
    # ("By Tuesday, the toll had climbed to 17": the day a running count was reached, not its event's)
    weekday = next((d.weekday for d in dates if d.weekday is not None and d.start is None
                    and not (_BY_DAY.search(claim, 0, d.span.start)
                             and claim[d.span.end:d.span.end + 2] not in ("'s", "’s")
                             and not _AGENT_BY.search(claim, 0, d.span.start))), None)
    month = day = None
    partial = ""
    unanchored = ", ".join(d.text for d in dates if d.relative and d.start is None)
    for d in dates:
        yearless = month_day(d)  # "October 31": a day without a year
        if yearless is not None:
            (month, day), partial = yearless, d.text
            break
    if month is None and interval is None:
        taken = [(d.span.start, d.span.end) for d in dates]
        for m in _BARE_MONTH.finditer(claim):
            # ("would not restart before June": a deadline, not when the claim's event happened)
            if not any(s <= m.start("month") < e for s, e in taken) and not _DEADLINE.search(claim, 0, m.start()):
                month, partial = MONTHS[m.group("month").lower()], m.group("month")
                break
    copula = any(loc.subject and loc.start > 0 and re.search(r"\b(?:is|are|was|were|lies)\s+(?:located\s+)?in\b",
                                                              claim[:loc.start]) for loc in locations)
    # "the launcher … was found at Jurf al-Sakhar": where a thing was found is not where the incident was
    # (nor a site in the name of the body the claim credits: "Kestrel Prison Watch said …")
    credited = [(a.char_start, a.char_end) for a in find_attributions(claim)
                if a.kind != "other" or names_a_body(a.source)]
    site = next((name for name in sites_of(claim) if not _FOUND_AT_PLACE.search(claim[:claim.find(name)])
                 and not _TREATED_AT.search(claim[:claim.find(name)])
                 and not any(s <= claim.find(name) < e for s, e in credited)), None)
    if site is None and copula:
        # (not a place the claim itself locates in another: "was located in Jurf al-Sakhar in Babil province")
        places = {loc.place for loc in locations}
        site = next((loc.subject for loc in locations if loc.subject and loc.subject not in places
                     and not _FOUND_AT_PLACE.search(claim[:claim.find(loc.subject)])), None)
    region = None
    if not copula:
        # "the launcher … was later found in Babil province": where a thing was found, not where the incident was
        # (…, and a place that goes on from such a phrase: "found in Haditha district, in Babil province")
        found = [loc for loc in locations if loc.head in FOUND_WORDS]
        region = next(((loc.level, loc.place) for loc in locations
                       if loc.level in ("province", "district", "city") and loc.subject is None
                       and loc.head not in FOUND_WORDS
                       # (where something came from is not where it happened: "an instruction from Tehran")
                       and not re.search(r"\bfrom\s+(?:the\s+)?$", claim[:loc.start])
                       and not any(re.fullmatch(r"\s*,?\s*(?:in\s+|of\s+)?(?:the\s+)?", claim[f.end:loc.start])
                                   for f in found if f.end <= loc.start)), None)
    incident = is_incident(claim) or is_beginning(_COMMA_ASIDE.sub("", claim))
    # ("the first fire at the Brennick warehouse", "the second Grauwand avalanche": a rank of the site's incidents; not
    # "Aurelian General Hospital was also hit in the second attack", a rank of another's)
    # (with no site of the claim's own, the name the rank's words give: "the first Grauwand avalanche")
    # (not an incident the claim's deed came after or of: "Forty workers lost their jobs after the first fire at the
    # Dalby sawmill", "blamed the second fire on arson" is of it)
    rank = incident_rank(claim)
    if rank is not None and not (site and site in rank[2]):
        rank = rank if rank[3] and not site else None
    if rank is not None and _AFTER_INCIDENT.search(claim, 0, claim.find(rank[2])):
        rank = None
    # (of an incident, or of what one did: "the tornado in Penrow destroyed 40 homes")
    town = town_named(claim) if (incident or reports_incident(claim)) and region is None and site is None \
        and not copula else None
    return ClaimEvent(interval, weekday, month, day, partial, site, incident, region if incident else None,
                      unanchored, rank, town=town)


def keywords_of(text: str) -> list[str]:
    """Normalized content words in order of first appearance (number words are quantities instead)."""
    seen: dict[str, None] = {}
    for term in index_terms(text):
        if term in STOPWORDS or term in WORD_VALUES or len(term) < 2:
            continue
        seen.setdefault(term, None)
    return list(seen)


def same_name(a: str, b: str) -> bool:
    """Two spellings of one name ("Ain al-Asad" / "Ain Al-Assad"), compared without case or "al-"."""
    ka, kb = place_key(a), place_key(b)
    return ka == kb or fuzz.ratio(ka, kb) >= VARIANT_SIMILARITY


def group_variants(names: list[str]) -> list[Entity]:
    """Names grouped by spelling: the first spelling is the entity's text, the others its variants."""
    groups: list[list[str]] = []
    for name in names:
        for group in groups:
            if same_name(group[0], name):
                if name not in group:
                    group.append(name)
                break
        else:
            groups.append([name])
    return [Entity(group[0], tuple(group[1:])) for group in groups]
