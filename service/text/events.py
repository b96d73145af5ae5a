"""The event each sentence of an article reports: when (a day, a span, or only a weekday) and where.

Read per article, in order, because most sentences do not date themselves:

    a sentence's own date ("Monday, October 30, 2023", "January 2024")              → stated
    a weekday ("on Monday", "last Tuesday") resolved against `published_at`          → weekday
    a weekday with no publication date to resolve it                                 → weekday, day unknown
    an incident sentence without a date, after (or, in the lead, before) one that has
    one, unless it marks a shift in time ("Earlier", "Last week", "Until last year") → article
    an incident sentence of a dated article with no date anywhere                    → published
                                                                                       (the week before)
    anything else                                                                    → none

Its place is the site it names ("the Ain al-Asad air base", "at Al-Tanf") or, failing that, the
place of the event it inherits. An incident sentence is one with an incident word (attack,
strike, fire, flood, killed …).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from service.text.dates import (
    date_from_mentions,
    in_aside,
    is_plan,
    month_day,
    own_dates,
    parse_published,
    passage_month,
)
from service.text.extract import WEEKDAYS, find_dates, month_end
from service.text.ordinals import ranked_subject
from service.text.places import SITE_NOUN_WORDS, Location, demonym_country, gazetteer_entry, locations_of, same_place
from service.text.platforms import is_platform
from service.tokens import stem, without_possessive

# the nouns news copy names an incident by ("the attack", "the siege"), as a regular expression
INCIDENT_KINDS = r"(?:attack|strike|raid|assault|bombing|shelling|barrage|incident|explosion|blast|fire|blaze" \
                 r"|collapse|crash|derailment|leak|spill|outage|flood|landslide|avalanche|riot|shooting|siege)"
# "the Monday missile attack", "the siege": an incident named by its kind, with up to three words before it
INCIDENT_PHRASE = r"\s+the\s+(?P<words>(?:[\w'’-]+\s+){0,3}?" + INCIDENT_KINDS + r")s?\b"
RECENT_DAYS = 7  # an undated report in a dated article is taken to be about the week before it
_INCIDENT = frozenset(stem(w) for w in """attack attacked attacks attacking strike strikes struck striking targeted
    targeting target hit hits shelled shelling bombing bombed bombardment raid raids fired launched launching
    explosion blast fire fires blaze flood floods flooded flooding earthquake quake storm crash crashed collision
    shooting ambush clash clashes killed killing injured injuries injury wounded casualties incident assault downed
    barrage barrages salvo salvoes airstrike airstrikes
    intercepted
    evacuation evacuated protest protests outbreak eruption landslide
    rally rallies rallied demonstration demonstrations protested
    capsized capsizing overturned sank sinking derailed derailment collapse collapsed
    hurt kidnapping kidnapped abduction abducted""".split())
# What an incident did, told after it ("the dam's turbines were not damaged", "none of the children died"): a
# sentence of these reports the article's incident too, and takes its event as incident sentences do (a claim
# of them alone is not about an incident: is_incident, not this, classifies claims)
# (and the arrests at a protest: "put the number detained at 160"; and its crowd: "Police put the crowd at about 3,000")
# (and what befell the people in it: "All the hostages were freed unharmed …", "two guards were unhurt"; not "treated"
# or "hospitalised", whose stem is the noun's, which background sentences use as much: "had written to the hospital
# director since October")
# (and an outage, a riot, a leak: incidents a claim about is not dated as one is, but whose report the next sentence
# goes on about, "The outage began at about 06:40 and lasted nearly nine hours")
_CONSEQUENCE = frozenset(stem(w) for w in """damage damaged destroyed destroying died dead trapped rescued
    toll missing arrested detained arrests detentions escaped caved lives
    freed unharmed unhurt uninjured unscathed hostage hostages standoff siege sickened
    poisoned survived survivors drowned drowning inhalation electrocuted trampled stranded
    crowd crowds""".split()) \
    | frozenset(stem(w) for w in "outage outages blackout blackouts riot riots rioted stampede crush leak leaks"
                .split())
_INCIDENT_OR_CONSEQUENCE = _INCIDENT | _CONSEQUENCE
_SHIFT = re.compile(r"^\W*(?:earlier|previously|last\s+(?:week|month|year)|until|since|before\s+that|in\s+the\s+"
                    r"(?:latest|previous|last)|meanwhile|in\s+(?:19|20)\d\d|a\s+few\s+(?:days|weeks)\s+earlier"
                    r"|days\s+earlier|weeks\s+earlier)\b", re.IGNORECASE)
# "the attack", "this strike", "the U.S. military base": a sentence that refers back to an incident
_REFERS = re.compile(r"\b(?:the|this|that|these)\s+(?:[\w.-]+\s+){0,2}?(?:attacks?|strikes?|raids?|bombings?"
                     r"|blasts?|explosions?|incidents?|fires?|floods?|base|drones?|missiles?|rockets?|operation"
                     r"|assault|shelling|shooting|crash|quake|earthquake|storm|targeting|rally|protests?"
                     r"|demonstrations?)\b"
                     r"|^\W*(?:it|they|he|she)\b", re.IGNORECASE)
# "traffic is still diverted months later", "Months after the bombing …, the council approved …": an
# incident long past, recalled (not "flooding homes rebuilt months ago", "Weeks after the floods, the river
# burst its banks again", "Months on from the last pay deal, the strike halted shipping")
_RECALLED = re.compile(r"\bstill\b[^.;]*\b(?:months|years)\s+(?:later|on|after)\b"
                       r"|^\W*(?:months|years)\s+after\s+the\s+(?:[\w-]+\s+){0,2}?(?:bombing|attack|blast|explosion"
                       r"|fire|flood|floods|storm|quake|earthquake|crash|raid|strike|collapse)\b", re.IGNORECASE)
# a sentence about attacks in general, not about one ("repeatedly targeted", "a frequent target")
_GENERAL = re.compile(r"\b(?:repeatedly|frequently|frequent|routinely|regularly|often|series of)\b",
                      re.IGNORECASE)
# the nouns of a site, singular (places.SITE_NOUN_WORDS: the patterns below are built from it)
# (plural for bases: "the Al-Tanf and Al-Rukban bases")
_SITE_NOUNS = r"(?:air\s*bases?|airbases?|bases?|" + "|".join(SITE_NOUN_WORDS[3:]) + r")"
_SITE_NAME = r"(?:[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*|(?:al|el|ad|as|an|ar)-[A-Z][\w'’]*)" \
             r"(?:\s+(?:(?:al|el|ad)\s+)?(?:[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*|(?:al|el|ad|as|an|ar)-[A-Z][\w'’]*))*"
# words between a site's name and its noun ("the Ain al-Asad US military base")
_SITE_MODIFIERS = r"(?:US|U\.S\.|American|military|natural|gas|oil|fuel|power|grain|shopping|apartment|residential" \
                  r"|storage|ski|cargo|bus|ferry|rail|railway|chemical|water|refugee|detention|border|industrial" \
                  r"|training|nuclear|coal|cement|garment|textile|container|sports)"
_SITE = re.compile(r"(?P<name>" + _SITE_NAME + r")\s+(?:" + _SITE_MODIFIERS + r"\s+){0,3}"
                   + _SITE_NOUNS + r"\b"
                   r"|\b(?:at|on|targeted|targeting|hit|attacked|struck)\s+(?:the\s+)?(?P<name2>" + _SITE_NAME + r")"
                   r"|\b" + _SITE_NOUNS + r"\s+(?:in|of|at)\s+(?:the\s+)?(?P<name3>" + _SITE_NAME + r")")
# (nationalities are _not_site's: "the Iranian embassy" keeps its own)
# (a season names no site: "its Christmas market" is no market at a place named Christmas)
_NOT_SITES = frozenset("""the a an us u u.s u.s. islamic air general central international national regional
    memorial municipal military""".split()) \
    | frozenset(WEEKDAYS) \
    | frozenset("christmas easter halloween thanksgiving ramadan eid diwali hanukkah advent".split())
# (whole names: "Sat-Com", "Sun-Rise" are names)
_WEEKDAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTH_WORDS = frozenset(
    "january february march april may june july august september october november december".split())
# (their short forms name no site alone: "on Nov. 2"; in a name they may, "Jan Smuts Airport", "Mar Elias Church")
_SHORT_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_SHIP_NOUNS = frozenset("ship vessel tanker carrier freighter trawler".split())


@dataclass(frozen=True)
class EventFacts:
    """When and where the event a sentence reports happened. `start`/`end` are an inclusive day
    interval (None when unknown); `weekday` (0 = Monday) is kept when only a weekday is known."""

    start: date | None
    end: date | None
    weekday: int | None
    basis: str  # stated | weekday | article | published | none
    place: str | None
    anchor: int  # the sentence (ordinal) the date was read from; -1 when none
    when: str  # the words the date rests on
    region: tuple[str, str] | None = None  # (level, name) of the province, district or city it happened in
    sites: tuple[str, ...] = ()  # every site the sentence names (`place` is the first, or the one inherited)
    # the month and day (or month alone) stated without a year, when nothing gives the year ("on 20 February" in
    # an undated article): not `dated`, but another month is another event
    month_day: tuple[int, int | None] | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None and self.end is not None

    def iso(self) -> str | None:
        if self.start is None or self.end is None:
            return None
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


NO_EVENT = EventFacts(None, None, None, "none", None, -1, "")


def region_of(text: str) -> tuple[str, str] | None:
    """The first province, district or city a sentence places something in ("in Babil province")."""
    return next(((loc.level, loc.place) for loc in locations_of(text)
                 if loc.level in ("province", "district", "city")), None)


_CONTINUES = re.compile(r"^\W*(?:the|this|that|these|it|he|she|they|its|their)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:agency|network|channel|group|ministry|source|sources|official|officials|spokesperson"
                        r"|statement|report|military|army|attack|strike|incident|said|confirmed|added|noted)\b"
                        # "The legislation, however, is yet to …": the bill of the sentence before, named bare
                        # ("The motion passed with 27 votes to 23": the vote on what the sentence before approved)
                        r"|^\W*(?:the|this|that)\s+(?:legislation|bill|measure|package|deal|agreement|proposal|motion"
                        r"|resolution)(?=\s*,|\s+(?:is|was|has|had|have|will|would|still|however|now|remains|must|may"
                        r"|could|passed|failed|carried|fell)\b)",
                        re.IGNORECASE)


def continues(text: str) -> bool:
    """Whether a sentence goes on from the one before ("The agency confirmed …", "It said …")."""
    return _CONTINUES.match(text) is not None


_LETTER_RUN = re.compile(r"[A-Za-z]+")


# an incident told by a phrase, not by one word of _INCIDENT: "the train left the track on a bend", "the ship ran
# aground", "the warehouse caught fire", "a section of the roof gave way"
_INCIDENT_PHRASE = re.compile(r"\b(?:(?:left|leaving|leaves|leave|came\s+off|went\s+off|jumped)\s+the\s+"
                              r"(?:tracks?|rails|road|runway)|ran\s+aground|run\s+aground|running\s+aground|caught\s+fire"
                              r"|catching\s+fire|burst\s+into\s+flames|went\s+up\s+in\s+flames|gave\s+way)\b",
                              re.IGNORECASE)


def is_incident(text: str) -> bool:
    return _any_stem_in(text, _INCIDENT) or _INCIDENT_PHRASE.search(text) is not None


# what an incident did to people, told by a phrase: "Six guests were admitted to Carrowbeg General Hospital", "were
# hospitalised", "fell ill" (not "admitted" alone, "the company admitted liability")
_CONSEQUENCE_PHRASE = re.compile(r"\b(?:admitted|taken|rushed|airlifted|flown)\s+to\s+(?:[\w'’-]+\s+){0,3}?hospital\b"
                                 r"|\bhospitali[sz]ed\b"
                                 r"|\b(?:fell|became|taken|were|was)\s+ill\b"
                                 # (a stoppage for a span it caused: "suspended all shipping on the river for 14
                                 # hours while divers checked the pier", "closed the road for two days")
                                 r"|\b(?:suspended|halted|closed|shut|stopped|cancell?ed|blocked)\s+(?:[\w'’-]+\s+){0,6}?"
                                 r"for\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|at\s+least\s+)?"
                                 r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|\w+teen"
                                 r"|twenty|thirty|forty|forty-eight)\s+(?:more\s+)?(?:hours?|days?|weeks?)\b"
                                 # (an estimate of what the incident did, or a rival count of what the sentence
                                 # before counted: "The agency estimated the volume of rock and mud on the
                                 # carriageway at about 4,000 cubic metres", "The city put the number at 65,000")
                                 r"|\b(?:put|puts|putting|estimated|estimates|placed|places|revised|revises)\s+"
                                 r"(?:the|its|their)\s+(?:(?:first|initial|latest|own|official|final)\s+)?(?:number"
                                 r"|figure|toll|count|total|tally|volume|amount|size|cost|losses|damage|area|estimate)"
                                 r"\s+(?:[\w-]+\s+){0,7}?(?:at|to)\s+(?:about\s+|around\s+|some\s+"
                                 r"|nearly\s+|almost\s+|more\s+than\s+|at\s+least\s+|roughly\s+)?\d", re.IGNORECASE)


def reports_incident(text: str) -> bool:
    """is_incident, or what an incident did (one pass over the words: this runs at ingest)."""
    return _any_stem_in(text, _INCIDENT_OR_CONSEQUENCE) or _INCIDENT_PHRASE.search(text) is not None \
        or _CONSEQUENCE_PHRASE.search(text) is not None


def _any_stem_in(text: str, stems: frozenset[str]) -> bool:
    return any(stem(w) in stems for w in _LETTER_RUN.findall(text))


# "The presence at the base began in 2014", "the programme was founded in 1998": a beginning
# happens once, so a claim about one is dated like an incident (another year is a misdated start)
_BEGINNING = re.compile(r"\b(?:began|begun|begins|started|starts|commenced|founded|established|created"
                        r"|(?:goes|go|went|dates|dated|date|dating)\s+back\s+to(?=\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?"
                        r"(?:\d{4}|\d{2}s|January|February|March|April|May|June|July|August|September|October|November"
                        r"|December)))\b", re.IGNORECASE)


# "The bridge was built in 1974", "born in 1961": made once, at a time a claim may misdate (not "space built for 900")
_MADE_WHEN = re.compile(r"\b(?:built|constructed|born)\s+(?:in|on|during|between)\s+(?:the\s+)?(?:early\s+|late\s+"
                        r"|mid-?)?(?:\d{4}s?|\d{2}s|January|February|March|April|May|June|July|August|September"
                        r"|October|November|December)\b", re.IGNORECASE)


def is_made_when(text: str) -> bool:
    """Whether a text says when something was built, constructed or born."""
    return ("built" in text or "construct" in text or "born" in text) and _MADE_WHEN.search(text) is not None


# the words one of which _BEGINNING needs (an `in` test costs far less than the pattern's scan at ingest)
_BEGINNING_WORDS = ("beg", "start", "commenc", "found", "establish", "creat", "back to")


def is_beginning(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in _BEGINNING_WORDS) and _BEGINNING.search(text) is not None


# "the retrial … began", "resumed", "a second …": another beginning than a first one
_ANOTHER_BEGINNING = re.compile(r"\b(?:re[a-z]{3,}|second|third|previous|earlier|again|new|latest|another)\b",
                                re.IGNORECASE)


_PLACED_IN = re.compile(r"\b(?:in|inside|across)\s+(?:[a-z]+\s+)?$")
# "refugees who had fled fighting in Afghanistan", "shells fired from inside Syria", "built in Norway":
# where someone came from or something was made, not where the sentence's incident is
_ELSEWHERE = re.compile(r"\b(?:from|fled|flee|fleeing|built|born|made|won|who|which|outside|consulate|embassy"
                        r"|exiled|based)\b[^,;.]*$", re.IGNORECASE)


def placed_in(text: str, start: int) -> bool:
    """Whether the country name at `start` is where the sentence places what it reports ("… killed two
    farmers in Turkey"), not where someone came from or something was made."""
    return _PLACED_IN.search(text, max(0, start - 24), start) is not None \
        and _ELSEWHERE.search(text, max(0, start - 40), start) is None


def countries_in(text: str, locations: Sequence[Location]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The countries a sentence names after "in"/"inside"/"across"/"over" ("… in Syria", not "Nordol of
    Germany"), and of those the ones it places what it reports in (placed_in: not where someone came from
    or something was made)."""
    after_in = [loc for loc in locations if loc.level == "country" and loc.country
                and re.search(r"\b(?:in|inside|across|over)\s+(?:[a-z]+\s+)?$", text[max(0, loc.start - 24):loc.start])]
    placed = [loc.country for loc in locations if loc.level == "country" and loc.country and placed_in(text, loc.start)]
    return tuple(dict.fromkeys(loc.country for loc in after_in if loc.country)), tuple(dict.fromkeys(placed))


def tells_another_beginning(text: str) -> bool:
    """Whether a sentence marks what it says began as a repeat ("resumed", "a second", "again")."""
    return _ANOTHER_BEGINNING.search(text) is not None


# "A separate fire near the town of Halvik …", "in a separate attack": another incident than the article's
_SEPARATE = re.compile(r"\b(?:a|another|in\s+a)\s+separate\s+(?:[\w-]+\s+){0,2}?(?:incident|attack|fire|blaze|wildfire"
                       r"|strike|raid|blast|explosion|accident|crash|collision|flood|protest|shooting|bombing|assault"
                       r"|clash|clashes)\b", re.IGNORECASE)


def tells_separate_incident(text: str) -> bool:
    """Whether a sentence says it reports a separate incident ("A separate fire near Halvik …")."""
    return "separate" in text.lower() and _SEPARATE.search(text) is not None


_CLAIMANT = re.compile(r"\b(?:claimed|carried out|conducted)\s+by\b")


def names_claimant(text: str) -> bool:
    """Whether a sentence names who claimed or carried out what it reports ("… claimed by the Red Hand")."""
    return _CLAIMANT.search(text) is not None


# a group speaking of an attack as its own: responsibility taken, its targets achieved, "its raid"
_OWN_ATTACK = re.compile(r"\b(?:claimed|took|accepted|announced|declared|taking|claiming)\s+(?:full\s+)?"
                         r"responsibility\b|\b(?:achieved|hit|reached)\s+(?:its|their)\s+targets?\b"
                         r"|\b(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:attack|raid|strike|operation|bombing|shelling"
                         r"|ambush)s?\b", re.IGNORECASE)


def owns_attack(text: str) -> bool:
    """Whether a sentence has a group speak of an attack as its own ("took responsibility", "its raid")."""
    low = text.lower()
    return ("responsib" in low or "target" in low or "its " in low or "their " in low) \
        and _OWN_ATTACK.search(text) is not None


_ONE_SITE = re.compile(r"\b(?:the|this|that)\s+(?:[a-z-]+\s+){0,2}?(?:" + "|".join(SITE_NOUN_WORDS)
                       + r"|building|harbou?r|site|complex|stadium|arena|terminal|depot|warehouse|hotel|tower|ward"
                       r"|mall|venue|premises|campus)\b(?!\s+(?:in|of)\b)", re.IGNORECASE)


def site_by_noun(texts: Sequence[str], i: int, events: Sequence[EventFacts], noun: str | None = None) -> str | None:
    """The site a sentence names by its noun alone ("The depot's operator, Karsopetrol, said …"; or by `noun`): the
    latest one an earlier sentence of its article named with that noun, or one of its kind ("a drone hit the Tashen
    fuel depot"; "a residential block known as Linden Court" for "the building")."""
    if noun is None:
        m = _THE_SITE.search(texts[i])
        if m is None:
            return None
        noun = m.group("noun")
    nouns = next((f for f in _NOUN_FAMILIES if noun.lower() in f), (noun.lower(),))
    either = "(?:" + "|".join(nouns) + ")"
    for j in range(i - 1, -1, -1):
        for site in events[j].sites:
            named = re.search(re.escape(site) + r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?" + either + r"\b|\b" + either
                              + r"\s+(?:known\s+as|called|named)\s+" + re.escape(site), texts[j], re.IGNORECASE)
            if named is not None:
                return site
    return None


# nouns for one kind of site ("the building" of "a residential block known as Linden Court")
_NOUN_FAMILIES = (("building", "block", "tower", "house"), ("base", "airbase", "air base"),
                  ("plant", "factory", "works"), ("depot", "warehouse", "store"))


_THE_SITE = re.compile(r"\b(?:the|this|that)\s+(?P<noun>" + "|".join(SITE_NOUN_WORDS) + r")(?:['’]s)?\b"
                       r"(?!\s+(?:in|of|at)\b)", re.IGNORECASE)


def names_one_site(text: str) -> bool:
    """Whether a sentence speaks of one site without naming it ("Flooding closed the school"): one its
    article knows, not sites in general ("bases were attacked")."""
    return _ONE_SITE.search(text) is not None


# "drones attacked a supply convoy near the coast": an attack on a target the sentence introduces itself
_ATTACKED = r"\b(?:attacked|hit|struck|targeted|shelled|bombed|raided|stormed)\s+"
_NEW_TARGET = re.compile(_ATTACKED + r"(?:an?|another)\s+"
                         r"(?!(?:number|series|total|wave|barrage|salvo|volley)\b)"
                         r"(?P<target>[A-Za-z-]+(?:\s+(?!(?:at|in|inside|near|outside|of|on|within|by|as|with|from|after"
                         r"|before|during|and|or|that|which|who)\b)[A-Za-z-]+){0,3})(?P<rest>[^.;]*)", re.IGNORECASE)
_ATTACK_VERBS = ("attacked", "hit", "struck", "targeted", "shelled", "bombed", "raided", "stormed")
_DEFINITE_TARGET = re.compile(_ATTACKED + r"(?:the|its)\b", re.IGNORECASE)
# (an idiom's object is no target: "struck a nerve", "hit a snag", "struck a deal")
_IDIOMS = frozenset("nerve snag deal record balance chord note high low wall".split())
# (…not a part of a site the sentence or its article names: "a fuel tank at the plant", "a convoy as it
# entered the base", "a warehouse inside the depot")
_PART_OF = re.compile(r"^\s*(?:(?:[\w-]+\s+){0,3}?(?:at|in|inside|of|on|within)\s+(?:the|its|their)\s+"
                      r"(?:[\w-]+\s+){0,2}?(?:" + _SITE_NOUNS + r"|premises|site|gate|depot|terminal|warehouse|yard"
                      r"|stadium)\b"
                      r"|(?:[\w-]+\s+){0,3}?as\s+it\s+(?:entered|left|approached|reached)\b)", re.IGNORECASE)


def introduced_target(text: str) -> str | None:
    """The head noun of a target a sentence reports attacked and introduces itself ("attacked a supply
    convoy near the coast" → convoy); None for one its article has named ("attacked the base"), a part of
    one ("a fuel tank at the plant") or an idiom ("struck a nerve")."""
    low = text.lower()
    if not any(verb in low for verb in _ATTACK_VERBS):
        return None
    m = _NEW_TARGET.search(text)
    if m is None or _PART_OF.match(m.group("rest")) or _DEFINITE_TARGET.search(text):
        return None  # (nor a second target beside the named one: "hit the refinery's gate and struck a truck")
    head = m.group("target").split()[-1].lower()
    return None if head in _IDIOMS else head


def site_of(text: str) -> str | None:
    """The first named site a sentence reports ("the Ain al-Asad air base", "at Al-Tanf")."""
    return next(iter(sites_of(text)), None)


# (also capitalised, in a name — "Ostra General Hospital" — for nouns that are no surnames: not Field, Church)
_NOUN_AT = re.compile(r"\b(?:" + _SITE_NOUNS + r"|(?:Air\s*)?Base|Airbase|Airport|Hospital|Prison|Embassy|Consulate"
                      r"|Refinery|Mosque|Museum|Zoo)\b")
_PAIRED = re.compile(r"(?P<name>" + _SITE_NAME + r")\s+and\s+$")
_NAME_BEFORE = re.compile(r"(?P<name>" + _SITE_NAME + r")\s+(?:" + _SITE_MODIFIERS + r"\s+){0,3}$")
_NAME_AFTER = re.compile(r"\s+(?:in|of|at|named|called|known\s+as)\s+(?:the\s+)?(?=[A-Z]|(?:al|el|ad|as|an|ar)-)"
                         r"(?P<name>" + _SITE_NAME + r")")
# a name right after the noun is in apposition ("the American military base Ain al-Asad was attacked"), after
# a determiner (not "hospital Director Jane Moss said"), unless a title ("the prison Governor") or the
# subject of a clause of its own ("the mine Rio Tinto opened in 2021")
_APPOSED = re.compile(r"\s+(?=[A-Z]|(?:al|el|ad|as|an|ar)-)(?P<name>" + _SITE_NAME + r")")
# (what may follow a site's name in apposition: its verb's auxiliary, a preposition, a stop; not a verb of
# its own, "the plant Volkswagen runs", "the school Emma attends")
_AFTER_APPOSED = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:was|were|is|are|has|had|have|will|would|in|on|at|near|outside"
                            r"|inside|of|and|which|that|where|came|come|comes|remains|lies)\b")
_DETERMINED = re.compile(r"\b(?:the|a|an|this|that)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_TITLES = frozenset("""director governor principal manager chief minister spokesman spokeswoman spokesperson president
    chairman chairwoman head commander officer superintendent dean mayor secretary general colonel captain doctor dr
    professor staff officials authorities workers police board guard guards nurse nurses inmates patients""".split())
# the last word of a name that names a body of people, which is no site
_BODIES = frozenset("""resistance group groups army forces party movement front brigade brigades ministry
    council committee union agency network channel command guard guards militia militias authority authorities
    government""".split())
# a nation's own institutions: the nationality is the name that tells them apart ("the Chinese embassy in Manila")
_NATIONAL = frozenset("embassy consulate school".split())
# "Camp Victory", "Fort Bragg": the site noun as the first word of the name
_NAMED_SITE = re.compile(r"\b(?:Camp|Fort)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
_VERB_NAME = re.compile(r"\b(?:[Aa]t|on|targeted|targeting|hit|attacked|struck)\s+(?:the\s+)?"
                        r"(?=[A-Z]|(?:al|el|ad|as|an|ar)-)(?P<name>" + _SITE_NAME + r")")
# where the hurt are taken or treated ("Doctors at St Brannoc Hospital said …", "were taken to Kessel Hospital"): a
# hospital named so is not where the incident happened (a fire "at Marrovale Central Hospital" is)
_TREATED_AT = re.compile(r"\b(?:(?:taken|rushed|brought|transferred|airlifted|flown|driven|admitted)\s+to"
                         # (and where they left: "was discharged from Brevik General Hospital on Saturday")
                         r"|(?:discharged|released)\s+from)\s+(?:the\s+)?$", re.IGNORECASE)
_HOSPITAL_END = re.compile(r"\b(?:Hospital|hospital|Clinic|clinic|Infirmary|infirmary)$")
_HOSPITAL_NEXT = re.compile(r"\s+(?:General\s+|Regional\s+|Central\s+|District\s+)?(?:Hospital|hospital|Clinic|clinic"
                            r"|Infirmary|infirmary)\b")
# (a hospital that speaks of those hurt: "Saint Aurel Hospital, the city's main trauma centre, said 27 people had been
# injured in the explosion" counted them where they were taken)
_HOSPITAL_SAID = re.compile(r"(?:,[^,.;]{3,60},)?\s+(?:said|says|reported|told|confirmed)\b(?=[^.;]{0,60}?\b(?:wounded"
                            r"|injured|hurt|victims?|casualties|survivors|burns|dead|died|killed)\b)", re.IGNORECASE)
# (the hurt it treats named after it: not "was treating 200 patients when the fire broke out on its third floor")
_TREATING = re.compile(r"\s+(?:(?:was|were|is|are|has\s+been|had\s+been|said\s+it\s+(?:was|had)|said\s+they\s+were"
                       r"|said\s+it)\s+)?(?:treating|treated|admitting|admitted|receiving|received|caring\s+for)\b"
                       r"(?=[^.;]{0,40}?\b(?:wounded|injured|hurt|victims?|casualties|survivors|burns)\b)",
                       re.IGNORECASE)
_SITES: dict[str, tuple[str, ...]] = {}
_REGION_NOUN_AFTER = re.compile(r"['’]?s?\s+(?:district|province|county|governorate|municipality)\b",
                                re.IGNORECASE)


# the common nouns that name a site's kind before its noun ("weather station", "police station", "fire station"): no
# name when they open a sentence, capitalised
_KIND_WORDS = frozenset("""weather police fire train bus power water gas petrol railway rail radio space research
    pumping customs ferry ski cable border military naval army coast guard tram metro subway""".split())


def sites_of(text: str) -> tuple[str, ...]:
    """Every named site a sentence reports, in order: a name before a site noun ("the Ain al-Asad
    air base"), after one ("the base in Ain al-Asad", not "a base in Syria"), or after a verb of
    attack or "at"/"on" ("targeted Harir")."""
    known = _SITES.get(text)
    if known is not None:
        return known
    spotted: list[tuple[int, str, bool]] = []  # (where, name, whether a nation's institution's)
    for noun in _NOUN_AT.finditer(text):
        before = _NAME_BEFORE.search(text, max(0, noun.start() - 80), noun.start())
        # (a capitalised noun is a name's last word, "Ostra General Hospital": no name follows it; "Port
        # Alder" is one name)
        capitalised = noun.group()[:1].isupper()
        after = None if capitalised else _NAME_AFTER.match(text, noun.end())
        if after is None and not capitalised and _DETERMINED.search(text, max(0, noun.start() - 60), noun.start()):
            after = _APPOSED.match(text, noun.end())
            if after is not None and (after.group("name").split()[0].lower() in _TITLES
                                      or not _AFTER_APPOSED.match(text, after.end())):
                after = None
        national = noun.group().lower() in _NATIONAL
        if noun.group().lower() in _SHIP_NOUNS:
            before = None  # a ship is named after its noun ("the bulk carrier Lorna Vale"); before it, its owner or
            # flag ("a US Navy vessel", "a Lufthansa carrier")
        # "Hamas's headquarters": a possessive before the noun names its owner, not a site — unless a
        # place follows the noun ("one of the Kataib Hezbollah's headquarters in Jurf al-Sakhar"): then
        # the owner is read as well, as "a Kataib Hezbollah headquarters in Jurf al-Sakhar" is
        # (nor a place of a region's own: "a residential block in Velmora's Sarvel district")
        placed = after is not None and not _is_region(without_possessive(after.group("name"))) \
            and not re.search(r"['’]s\s", after.group("name")) and not _REGION_NOUN_AFTER.match(text, after.end())
        if before is not None and not placed and before.group("name").split()[-1].lower() in _BODIES:
            before = None  # "a British Army fuel depot near Tesh": its owner, no site (with a place after, one is)
        # (a lone word opening the sentence before a modifier is no name: "Eleven coal mine workers", "Striking
        # garment factory workers")
        opening = before is not None and not text[:before.start("name")].strip()
        if opening and " " not in before.group("name").strip() and before.end("name") < noun.start() - 1 \
                and not placed:
            before = None
        # (nor a common noun of a site's kind opening the sentence: "Weather station data showed …", "Police station")
        if opening and before is not None and before.group("name").strip().lower() in _KIND_WORDS:
            before = None
        if before is not None and (placed or without_possessive(before.group("name")) == before.group("name")):
            spotted.append((before.start("name"), before.group("name"), national))
            # "the Al-Tanf and Al-Rukban bases": each name of a plural noun's pair
            first = _PAIRED.search(text, max(0, before.start("name") - 60), before.start("name"))
            if first is not None and noun.group().endswith("s") and not _is_region(first.group("name")):
                spotted.append((first.start("name"), first.group("name"), False))
        if placed:
            spotted.append((after.start("name"), after.group("name"), False))
    # "targeted Harir" names a site; "raids on Gaza", "attacked Syria" a country or province
    # ("posted on the Islamic Resistance in Iraq's Telegram channel": a body, not a site; "claimed it on
    # Telegram": a platform, though "a bomb threat at Facebook" names the company's premises)
    spotted += [(m.start("name"), m.group("name"), False) for m in _VERB_NAME.finditer(text)
                if not _is_region(without_possessive(m.group("name")))
                and not (m.group().lower().startswith("on") and is_platform(m.group("name")))
                and not any(without_possessive(w.lower()) in _BODIES for w in m.group("name").split())
                and not re.search(r"['’]s\s", m.group("name"))]
    spotted += [(m.start(), m.group(), False) for m in _NAMED_SITE.finditer(text)]
    # ("Doctors at St Brannoc Hospital", "taken to Kessel Hospital", "St Brannoc Hospital was treating": where the
    # hurt went, not where they were hurt)
    spotted = [(at, name, national) for at, name, national in spotted if not _where_treated(text, at, name)]
    found: list[str] = []
    for _, raw, national in sorted(spotted):
        # (a place owning the site names no part of it: "Tessin's Haldor Street market" is the Haldor Street market; a
        # possessive inside one name stays, "King's Cross station", "Land's End airport")
        owned = re.split(r"['’]s\s+(?=[A-Z])", raw)[-1]
        name = re.sub(r"['’]s\b", "", owned if len(owned.split()) >= 2 else raw)
        words = [w for w in name.split() if national or not w.lower().startswith("american")]
        while words and _not_site(words[0], national):
            words = words[1:]
        while words and _not_site(words[-1], national):
            words = words[:-1]
        if len(words) == 1 and words[0].lower().rstrip(".") in _SHORT_MONTHS:
            continue
        if words and len(" ".join(words)) > 2 and " ".join(words) not in found:
            found.append(" ".join(words))
    if len(_SITES) >= 256:
        _SITES.clear()
    _SITES[text] = tuple(found)
    return _SITES[text]


def _where_treated(text: str, at: int, name: str) -> bool:
    """Whether a hospital's name (`name` at `at`, with or without its noun) is where people were taken or treated."""
    end = at + len(name)
    if not _HOSPITAL_END.search(name):
        noun = _HOSPITAL_NEXT.match(text, end)
        if noun is None:
            return False
        end = noun.end()
    return bool(_TREATED_AT.search(text, max(0, at - 30), at) or _TREATING.match(text, end)
                or _HOSPITAL_SAID.match(text, end))


def _not_site(word: str, national: bool = False) -> bool:
    """A word that is no part of a site's name: an article, a nationality, a day or month, also
    joined to a time ("the Wednesday-afternoon barrage")."""
    key = word.lower().strip("'’")
    head = key.split("-")[0]
    # (a nationality names no site: "the Danish base in Norrvik", "the German military base Falkenhorst")
    # (but of an embassy or a school: "the Chinese embassy", "the Japanese school")
    if not national and word[:1].isupper() and word.endswith(("ish", "ian", "ese", "an", "i")) \
            and demonym_country(word) is not None:
        return True
    # (a name joined to a participle is an adjective: "US-hosting bases", "the Iran-backed group")
    tail = word.rsplit("-", 1)[-1]
    # (not a romanised name: "Hsin-ying", "Tai-ping")
    if "-" in word and word[:1].isupper() and tail.islower() and (
            tail.endswith("ed") or (tail.endswith("ing") and len(tail) > 4) or tail in _HELD):
        return True
    return key in _NOT_SITES or key in _MONTH_WORDS or (
        "-" in key and (head in _WEEKDAY_WORDS or head in _MONTH_WORDS))


_HELD = frozenset("run held built made".split())


def _own(text: str, ordinal: int, published: date | None) -> EventFacts | None:
    mentions = own_dates(text, find_dates(text, published))
    # "Prison governor Marek Halloran said on Monday that four inmates had died in the riot": the day of the saying,
    # of a statement about an incident it names by its kind, is not the incident's (which the article gives)
    mentions = [m for m in mentions if not (
        _SAID_ON.search(text, max(0, m.span.start - 40), m.span.start)
        and (after := _THAT_AFTER.match(text, m.span.end)) is not None
        and re.search(INCIDENT_PHRASE, text[after.end():], re.IGNORECASE) is not None)]
    # "The justice ministry on Friday revised the number of escaped inmates to 16", "The number of people killed in the
    # collapse rose to five on Friday evening": the day a count was set anew, not the day of the incident counted
    recount = _RECOUNT.search(text) if mentions else None
    if recount is not None:
        # (not the day a count was said on, which a claim of that statement dates: "Interior Minister Tobias Renner said
        # on Wednesday that the confirmed death toll … had risen to 187")
        # (nor a day that names the incident counted: "The death toll from Tuesday's collapse … rose to eight")
        mentions = [m for m in mentions if not recount.start() - 40 <= m.span.start <= recount.end() + 40
                    or _SAID_ON.search(text, max(0, m.span.start - 40), m.span.start)
                    or text.startswith(("'s", "’s"), m.span.end)]
    sites = sites_of(text)
    place = sites[0] if sites else None
    event = date_from_mentions(mentions)
    if event is not None:
        weekday = event.start.weekday() if event.start == event.end else None
        basis = "weekday" if any(m.weekday is not None and m.text == event.text for m in mentions) else "stated"
        return EventFacts(event.start, event.end, weekday, basis, place, ordinal, event.text, region_of(text), sites)
    weekdays = [m for m in mentions if m.weekday is not None]
    if weekdays:
        return EventFacts(None, None, weekdays[0].weekday, "weekday", place, ordinal, weekdays[0].text,
                          region_of(text), sites)
    # (a day or a month without a year, in an article with no date to read its year in, dates an incident the sentence
    # reports, not a plan or anything else it tells: "The factory had passed a safety inspection in March", "The four
    # will be buried on 3 November")
    # (in a dated article, a month alone dates an incident the sentence reports in that month of the publication's year:
    # "In February, a gas leak at the same market forced the evacuation of 200 traders" in a report of April's blast;
    # read_events does not let it date the sentences after it, which go on about the story's incident as before —
    # taken as an anchor, such a month moved them)
    # (not a sentence about the story's incident, named by its kind, which other words date: "Halvera Rail said the
    # derailment was not caused by a signal failure and that the track had been inspected in February")
    # (an incident: a month alone of anything else, "expelled from the union in January", "had warned the ministry in
    # January", set it apart as another event from a claim of the story's, whose date rules compare that month)
    if published is not None and not is_plan(text) and any(n in text for n in _MONTH_NAMES) \
            and reports_incident(text) and re.search(INCIDENT_PHRASE, f" {text}", re.IGNORECASE) is None:
        month = passage_month(text, mentions, told=True)
        # (a month still to come this year is more often a plan in other words, "on schedule for opening in
        # September", than last year's: it dates nothing)
        if month is not None and month <= published.month:
            year = published.year
            return EventFacts(date(year, month, 1), month_end(year, month), None, "stated", place, ordinal,
                              _MONTH_NAMES[month - 1], region_of(text), sites)
    if published is not None or not reports_incident(text) or is_plan(text):
        return None
    yearless = next(((m, md) for m in mentions if (md := month_day(m)) is not None), None)
    if yearless is not None:
        return EventFacts(None, None, None, "stated", place, ordinal, yearless[0].text, region_of(text), sites,
                          yearless[1])
    month = passage_month(text, mentions) if any(n in text for n in _MONTH_NAMES) else None
    if month is not None:
        return EventFacts(None, None, None, "stated", place, ordinal, _MONTH_NAMES[month - 1], region_of(text), sites,
                          (month, None))
    return None


_RECOUNT = re.compile(r"\b(?:revised|updated|corrected|lowered|raised)\s+(?:[\w'’-]+\s+){0,3}?"
                      r"(?:number|count|toll|tally|figure)\b"
                      r"|\b(?:number|count|toll|tally)\b[^.;]{0,80}?\b(?:rose|risen|climbed|increased|reached)"
                      r"\s+to\b", re.IGNORECASE)
_SAID_ON = re.compile(r"\b(?:said|says|told\s+(?:[\w-]+\s+){1,2}?|announced|confirmed|added|stated)\s+"
                      r"(?:late\s+|early\s+)?(?:on\s+)?$", re.IGNORECASE)
_THAT_AFTER = re.compile(r",?\s+that\b")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")


def read_events(texts: Sequence[str], published_at: str | None) -> list[EventFacts]:
    """The event of each sentence of one article (its sentences in order)."""
    published = parse_published(published_at)
    own = [_own(text, i, published) for i, text in enumerate(texts)]
    # (…or one whose subject is its incident named by its rank: "The second outage lasted about two hours"; not "about
    # 400,000 cubic metres moved in the first slide and about 30,000 in the second", of a series)
    incident = [reports_incident(text) or ranked_subject(text) for text in texts]
    # (a sentence of no incident dated only by another deed's day — "The report, published on Monday by retired judge
    # Helena Marchetti, said …" — dates no incident the sentences after it go on about)
    own = [None if e is not None and not incident[i] and e.basis != "none" and _dated_by_aside(texts[i], published)
           else e for i, e in enumerate(own)]
    # (…and one dated only by an incident it recalls — "It denied that it had ignored warnings after the 2023 attack on
    # Pellsby Community Hospital" — keeps that day, but the story's "the attack" after it is still the story's own)
    recalled = {i for i, e in enumerate(own) if e is not None and i > 0 and _dated_by_recall(texts[i], published)}
    events: list[EventFacts] = []
    latest: EventFacts | None = None
    latest_place: str | None = None
    latest_sites: tuple[str, ...] = ()  # the sites of the sentence that named latest_place
    # (a month alone, in a dated article, dates its own sentence only: _own)
    month_only = {i for i, e in enumerate(own) if e is not None and published is not None and e.when in _MONTH_NAMES}
    # (…or, with no other, the lead's month: "Four of the six turnstiles were closed when a crush injured fans … in
    # February, an independent inquiry found", in a report of June)
    first = next((e for i, e in enumerate(own) if e is not None and i not in month_only and i not in recalled), None) \
        or (own[0] if own and 0 in month_only and incident[0] else None)
    for i, text in enumerate(texts):
        mine = own[i]
        if mine is not None and i in recalled:
            events.append(mine)
            continue
        if mine is not None and i in month_only:
            if latest is None or latest.start is None or not mine.start <= latest.start <= mine.end:
                # (at the story's site when it names none: "In February, a gas leak at the same market …")
                if mine.place is None and latest_place is not None and mine.region is None \
                        and _SHIFT.match(text) is None:
                    mine = replace(mine, place=latest_place, sites=mine.sites or latest_sites)
                events.append(mine)
                continue
            # (…not the story's own month: "after the blast in March" in a report of a Friday in March goes on
            # about that Friday's blast, as before)
            mine = None
        if mine is not None:
            named_here = mine.place is not None  # (a site the sentence names itself, not one it inherits)
            if mine.place is None and latest_place is not None and mine.region is None and _SHIFT.match(text) is None:
                # "Al-Mayadeen reported on Saturday that the attack …": the site the story has named;
                # "Following the Monday attack, …": the site of the article's Monday, when it has one
                same_day = next((e.place for e in reversed(events) if e.place is not None and e.anchor >= 0
                                 and (e.start, e.weekday) == (mine.start, mine.weekday)), None)
                # (with the other sites that sentence named: "the Brennick Logistics warehouse at Hallam Quay")
                mine = replace(mine, place=same_day or latest_place,
                               sites=mine.sites or (latest_sites if not same_day else ()))
            latest = mine
            if mine.place is not None:
                # (a site the sentence names itself, with its other names; an inherited one keeps those it had)
                latest_sites = _aliases(text, mine.place, mine.sites) if named_here \
                    else (latest_sites if mine.place == latest_place else ())
                latest_place = mine.place
            events.append(mine)
            continue
        if not incident[i]:
            events.append(NO_EVENT)
            continue
        sites = sites_of(text)
        place = sites[0] if sites else None
        shifted = _SHIFT.match(text) is not None or _GENERAL.search(text) is not None \
            or _RECALLED.search(text) is not None
        if shifted:
            source = None
        elif latest is not None:
            previous = events[-1] if events and len(events) - 1 not in month_only else NO_EVENT
            if previous is NO_EVENT and len(events) >= 2 and first is not None and events[-2].anchor >= 0 \
                    and events[-2].anchor == first.anchor:
                # (over one sentence that reports no incident, from the story's lead: "Police put the crowd at
                # about 3,000, …" between the rally and "Riot police fired tear gas … and detained 41 people")
                previous = events[-2]
            # a sentence that refers back to the incident, or goes on from the sentence before it
            source = latest if _REFERS.search(text) else (previous if previous.anchor >= 0 else None)
            if source is None and first is not None and latest.anchor == first.anchor:
                # (…or, in a story of one incident so far, goes on about it after sentences of no incident: "Around 60
                # other passengers were … evacuated by helicopter" after "The cable slipped from its sheaves …")
                source = latest
        else:
            source = first  # the lead, before the first sentence that dates the story
        if source is not None and (place is None or source.place is None or same_place(place, source.place)):
            events.append(EventFacts(source.start, source.end, source.weekday, "article", place or source.place,
                                     source.anchor, source.when, region_of(text) or source.region,
                                     sites or (_aliases(texts[source.anchor], source.place, source.sites)
                                               if place is None and source.place and source.anchor >= 0 else ()),
                                     source.month_day))
        elif published is not None and not shifted:
            events.append(EventFacts(published - timedelta(days=RECENT_DAYS), published, None, "published", place,
                                     -1, f"published {published.isoformat()}", region_of(text), sites))
        else:
            events.append(EventFacts(None, None, None, "none", place, -1, "", region_of(text), sites))
        if not shifted and place is not None:
            latest_place, latest_sites = place, _aliases(text, place, sites)
    return events


def _dated_by_aside(text: str, published: date | None) -> bool:
    """Whether every date a sentence states is in an aside of another deed ("The report, published on Monday, …")."""
    mentions = find_dates(text, published)
    # (from the day's own word when the mention holds its preposition: "on Monday")
    return bool(mentions) and all(in_aside(text, m.span.start + (len(m.text.split()[0]) + 1 if m.text.split()[0].lower()
                                                                  in ("on", "in", "since", "for") else 0))
                                  for m in mentions)


def _dated_by_recall(text: str, published: date | None) -> bool:
    """Whether every date a sentence states names an earlier incident it recalls by its year ("after the 2023 attack on
    …", "since the March 2021 flood")."""
    mentions = find_dates(text, published)
    # (by its year: "following the Monday attack" is the story's own, named by its day)
    return bool(mentions) and all(_RECALLING_DATE.search(text, max(0, m.span.start - 30), m.span.start)
                                  and re.search(r"\b(?:19|20)\d\d\b", m.text) for m in mentions)


_RECALLING_DATE = re.compile(r"\b(?:after|since|following|before|than|like)\s+(?:the|a|an|last)\s+$", re.IGNORECASE)


def _aliases(text: str, place: str, sites: tuple[str, ...]) -> tuple[str, ...]:
    """The sites a sentence names that are where its first one is ("the Brennick Logistics warehouse at Hallam
    Quay"), with it: what a sentence going on about that site inherits (not another site joined to it, "at Port
    Castellan and the port of Sarvik")."""
    return tuple(s for s in sites if s == place or re.search(
        re.escape(place) + r"\s+(?:[a-z][\w-]*\s+){0,3}(?:at|in|on)\s+(?:the\s+)?" + re.escape(s), text))


def _is_region(name: str) -> bool:
    return gazetteer_entry(name) is not None
