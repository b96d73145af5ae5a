"""Relative dates ("yesterday", "last week", "three days ago"): passages are dated from their
publication day, claims from the request's claim_date; without one a claim's relative date is
kept, said, and not used."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from service.dossier.analysis import analyze_claim
from service.stores.embedded import EmbeddedStore
from service.text.extract import find_dates
from tests.support.judging import bucket_of, judge, store_of

WEDNESDAY = date(2024, 9, 18)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("It happened yesterday.", "2024-09-17", "2024-09-17"),
    ("Last night's strike", "2024-09-17", "2024-09-17"),
    ("the day before yesterday", "2024-09-16", "2024-09-16"),
    ("Police said today.", "2024-09-18", "2024-09-18"),
    ("three days ago", "2024-09-15", "2024-09-15"),
    ("Last week, the port closed.", "2024-09-09", "2024-09-17"),  # the week before, up to yesterday
    ("earlier this week", "2024-09-16", "2024-09-17"),
    ("last weekend", "2024-09-14", "2024-09-15"),
    ("in the past week", "2024-09-11", "2024-09-18"),
    ("last month", "2024-08-01", "2024-08-31"),
    ("earlier this month", "2024-09-01", "2024-09-17"),
    ("last year", "2023-01-01", "2023-12-31"),
    ("two weeks ago", "2024-09-02", "2024-09-06"),
    ("a few weeks ago", "2024-08-07", "2024-09-04"),
])
def test_a_relative_date_is_a_span_seen_from_its_anchor(text: str, start: str, end: str) -> None:
    found = find_dates(text, WEDNESDAY)
    assert [(d.start.isoformat(), d.end.isoformat(), d.relative) for d in found if d.start and d.end] == \
        [(start, end, True)]


@pytest.mark.parametrize("text", ["The last time the port closed", "This is the week's news", "a year of floods"])
def test_words_that_only_look_relative_are_no_dates(text: str) -> None:
    assert find_dates(text, WEDNESDAY) == []


def test_without_an_anchor_a_relative_date_is_kept_unresolved() -> None:
    analysis = analyze_claim("A crane collapsed at the Osterby port last week.")
    assert [(d.text, d.start, d.relative) for d in analysis.dates] == [("last week", None, True)]
    assert analysis.event.unanchored == "last week"
    assert analysis.event.interval is None and analysis.event.month is None
    anchored = analyze_claim("A crane collapsed at the Osterby port last week.", WEDNESDAY)
    assert anchored.event.interval is not None and anchored.event.interval[:2] == (date(2024, 9, 9), date(2024, 9, 17))


def test_a_weekday_and_a_day_without_a_year_count_from_the_claim_date() -> None:
    event = analyze_claim("A crane collapsed at the Osterby port on Monday.", WEDNESDAY).event
    assert event.interval is not None and event.interval[:2] == (date(2024, 9, 16), date(2024, 9, 16))
    event = analyze_claim("A crane collapsed at the Osterby port on October 2.", WEDNESDAY).event
    assert event.interval is not None and event.interval[0] == date(2023, 10, 2)  # the latest not after it


# Made-up: the same accident at one port a year apart, each dated only relative to publication.
PORT = [
    {"external_id": "crane-2024", "outlet": "Harbour Daily", "published_at": "2024-09-12",
     "text": "A crane collapsed at the Osterby container port yesterday, injuring 6 dock workers, "
             "the port authority said.\nThe port reopened in the afternoon."},
    {"external_id": "crane-2023", "outlet": "Coast Herald", "published_at": "2023-05-03",
     "text": "A crane collapsed at the Osterby container port three days ago, injuring 2 dock workers.\n"
             "Inspectors blamed a worn cable."},
]


@pytest.fixture(scope="module")
def port(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    store = store_of(tmp_path_factory.mktemp("port"), PORT)
    yield store
    store.close()


def dossier(store: EmbeddedStore, claim: str, claim_date: date | None = None) -> dict[str, Any]:
    return judge(store, claim, claim_date=claim_date)



def test_a_passage_dated_yesterday_reports_the_day_before_publication(port: EmbeddedStore) -> None:
    doc = dossier(port, "A crane collapse at the Osterby container port injured 6 dock workers on "
                        "September 11, 2024.")
    assert doc["verdict"]["label"] == "supported"
    bucket, item = bucket_of(doc, "injuring 6")
    assert bucket == "corroborating" and item["event"]["date"] == "2024-09-11"
    assert bucket_of(doc, "injuring 2")[0] == "other_events"  # the accident of 2023


def test_a_claim_dated_last_week_is_judged_against_that_week(port: EmbeddedStore) -> None:
    doc = dossier(port, "A crane collapsed at the Osterby container port last week, injuring 2 dock workers.",
                  claim_date=WEDNESDAY)
    assert doc["claim_analysis"]["claim_date"] == "2024-09-18"
    assert doc["claim_analysis"]["dates"][0]["start"] == "2024-09-09"
    assert doc["verdict"]["label"] == "refuted"
    bucket, item = bucket_of(doc, "injuring 6")
    assert bucket == "conflicting"
    bucket, item = bucket_of(doc, "injuring 2")
    assert bucket == "other_events" and "other_event_match" in {r["type"] for r in item["reasons"]}


def test_without_a_claim_date_the_dossier_says_last_week_was_not_used(port: EmbeddedStore) -> None:
    doc = dossier(port, "A crane collapsed at the Osterby container port last week, injuring 2 dock workers.")
    assert doc["claim_analysis"]["dates"][0] == {"text": "last week", "start": None, "end": None, "relative": True}
    assert "claim_date" in doc["event_reason"] and "last week" in doc["event_reason"]
    assert doc["claim_analysis"]["claim_date"] is None


def test_the_api_takes_a_claim_date_and_rejects_a_bad_one(client: Any) -> None:
    claim = "Drones hit the port last week"
    response = client.post("/api/v1/dossiers", json={"claim": claim, "claim_date": "2024-13-01"})
    assert response.status_code == 422
    assert "claim_date" in response.get_json()["errors"]
    response = client.post("/api/v1/dossiers", json={"claim": claim, "claim_date": "2024-09-18"})
    assert response.status_code == 201
    assert response.get_json()["claim_analysis"]["claim_date"] == "2024-09-18"


def test_the_cli_takes_a_claim_date(tmp_path: Any) -> None:
    from click.testing import CliRunner

    from service.cli import main

    env = {"FACTCHECK_DATA_DIR": str(tmp_path / "data")}
    runner = CliRunner()
    result = runner.invoke(main, ["check", "Drones hit the port last week", "--claim-date", "2024-09-18", "--json"],
                           env=env)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["claim_analysis"]["claim_date"] == "2024-09-18"
    bad = runner.invoke(main, ["check", "Drones hit the port last week", "--claim-date", "18/09/2024"], env=env)
    assert bad.exit_code != 0 and "claim_date" in bad.output
