"""Rules of 2026-12-04, fifth session (docs/verdicts.md section 0): names after an opening
preposition, amounts that name the event in a subject, pronouns as amounts, copular counts, what
is not yet known, organisations named after a place, "it said", identifying places, "go on",
and a bare place the archive levels elsewhere. Made-up articles of other subjects."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.text.extract import find_names, find_quantities
from service.text.places import find_locations
from service.text.synonyms import unphrase


@pytest.mark.parametrize(("text", "names"), [
    ("Besides Nordwire's early count, other estimates put the toll at 40.", ["Nordwire"]),
    ("Unlike Oxfam, the ministry gave no figure.", ["Oxfam"]),
    ("Despite Oxfam's denial, the flight was delayed.", ["Oxfam"]),
    ("Amid Valmont Council protests, the mayor resigned.", ["Valmont Council"]),
])
def test_an_opening_preposition_is_not_part_of_a_name(text: str, names: list[str]) -> None:
    assert [n.text for n in find_names(text)] == names


@pytest.mark.parametrize(("text", "expected"), [
    # "every one of them" is a pronoun, not an amount of one
    ("At least ten shells were fired at the depot, and every one of them hit it.", [("At least ten shells", 10.0)]),
    ("Not one of the 40 passengers was hurt.", [("40 passengers", 40.0)]),
    # …while "one" counting stays an amount
    ("One worker was hurt.", [("One worker", 1.0)]),
])
def test_every_one_of_them_is_no_amount(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(q.text, q.low) for q in find_quantities(text, [])] == expected


def test_a_count_whose_noun_follows_a_copula() -> None:
    found = find_quantities("Of the 812 people evacuated, 300 were women and 120 were children.", [])
    assert [(q.text, q.unit) for q in found] == [("812 people", "people"), ("300 were women", "women"),
                                                ("120 were children", "children")]
    # a verb after the copula is no noun
    assert [q.unit for q in find_quantities("Of the 40 passengers, 12 were injured.", [])] == ["passengers"] * 2


@pytest.mark.parametrize(("text", "places"), [
    # an organisation named after a place is no place of anything
    ("The Revolutionary Front of Syria claimed the attack.", []),
    ("The Islamic Resistance in Iraq claimed the attack.", []),
    # …but troops in a country are there
    ("US forces in Iraq were attacked.", ["Iraq"]),
])
def test_an_organisation_named_after_a_place_places_nothing(text: str, places: list[str]) -> None:
    assert [loc.place for loc in find_locations(text)] == places


@pytest.mark.parametrize(("text", "read"), [
    ("The union said its strike would go on.", "The union said its strike would continue."),
    ("The stoppage will carry on until Friday.", "The stoppage will continue until Friday."),
    # other senses of "go on" stay
    ("She went on to win the final.", "She went on to win the final."),
    ("The workers will go on strike.", "The workers will go on strike."),
    ("Nobody knew what was going on.", "Nobody knew what was going on."),
])
def test_going_on_is_continuing(text: str, read: str) -> None:
    assert unphrase(text) == read


_DEPOT = [{"external_id": "depot", "outlet": "Plains Herald", "published_at": "2025-03-05",
           "text": "Two armed drones targeted the Kestrel fuel depot in Syria's Latakia governorate on "
                   "Tuesday, March 4, 2025, a security source told Nordwire. The agency confirmed, citing its "
                   "sources, that the attack did not result in casualties or damage."}]


@pytest.mark.parametrize(("claim", "bucket"), [
    # the drones name the attack; what the claim says of it is that it caused no harm
    ("Nordwire's sources said the attack by two armed drones on the Kestrel fuel depot on Tuesday, "
     "March 4, 2025 caused neither casualties nor damage.", "corroborating"),
    ("Nordwire's sources said the attack by two armed drones on the Kestrel fuel depot on Tuesday, "
     "March 4, 2025 caused casualties and damage.", "conflicting"),
])
def test_an_amount_in_the_subject_names_the_attack(tmp_path: Path, claim: str, bucket: str) -> None:
    from tests.support.judging import bucket_of, judge, stored

    with stored(tmp_path, _DEPOT) as store:
        assert bucket_of(judge(store, claim), "did not result")[0] == bucket


def test_an_amount_in_the_predicate_is_still_asserted() -> None:
    from service.text.clauses import event_subjects

    assert event_subjects("Officials said the strike with four rockets killed nobody.") != []
    assert event_subjects("The depot was hit by an attack with two drones.") == []


def test_nothing_reported_yet_agrees_with_no_immediate_reports(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "dam", "outlet": "Valley Post", "published_at": "2025-06-12",
                 "text": "The Northern Brigade claimed responsibility for the shelling of the Tesh dam on Wednesday "
                         "afternoon. There were no immediate reports about the extent of damage at the dam, and "
                         "possible casualties."}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "Right after the Wednesday afternoon shelling of the Tesh dam, nothing had yet been "
                           "reported about how much damage it did or whether anyone was hurt.")
        bucket, item = bucket_of(doc, "no immediate reports")
        assert bucket == "corroborating"
        assert any(r["type"] == "negation_match" for r in item["reasons"])


def test_it_said_credits_the_group_last_credited(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "port", "outlet": "Coast Wire", "published_at": "2025-05-02",
                 "text": "The Harbor Workers Union, in a statement on its website, claimed the stoppage at the "
                         "Port Alder docks on Thursday. It said the cranes were idle and that the night shift "
                         "\u201cdid not report for work.\u201d"}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "The Harbor Workers Union said the cranes at the Port Alder docks were idle on Thursday.")
        bucket, item = bucket_of(doc, "cranes were idle")
        assert bucket == "corroborating"
        assert any(r["type"] == "source_match" for r in item["reasons"])
        doc = judge(store, "The port authority said the cranes at the Port Alder docks were idle on Thursday.")
        assert doc["verdict"]["label"] != "supported"


_DEPOTS = [{"external_id": "brigade", "outlet": "Coast Wire", "published_at": "2025-03-12",
            "text": "Earlier on Monday, a fuel depot in the Kessab area of Latakia was attacked by an armed drone. "
                    "In a statement, the Coastal Brigade announced the drone attack on the fuel depot of Kessab in "
                    "Syria on Monday."}]


def test_a_place_that_only_identifies_the_site_need_not_be_restated(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    with stored(tmp_path, _DEPOTS) as store:
        doc = judge(store, "The drone attack on the fuel depot in the Kessab area of Latakia took place on a Monday, "
                           "and the Coastal Brigade announced it in a statement.")
        assert bucket_of(doc, "In a statement")[0] == "corroborating"
        assert doc["verdict"]["label"] == "supported"


_FIELDS = [
    {"external_id": "fields-1", "outlet": "Desert Wire", "published_at": "2025-02-02",
     "text": "The Zora oil field in Deir ez-Zor, where contractors are based, was shelled on Saturday."},
    {"external_id": "fields-2", "outlet": "Desert Wire", "published_at": "2025-02-03",
     "text": "Contractors were evacuated from the eastern Syrian governorate of Deir ez-Zor on Sunday."},
]


@pytest.mark.parametrize(("claim", "bucket"), [
    ("The Zora oil field, where contractors are based, is in Syria's Homs governorate.", "conflicting"),
    ("The Zora oil field, where contractors are based, is in Syria's Deir ez-Zor governorate.", "corroborating"),
])
def test_a_bare_place_is_read_at_the_level_the_archive_gives_it(tmp_path: Path, claim: str, bucket: str) -> None:
    from tests.support.judging import bucket_of, judge, stored

    with stored(tmp_path, _FIELDS) as store:
        assert bucket_of(judge(store, claim), "Zora oil field in")[0] == bucket


def test_a_bare_place_the_archive_does_not_level_is_not_compared(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    with stored(tmp_path, _FIELDS[:1]) as store:  # nothing says what Deir ez-Zor is
        doc = judge(store, "The Zora oil field, where contractors are based, is in Syria's Homs governorate.")
        assert bucket_of(doc, "Zora oil field in")[0] != "conflicting"
