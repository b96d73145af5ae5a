"""Dossier judgement: events, like with like, negation scope, who said it — on made-up archives of
other subjects, and on the seed corpus. Each behaviour is tested through create_dossier."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from service.dossier.pipeline import create_dossier
from service.ingest import prepare_article
from service.models import SearchFilters
from service.stores.embedded import EmbeddedStore
from tests.support.judging import bucket_of, judge, store_of

# Made-up articles (no real place, outlet or person): two floods in one town a year apart, a
# factory fire told by two agencies, a ministry's statement, a dam and an institute.
ARCHIVE = [
    {"external_id": "flood-2022", "outlet": "Riverton Courier", "published_at": "2022-07-15",
     "text": "Floods hit the town of Marlow on Tuesday, killing 12 people, officials said.\n"
             "The floods destroyed the old bridge over the Lune river.\n"
             "Rescue teams searched the valley for missing residents."},
    {"external_id": "flood-2023", "outlet": "Valley Times", "published_at": "2023-07-20",
     "text": "Floods hit the town of Marlow on Wednesday, killing 3 people, the mayor said.\n"
             "The water rose faster than in any year since records began."},
    {"external_id": "fire-nord", "outlet": "Agence Nord", "published_at": "2024-03-05",
     "text": "A fire at the Halden textile factory killed 14 workers on Monday, Agence Nord reported.\n"
             "Firefighters fought the blaze for six hours."},
    {"external_id": "fire-baltic", "outlet": "Baltic Wire", "published_at": "2024-03-05",
     "text": "The fire at the Halden textile factory on Monday killed 9 workers, the Baltic News Agency said.\n"
             "The factory had been inspected in January."},
    {"external_id": "ministry", "outlet": "Capital Post", "published_at": "2024-05-02",
     "text": "The Ministry of Health said that 40 hospitals in Vorland province had lost power after the storm.\n"
             "The storm also closed three airports."},
    {"external_id": "blast", "outlet": "Harbour Daily", "published_at": "2024-06-11",
     "text": "An explosion struck the Tessel fuel depot on Monday night.\n"
             "The blast did not cause any injuries, police said."},
    {"external_id": "dam", "outlet": "Upland Review", "published_at": "2024-02-01",
     "text": "The Kessler dam, located in Vorland province, supplies water to two cities.\n"
             "Engineers inspected the Kessler dam last month.\n"
             "Jana Novak, director of the Halden Institute, said the inspection found no cracks."},
    {"external_id": "wire", "outlet": "Coast Herald", "published_at": "2024-04-09",
     "text": "Nordwire reported the closure of the Brenner mine on Monday.\n"
             "The agency said that 20 workers were injured when a tunnel collapsed."},
]


def made_up() -> list[dict[str, Any]]:
    return [dict(a) for a in ARCHIVE]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    store = store_of(tmp_path_factory.mktemp("made-up"), made_up())
    yield store
    store.close()


def dossier(store: EmbeddedStore, claim: str) -> dict[str, Any]:
    return judge(store, claim)


def types(item: dict[str, Any]) -> set[str]:
    return {r["type"] for r in item["reasons"]}


# --- events: a claim is judged against its own event -----------------------------------------

def test_a_flood_a_year_later_is_another_event(archive: EmbeddedStore) -> None:
    doc = dossier(archive, "Floods killed 12 people in Marlow in July 2022.")
    assert doc["verdict"]["label"] == "supported"
    name, later = bucket_of(doc, "killing 3 people")
    assert name == "other_events" and "different_event" in types(later)
    assert later["event"]["date"] == "2023-07-19"  # "on Wednesday" before its publication


def test_a_figure_of_another_event_is_named(archive: EmbeddedStore) -> None:
    doc = dossier(archive, "Floods killed 3 people in Marlow in July 2022.")
    assert doc["verdict"]["label"] == "refuted"
    assert bucket_of(doc, "killing 12 people")[0] == "conflicting"
    name, later = bucket_of(doc, "killing 3 people")
    assert name == "other_events" and "other_event_match" in types(later)


def test_passages_of_one_incident_share_an_event_id(archive: EmbeddedStore) -> None:
    doc = dossier(archive, "A fire at the Halden textile factory killed 14 workers on Monday.")
    nord, baltic = bucket_of(doc, "killed 14 workers")[1], bucket_of(doc, "killed 9 workers")[1]
    assert nord["event"]["id"] == baltic["event"]["id"]
    assert nord["event"]["date"] == "2024-03-04" and "Halden" in nord["event"]["label"]


# --- like with like -------------------------------------------------------------------------

def test_two_agencies_with_different_tolls_dispute(archive: EmbeddedStore) -> None:
    doc = dossier(archive, "A fire at the Halden textile factory killed 14 workers.")
    assert bucket_of(doc, "killed 14 workers")[0] == "corroborating"
    name, baltic = bucket_of(doc, "killed 9 workers")
    assert name == "conflicting" and "quantity_mismatch" in types(baltic)
    assert doc["verdict"]["label"] == "disputed"
    assert doc["sources"]["independent_corroborating"] == doc["sources"]["independent_conflicting"] == 1


def test_a_place_in_another_province_conflicts(archive: EmbeddedStore) -> None:
    doc = dossier(archive, "The Kessler dam is in Ostmark province.")
    name, item = bucket_of(doc, "located in Vorland province")
    assert name == "conflicting" and "entity_mismatch" in types(item)
    assert doc["verdict"]["label"] == "refuted"


def test_a_mention_is_not_corroboration(archive: EmbeddedStore) -> None:
    doc = dossier(archive, "The Kessler dam was closed in 2019.")
    assert doc["verdict"]["label"] == "unverified"
    assert doc["evidence"]["corroborating"] == []


def test_a_position_in_another_organisation_conflicts(archive: EmbeddedStore) -> None:
    doc = dossier(archive, "Jana Novak is the director of the Brenner Foundation.")
    name, item = bucket_of(doc, "director of the Halden Institute")
    assert name == "conflicting" and "role_mismatch" in types(item)
    assert dossier(archive, "Jana Novak is the director of the Halden Institute.")["verdict"]["label"] == "supported"


# --- negation scope -------------------------------------------------------------------------

@pytest.mark.parametrize(("claim", "label", "bucket"), [
    ("The blast at the Tessel fuel depot caused injuries.", "refuted", "conflicting"),
    ("Nobody was hurt in the blast at the Tessel fuel depot.", "supported", "corroborating"),
])
def test_a_negation_is_read_with_what_it_governs(archive: EmbeddedStore, claim: str, label: str,
                                                 bucket: str) -> None:
    doc = dossier(archive, claim)
    assert doc["verdict"]["label"] == label
    assert bucket_of(doc, "did not cause any injuries")[0] == bucket


def test_a_date_is_never_negated(seeded: EmbeddedStore) -> None:
    doc = dossier(seeded, "Nobody was hurt in the October 31 attack.")
    assert doc["verdict"]["label"] == "supported"
    assert not any("denies “October”" in r["detail"] for items in doc["evidence"].values()
                   for item in items for r in item["reasons"])


def test_yet_to_agrees_with_not_yet(seeded: EmbeddedStore) -> None:
    doc = dossier(seeded, "The House's standalone military aid package for Israel had not yet cleared the Senate.")
    name, item = bucket_of(doc, "is yet to clear the Senate")
    assert name == "corroborating" and "negation_match" in types(item)


# --- who said it ------------------------------------------------------------------------------

def test_a_statement_credited_to_the_wrong_ministry_is_misattributed(archive: EmbeddedStore) -> None:
    doc = dossier(archive, "The Ministry of Energy said that 40 hospitals in Vorland province had lost power.")
    assert doc["verdict"]["label"] == "refuted" and "misattributed" in doc["verdict"]["flags"]
    name, item = bucket_of(doc, "40 hospitals")
    assert name == "conflicting" and "source_mismatch" in types(item)
    right = dossier(archive, "The Ministry of Health said that 40 hospitals in Vorland province had lost power.")
    assert right["verdict"]["label"] == "supported" and right["verdict"]["flags"] == []


def test_a_description_resolves_to_the_source_named_before(archive: EmbeddedStore) -> None:
    doc = dossier(archive, "Nordwire reported that 20 workers were injured when a tunnel collapsed.")
    name, item = bucket_of(doc, "The agency said that 20 workers")
    assert name == "corroborating" and "source_match" in types(item)
    [credit] = item["attributed_to"]
    assert credit == {"written": "The agency", "source": "Nordwire", "kind": credit["kind"], "resolved": True,
                      "affiliation": None}


def test_the_lebanon_based_network_is_al_mayadeen(seeded: EmbeddedStore) -> None:
    doc = dossier(seeded, "Reuters reported at least ten heavy missiles.")
    assert doc["verdict"]["label"] == "refuted" and "misattributed" in doc["verdict"]["flags"]
    name, item = bucket_of(doc, "The Lebanon-based news network")
    assert name == "conflicting" and "source_mismatch" in types(item)
    assert item["attributed_to"][0]["source"] == "Al-Mayadeen"


# --- the seed corpus: the examples of the judgement issue ---------------------------------------

@pytest.mark.parametrize(("claim", "label"), [
    ("Four Katyusha rockets were fired at Ain al-Asad on Monday, October 30, 2023.", "supported"),
    ("The Al-Tanf base was attacked by three armed drones.", "supported"),
    ("A US strike in Babil province killed four people.", "supported"),
    ("At least 11,320 Palestinians had been killed.", "supported"),
    ("Ain al-Asad air base is located in Iraq's Diyala province.", "refuted"),
    ("The US House passed a $25 billion package on November 2.", "refuted"),
    ("The drone attack on October 31 caused casualties and damage.", "refuted"),
    ("Two Americans were slightly injured in the January attack on Ain al-Asad.", "supported"),
    ("At least five US personnel were injured in the January 2024 attack on Ain al-Asad.", "refuted"),
    ("Ain al-Asad air base was closed in 2022.", "unverified"),
])
def test_seed_claims_of_the_issue(seeded: EmbeddedStore, claim: str, label: str) -> None:
    assert dossier(seeded, claim)["verdict"]["label"] == label


def test_an_undated_passage_weighs_less(seeded: EmbeddedStore) -> None:
    doc = dossier(seeded, "Four Katyusha rockets were fired at Ain al-Asad on Monday, October 30, 2023.")
    name, item = bucket_of(doc, "two Katyusha rockets were fired")
    assert name == "conflicting" and item["weight"] < 1
    assert "event_undetermined" in types(item)
    assert doc["events"] and doc["events"][0]["date"] == "2023-10-30"


def test_a_recycled_figure_names_its_event(seeded: EmbeddedStore) -> None:
    doc = dossier(seeded, "The attack claimed by The Revolutionaries injured two US personnel.")
    assert doc["verdict"]["label"] == "refuted"
    name, item = bucket_of(doc, "two Americans were slightly injured")
    assert name == "other_events" and "other_event_match" in types(item)


def test_a_dossier_says_which_event_it_judged(seeded: EmbeddedStore, tmp_path: Path) -> None:
    doc = dossier(seeded, "Exactly two missiles were fired at Ain al-Asad in the January 2024 attack.")
    assert "January 2024" in doc["event_reason"] and "2024-01-20" in doc["event_reason"]
    empty = EmbeddedStore(tmp_path / "empty")
    try:
        none = dossier(empty, "Rockets hit the base in January 2024.")
        assert none["events"] == [] and "No event in the archive" in none["event_reason"]
    finally:
        empty.close()


def test_the_report_says_who_said_each_passage_and_sets_other_events_apart(seeded: EmbeddedStore) -> None:
    from service.dossier.report import render_markdown, render_summary

    doc = dossier(seeded, "Reuters reported at least ten heavy missiles.")
    markdown = render_markdown(doc)
    assert "said by Al-Mayadeen (“The Lebanon-based news network”)" in markdown
    assert "Flags: misattributed" in markdown
    assert "## About other events" in markdown
    summary = render_summary({**doc, "took_ms": 1.0})
    assert "said by Al-Mayadeen" in summary and "Flags: misattributed" in summary


@pytest.mark.parametrize(("answer", "label"), [
    ("No.", "refuted"),
    ("No, the council kept it open.", "refuted"),
    ("Yes.", "supported"),
    ("No answer could be found.", "unverified"),
])
def test_a_short_answer_is_read_with_its_question(tmp_path: Path, answer: str, label: str) -> None:
    store = EmbeddedStore(tmp_path / "qa")
    try:
        store.ingest([prepare_article({"external_id": "qa-1", "title": "Did the Marlow council close the town "
                                       "library in 2021?", "text": answer})])
        doc = create_dossier(store, "The Marlow council closed the town library in 2021.",
                             SearchFilters(external_ids=("qa-1",)), 10)
        assert doc.verdict.label == label
    finally:
        store.close()


def test_read_with_question() -> None:
    from service.text.answers import read_with_question

    assert read_with_question("Did UNESCO declare it?", "No.") == "not did UNESCO declare it."
    assert read_with_question("Is it open?", "Yes, since May.") == "Is it open. since May."
    assert read_with_question("When was it built?", "In 1950.") == "When was it built: In 1950."
    assert read_with_question("A headline", "No.") is None


def test_a_fact_stated_without_the_credited_source_does_not_support_the_credit(archive: EmbeddedStore) -> None:
    # the archive states the closure, crediting Nordwire; nothing credits Agence Nord with it
    doc = dossier(archive, "According to Agence Nord, 20 workers were injured when a tunnel collapsed.")
    assert doc["verdict"]["label"] == "refuted" and "misattributed" in doc["verdict"]["flags"]
    assert doc["evidence"]["corroborating"] == []


def test_a_group_named_two_ways_is_one_source() -> None:
    from service.text.sources import same_source

    assert same_source("the Islamic Resistance in Iraq", "the Iraqi Resistance")
    assert same_source("Reuters", "the Reuters news agency")
    assert not same_source("Ministry of Health", "Ministry of Energy")
    assert not same_source("Iraqi Resistance", "Iraqi Army")


def test_a_country_does_not_confirm_a_province(seeded: EmbeddedStore) -> None:
    # "Harir … in northern Iraq": Iraq identifies, but the claim's fact is the province
    doc = dossier(seeded, "The Harir air base is in Iraq's Diyala province.")
    assert doc["verdict"]["label"] != "supported"
    name, item = bucket_of(doc, "Harir air base in northern Iraq")
    assert "place_match" in types(item) and name != "corroborating"
    # "western Iraq" against "northern Iraq" for the same base is a contradiction of its own
    doc = dossier(seeded, "The Harir air base is in western Iraq's Anbar province.")
    name, item = bucket_of(doc, "Harir air base in northern Iraq")
    assert name == "conflicting" and "entity_mismatch" in types(item)


def test_undated_reports_cannot_support_a_claim_about_another_year(seeded: EmbeddedStore) -> None:
    doc = dossier(seeded, "Ain al-Asad air base was attacked by Hamas in 2021.")
    assert doc["verdict"]["label"] == "unverified"


def test_a_place_of_unknown_level_takes_the_level_the_archive_gives_it(seeded: EmbeddedStore) -> None:
    # no word in the claim says what Deir Ez-Zor is; a seed passage says "the governorate of Deir Ez-Zor"
    doc = dossier(seeded, "The Al-Tanf base is located in Deir Ez-Zor.")
    assert doc["verdict"]["label"] == "refuted"
    name, item = bucket_of(doc, "located in Homs Governorate")
    assert name == "conflicting" and "entity_mismatch" in types(item)


def test_a_demonym_before_a_governorate_is_not_an_area_name() -> None:
    from service.text.places import find_locations

    [loc] = find_locations("The base in the northeastern Syrian governorate of Deir Ez-Zor was hit.")
    assert (loc.place, loc.level) == ("Deir Ez-Zor", "province")
    [area] = [x for x in find_locations("A U.S. base in the Al-Malikiyah area of Al-Hasakah was hit.")
              if x.subject == "Al-Malikiyah"]
    assert (area.place, area.level, area.country) == ("Al-Hasakah", "province", "SY")


@pytest.mark.parametrize(("claim", "label"), [
    # a measure or a count of things decides in a passage that restates the claim
    ("The United States deployed three aircraft carriers to the region.", "refuted"),
    ("The Ain al-Asad air base is about 300 kilometers west of Baghdad.", "refuted"),
    # people deployed are counted under that fate
    ("The United States deployed about 5,000 Marines to the region.", "refuted"),
    ("The United States deployed two aircraft carriers and about 2,000 Marines to the region.", "supported"),
])
def test_amounts_of_other_things_than_casualties(seeded: EmbeddedStore, claim: str, label: str) -> None:
    assert dossier(seeded, claim)["verdict"]["label"] == label


def test_an_anonymous_source_does_not_stand_for_a_named_one(seeded: EmbeddedStore) -> None:
    # the archive credits "an Iraqi security source" talking to Baghdad Al-Youm, not Al Jazeera
    doc = dossier(seeded, "Al Jazeera reported that Ain al-Asad was hit by rocket attacks again, citing an Iraqi "
                          "security source.")
    assert doc["verdict"]["label"] != "supported"
    assert not any(r["type"] == "source_match" for e in doc["evidence"]["corroborating"] for r in e["reasons"])


def test_a_named_set_of_people_is_not_compared_with_everyone_counted() -> None:
    from service.dossier.analysis import analyze_claim
    from service.text.facts import passage_amounts as passage_quantities

    [claimed] = analyze_claim("Five Kataib Hezbollah members were killed in the strike.").quantities
    [four] = passage_quantities("A Yemeni technical expert was among the four people killed in the strike.", None)
    [members] = passage_quantities("Five Kataib Hezbollah members were killed in the strike.", None)
    from service.dossier.stance.amounts import _same_qualifier

    assert not _same_qualifier(claimed, four) and _same_qualifier(claimed, members)


def test_a_misdated_claim_conflicts_with_the_only_day_the_archive_gives(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "misdated")
    try:
        store.ingest([prepare_article({"external_id": "fire", "published_at": "2024-03-06", "text":
                                       "A fire destroyed the Halden textile factory on Monday, killing 14 workers."})])
        doc = dossier(store, "A fire destroyed the Halden textile factory on Thursday, killing 14 workers.")
        assert doc["verdict"]["label"] == "refuted"
        bucket, item = bucket_of(doc, "killing 14")
        assert bucket == "conflicting" and "date_mismatch" in types(item)
        # the day the archive gives: supported
        assert dossier(store, "A fire destroyed the Halden textile factory on Monday, killing 14 workers."
                       )["verdict"]["label"] == "supported"
    finally:
        store.close()


@pytest.mark.parametrize(("claim", "label"), [
    # a demonym before the province word ("the northeastern Syrian governorate of …") hid the base
    ("The US base in the Koniko gas field is located in Homs province.", "refuted"),
    ("The US base in the Koniko gas field is in Syria's Deir Ez-Zor governorate.", "supported"),
    # the part of the country: Harir is in northern Iraq, Ain al-Asad in the western Anbar province
    ("The Harir air base is in western Iraq.", "refuted"),
    ("The Ain al-Asad air base is in Iraq's western Anbar province.", "supported"),
    # the platform of the statement, and the condition of the vow
    ("The Islamic Resistance in Iraq claimed the Wednesday attack on Ain al-Asad on Twitter.", "refuted"),
    ("Abu Alaa al-Walaei said attacks on US positions in Iraq will stop only if Washington withdraws its troops.",
     "refuted"),
])
def test_places_platforms_and_conditions_on_the_seeds(seeded: EmbeddedStore, claim: str, label: str) -> None:
    assert dossier(seeded, claim)["verdict"]["label"] == label
