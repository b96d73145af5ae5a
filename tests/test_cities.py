"""Cities (service/text/cities.py, docs/verdicts.md section 0): a bare city after a preposition is a
place of level city with its country and, where the tables say, its province; a claim placing a city
in another province or country, or giving the same thing another city, is caught; another city of
another event or subject, a person named like a city and a city named like a word move nothing.
Made-up articles of other subjects."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.text.places import (
    city_entry,
    city_in_province,
    claim_locations,
    distant_cities,
    find_locations,
    neighbouring_cities,
)
from tests.support.judging import bucket_of, judged, reasons_of


def _places(text: str) -> list[tuple[str, str, str | None]]:
    return [(loc.place, loc.level, loc.country) for loc in find_locations(text)]


# --- the table ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "country", "province"), [
    ("Lyon", "FR", None),
    ("Marseille", "FR", None),
    ("Erbil", "IQ", "Arbīl"),
    ("Irbil", "IQ", "Arbīl"),  # another spelling of the same city
    ("Homs", "SY", "Ḩimş"),
    ("Chicago", "US", "Illinois"),  # a US state by its GeoNames code
])
def test_the_table_knows_big_cities_their_country_and_province(name: str, country: str,
                                                               province: str | None) -> None:
    entry = city_entry(name)
    assert entry is not None and entry[:2] == (country, province)


@pytest.mark.parametrize("name", [
    "Mobile", "Reading", "Bath", "Sale", "Most", "Of", "Police",  # words (or towns below the floor)
    "Austin", "Victoria", "Florence",  # people's names
    "Iraq", "Ohio",  # a country, a province: the ISO tables first
    "Qasr Talal",  # no such city
])
def test_words_names_countries_and_unknown_names_are_no_cities(name: str) -> None:
    assert city_entry(name) is None


def test_cities_near_each_other_may_be_one_city_and_its_borough() -> None:
    assert neighbouring_cities("Brooklyn", "New York")
    assert not neighbouring_cities("Lyon", "Marseille")
    assert distant_cities("Lyon", "Marseille") and not distant_cities("Lyon", "Qasr Talal")


@pytest.mark.parametrize(("city", "province", "inside"), [
    ("Erbil", "Arbil", True),
    ("Erbil", "Anbar", False),
    ("Houston", "Texas", True),
    ("Houston", "Ohio", False),
    ("Lyon", "Bretagne", None),  # the tables do not say which region Lyon is in
    ("Houston", "Qasr Talal", None),
])
def test_a_city_in_a_province(city: str, province: str, inside: bool | None) -> None:
    assert city_in_province(city, province) is inside


# --- reading a text --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "places"), [
    ("Floods swept through homes in Lyon on Monday.", [("Lyon", "city", "FR")]),
    ("The river burst its banks near Marseille.", [("Marseille", "city", "FR")]),
    ("A fire gutted a warehouse in the city of Houston.", [("Houston", "city", "US")]),
    # a person named like a city, in the same text
    ("Senator Lincoln Austin spoke in Austin on Monday.", []),
    ("A letter from Austin said the budget was cut. Austin said more was needed.", []),
    # a city named like a word, and a site named like a city ("the Riverside hospital")
    ("The plant moved its staff to Mobile units in Reading rooms.", []),
    ("Flooding forced the evacuation of the Riverside hospital.", []),
    # a text written in title case
    ("Flood Waters Rise In Lyon As Rain Continues", []),
])
def test_bare_cities_after_a_preposition(text: str, places: list[tuple[str, str, str | None]]) -> None:
    assert _places(text) == places


def test_a_province_after_a_city_is_where_the_city_is() -> None:
    located = {loc.place: loc.subject for loc in claim_locations(
        "The fire destroyed a factory in Houston, in the state of Ohio, on Monday.")}
    assert located.get("Ohio") == "Houston"


# --- judging -----------------------------------------------------------------------------------------

_FLOOD = [{"external_id": "flood", "outlet": "Rhone Daily", "published_at": "2025-03-04",
           "text": "Floods cut power to 20,000 homes in Lyon on Monday, the utility said."}]
_FIRE = [{"external_id": "fire", "outlet": "Gulf Ledger", "published_at": "2025-06-03",
          "text": "A fire destroyed a chemical factory in Houston on Monday. Nobody was hurt, officials said."}]
_SUMMIT = [{"external_id": "summit", "outlet": "Alpine Post", "published_at": "2025-05-06",
            "text": "The trade ministers met in Geneva on Monday to discuss steel tariffs."},
           {"external_id": "storm", "outlet": "Alpine Post", "published_at": "2025-05-06",
            "text": "A storm knocked down trees in Zurich on Monday."}]


def test_the_same_flood_restated_in_another_city_conflicts(tmp_path: Path) -> None:
    # the claim's own detail (20,000 homes, Monday) in another city, and no flood in the claim's city
    # in the archive: the claim's flood misplaced, as for provinces (stance/dates.py _misplaced)
    doc = judged(tmp_path, _FLOOD, "Floods cut power to 20,000 homes in Marseille on Monday.")
    assert bucket_of(doc, "homes in Lyon")[0] == "conflicting"


def test_another_flood_in_another_city_is_another_event_not_a_contradiction(tmp_path: Path) -> None:
    articles = [*_FLOOD, {"external_id": "flood-2", "outlet": "Rhone Daily", "published_at": "2025-03-04",
                          "text": "Floods closed 12 schools in Marseille on Monday, the city said."}]
    doc = judged(tmp_path, articles, "Floods closed 12 schools in Marseille on Monday.")
    assert doc["verdict"]["label"] == "supported"
    assert bucket_of(doc, "homes in Lyon")[0] in ("other_events", "related")


def test_a_city_placed_in_another_province_is_caught(tmp_path: Path) -> None:
    doc = judged(tmp_path, _FIRE, "A fire destroyed a chemical factory in Houston, in the state of Ohio, on Monday.")
    assert bucket_of(doc, "factory in Houston")[0] == "conflicting"
    assert any(r["type"] == "entity_mismatch" and "Ohio" in r["claim_text"] for r in reasons_of(doc))


def test_a_city_placed_in_its_own_province_is_not_contradicted(tmp_path: Path) -> None:
    doc = judged(tmp_path, _FIRE, "A fire destroyed a chemical factory in Houston, in the state of Texas, on Monday.")
    assert bucket_of(doc, "factory in Houston")[0] != "conflicting"


def test_a_passage_on_another_subject_in_another_city_moves_nothing(tmp_path: Path) -> None:
    doc = judged(tmp_path, _SUMMIT, "The trade ministers met in Geneva on Monday to discuss steel tariffs.")
    assert doc["verdict"]["label"] == "supported"
    assert bucket_of(doc, "trees in Zurich")[0] != "conflicting"


@pytest.mark.parametrize(("text", "claim", "words"), [
    # no day: the passage restating the claim with its names is of the same strike
    ("The Sea Front said it hit a vital target in the city of Marseille with a long-range drone, Coast Radio "
     "reported.", "Coast Radio reported that the Sea Front hit a vital target in Lyon with a long-range drone.",
     "vital target"),
    # the airport of another city far away
    ("A witness told Coast Radio that at least one shell landed in the vicinity of Camp Ferris near Marseille "
     "International Airport.", "A witness told Coast Radio that at least one shell landed near Camp Ferris, close "
     "to Lyon airport.", "Camp Ferris"),
])
def test_another_city_far_away_conflicts(tmp_path: Path, text: str, claim: str, words: str) -> None:
    articles = [{"external_id": "shell", "outlet": "Coast Wire", "text": text,
                 **({"published_at": "2025-02-10"} if "witness" in text else {})}]
    assert bucket_of(judged(tmp_path, articles, claim), words)[0] == "conflicting"


def test_a_borough_and_its_city_do_not_conflict(tmp_path: Path) -> None:
    articles = [{"external_id": "store", "outlet": "Metro Daily", "published_at": "2025-02-08",
                 "text": "The bakery chain opened a new shop in the city of New York on Friday."}]
    doc = judged(tmp_path, articles, "The bakery chain opened a new shop in Brooklyn on Friday.")
    assert bucket_of(doc, "new shop")[0] != "conflicting"


def test_a_person_named_like_a_city_is_no_place(tmp_path: Path) -> None:
    articles = [{"external_id": "visit", "outlet": "Capitol Wire", "published_at": "2025-04-02",
                 "text": "Minister Jack Houston met the union leaders on Tuesday. A statement from Houston said "
                         "talks would resume."}]
    doc = judged(tmp_path, articles, "Minister Jack Houston met the union leaders in Dallas on Tuesday.")
    assert not any(r["type"] == "entity_mismatch" and "Houston" in r["passage_text"] for r in reasons_of(doc))
