"""Which of two sites a place phrase belongs to, the part of a country a site lies in, where a
statement was published and on what condition it says something happens — on made-up articles of
other subjects (dams, reservoirs, a ministry, a dock strike)."""

from __future__ import annotations

from typing import Any

import pytest

from service.stores.embedded import EmbeddedStore
from service.text.conditions import find_conditions
from service.text.places import find_locations, same_place_name
from service.text.platforms import find_platforms
from tests.support.judging import archive_fixture, bucket_of, judge

ARTICLES = [
    {"external_id": "dams", "outlet": "Prairie Courier", "published_at": "2024-04-12",
     "text": "Flood crews had repeatedly reinforced the dams including the Kessel dam in northern Canada and the "
             "Ashby dam in the western Alberta province.\n"
             "The Redwater reservoir, in the western Canadian province of Saskatchewan, overflowed after the storm."},
    {"external_id": "ministry", "outlet": "Lakeside Wire", "published_at": "2024-06-05",
     "text": "The Fisheries Ministry, in a statement published on its Facebook page, announced the closure of the "
             "Orrin hatchery on Tuesday evening.\n"
             "Workers at the hatchery said they had not been paid since March."},
    {"external_id": "docks", "outlet": "Coastline Post", "published_at": "2024-07-09",
     "text": "Mara Lind, a union leader, said the dock strike at Port Esker would end only when the port authority "
             "restores the night shift, and the cranes are repaired.\n"
             "The harbour master said ships were waiting offshore."},
]


store = archive_fixture("places", ARTICLES)


def dossier(store: EmbeddedStore, claim: str) -> dict[str, Any]:
    return judge(store, claim, max_evidence=20)


def types(item: dict[str, Any]) -> set[str]:
    return {r["type"] for r in item["reasons"]}


@pytest.mark.parametrize(("text", "subject", "place", "region"), [
    ("The Ashby dam, in the western Canadian province of Alberta, held.", "Ashby", "Alberta", "west"),
    ("The Kessel dam in northern Canada held.", "Kessel", "Canada", "north"),
    ("The Kessel dam in the north of Canada held.", "Kessel", "Canada", "north"),
    ("The Kessel dam lies in Canada's western Alberta province.", "Kessel", "Alberta", "west"),
    # the west of a province is not a part of the country: no region
    ("The Kessel dam in western Alberta province held.", "Kessel", "Alberta", None),
])
def test_the_part_of_a_country_a_place_phrase_names(text: str, subject: str, place: str, region: str | None) -> None:
    [found] = [loc for loc in find_locations(text) if loc.place == place]
    assert (found.subject, found.region) == (subject, region)


def test_a_demonym_before_the_province_word_names_its_country() -> None:
    [found] = find_locations("The Redwater reservoir, in the western Canadian province of Saskatchewan, overflowed.")
    assert (found.subject, found.place, found.level, found.country) == ("Redwater", "Saskatchewan", "province", "CA")


def test_another_province_of_the_same_site_conflicts(store: EmbeddedStore) -> None:
    doc = dossier(store, "The Redwater reservoir is in Canada's Manitoba province.")
    assert doc["verdict"]["label"] == "refuted"
    name, item = bucket_of(doc, "Redwater reservoir")
    assert name == "conflicting" and "entity_mismatch" in types(item)


def test_the_same_province_of_the_same_site_does_not_conflict(store: EmbeddedStore) -> None:
    doc = dossier(store, "The Redwater reservoir is in Canada's Saskatchewan province.")
    assert doc["verdict"]["label"] != "refuted"


def test_another_part_of_the_country_for_one_of_two_listed_sites_conflicts(store: EmbeddedStore) -> None:
    # the passage gives the Kessel dam northern Canada and Alberta to the Ashby dam
    doc = dossier(store, "The Kessel dam reinforced by flood crews is in Canada's western Alberta province.")
    assert doc["verdict"]["label"] == "refuted"
    name, item = bucket_of(doc, "Kessel dam in northern Canada")
    assert name == "conflicting" and "entity_mismatch" in types(item)


def test_the_province_of_the_other_listed_site_does_not_corroborate(store: EmbeddedStore) -> None:
    doc = dossier(store, "The Ashby dam reinforced by flood crews is in Canada's western Alberta province.")
    assert doc["verdict"]["label"] != "refuted"
    name, item = bucket_of(doc, "Kessel dam in northern Canada")
    assert "entity_mismatch" not in types(item)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Deir Ez-Zor", "Dayr al-Zawr", True),  # one name, two transliterations
    ("Ain al-Asad", "Ain Al-Assad", True),
    ("Basra", "Busra", False),  # too short a skeleton to tell transliterations from other places
    ("Homs", "Hama", False),
])
def test_a_place_written_in_two_transliterations(a: str, b: str, same: bool) -> None:
    assert same_place_name(a, b) is same


def test_another_part_of_the_country_conflicts(store: EmbeddedStore) -> None:
    doc = dossier(store, "The Kessel dam reinforced by flood crews is in western Canada.")
    assert doc["verdict"]["label"] == "refuted"
    doc = dossier(store, "The Kessel dam reinforced by flood crews is in northern Canada.")
    assert doc["verdict"]["label"] != "refuted"


@pytest.mark.parametrize(("text", "names"), [
    ("The group claimed the attack in a post on its X account.", ["X"]),
    ("He wrote on Twitter that the bridge was closed.", ["X"]),
    ("The video was posted to X late on Friday.", ["X"]),
    ("The ministry said in a statement published on its Telegram channel.", ["Telegram"]),
    ("A statement on the ministry's website said so.", ["website"]),
    ("The minister spoke at a press conference in the capital.", ["press conference"]),
    ("She said in a televised address that the dam held.", ["television"]),
    # an outlet described by its platform, and X as a letter, are no medium of a statement
    ("Sabine Radar, a Telegram news channel, also reported the incident.", []),
    ("Type X rockets and an X-ray unit were found.", []),
])
def test_the_platform_of_a_statement(text: str, names: list[str]) -> None:
    assert [p.name for p in find_platforms(text)] == names


def test_another_platform_for_the_same_statement_conflicts(store: EmbeddedStore) -> None:
    doc = dossier(store, "The Fisheries Ministry announced the closure of the Orrin hatchery in a post on its X "
                         "account.")
    assert doc["verdict"]["label"] == "refuted"
    name, item = bucket_of(doc, "published on its Facebook page")
    assert name == "conflicting" and "platform_mismatch" in types(item)


def test_the_same_platform_does_not_conflict(store: EmbeddedStore) -> None:
    doc = dossier(store, "The Fisheries Ministry announced the closure of the Orrin hatchery in a Facebook post.")
    assert doc["verdict"]["label"] == "supported"
    name, item = bucket_of(doc, "published on its Facebook page")
    assert name == "corroborating" and "platform_match" in types(item)


def test_another_platform_in_a_passage_about_something_else_does_not_decide(store: EmbeddedStore) -> None:
    doc = dossier(store, "The Fisheries Ministry said on X that hatchery workers would get a pay rise.")
    assert doc["verdict"]["label"] != "refuted"


@pytest.mark.parametrize(("text", "kind", "happens", "condition"), [
    ("Lind said the strike would end only once wages rise.", "only", "the strike would end", "wages rise"),
    ("The mayor warned that the bridge stays shut until the river falls.", "until", "the bridge stays shut",
     "the river falls"),
    ("Crews will not leave unless the fire is out, officials said.", "unless", "Crews will not leave",
     "the fire is out, officials said"),
])
def test_the_condition_a_statement_sets(text: str, kind: str, happens: str, condition: str) -> None:
    [found] = find_conditions(text)
    assert (found.kind, found.happens, found.condition) == (kind, happens, condition)


def test_another_condition_for_the_same_outcome_conflicts(store: EmbeddedStore) -> None:
    doc = dossier(store, "Mara Lind said the dock strike at Port Esker would end only once wages rise by ten "
                         "percent.")
    assert doc["verdict"]["label"] == "refuted"
    name, item = bucket_of(doc, "restores the night shift")
    assert name == "conflicting" and "condition_mismatch" in types(item)


def test_the_same_condition_does_not_conflict(store: EmbeddedStore) -> None:
    doc = dossier(store, "Mara Lind said the dock strike at Port Esker would end only if the port authority "
                         "restores the night shift.")
    assert doc["verdict"]["label"] != "refuted"
    name, item = bucket_of(doc, "restores the night shift")
    assert "condition_mismatch" not in types(item)


def test_going_on_until_one_thing_is_compared_with_ending_only_on_another(store: EmbeddedStore) -> None:
    # "go on until X" says of X what "end only when X" says (2026-12-04, fourth session: until then
    # the two kinds were never compared)
    doc = dossier(store, "Mara Lind said the dock strike at Port Esker would go on until wages rise.")
    name, item = bucket_of(doc, "restores the night shift")
    assert name == "conflicting" and "condition_mismatch" in types(item)


def test_a_time_until_which_something_waited_is_no_condition_to_compare(store: EmbeddedStore) -> None:
    doc = dossier(store, "Mara Lind said the dockers at Port Esker waited until noon.")
    name, item = bucket_of(doc, "restores the night shift")
    assert "condition_mismatch" not in types(item)
